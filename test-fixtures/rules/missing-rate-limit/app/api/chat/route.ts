import { openai } from "@ai-sdk/openai";
import { streamText } from "ai";

// expect: missing-rate-limit
export async function POST(req: Request) {
  const { messages } = await req.json();
  const result = streamText({ model: openai("gpt-4o"), messages });
  return result.toDataStreamResponse();
}
