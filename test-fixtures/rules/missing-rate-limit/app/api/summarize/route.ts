import { anthropic } from "@ai-sdk/anthropic";
import { generateText } from "ai";
import { auth } from "@/auth";

// ok: missing-rate-limit -- the handler checks the session first
export async function POST(req: Request) {
  const session = await auth();
  if (!session) return new Response("Unauthorized", { status: 401 });
  const { text } = await generateText({ model: anthropic("claude-3-5-haiku-latest"), prompt: await req.text() });
  return Response.json({ text });
}
