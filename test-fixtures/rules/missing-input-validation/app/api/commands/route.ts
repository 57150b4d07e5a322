// A urlencoded body read as text into URLSearchParams: like a FormData, its fields are what `get` reads, each null
// when the client leaves it out.
import { NextResponse } from "next/server";
import { db } from "../../../lib/db";

export async function POST(request: Request) {
  // expect: missing-input-validation
  const params = new URLSearchParams(await request.text());
  const command = params.get("command");
  const argument = params.get("text") ?? "";
  await db.command.create({ data: { command, argument: argument.trim() } });
  return NextResponse.json({ ok: true });
}
