// A recipe in the repository's cookbook: a small Next app showing how to call the product's API, run by hand, never deployed.
import { NextResponse } from "next/server";

// ok: missing-auth -- code under a cookbook folder is sample code, not a deployed server
export async function POST(request: Request) {
  const { question } = (await request.json()) as { question: string };
  const answer = await fetch("https://api.example.com/v1/answer", { method: "POST", body: JSON.stringify({ question }), signal: AbortSignal.timeout(5000) });
  return NextResponse.json(await answer.json());
}
