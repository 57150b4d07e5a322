// A urlencoded body read as text into URLSearchParams: like a FormData, its fields are what `get` reads, each null
// when the client leaves it out.
import { NextResponse } from "next/server";
import { db } from "../../../lib/db";
import { z } from "zod";

const createCommandBody = z.object({ command: z.string().nullable(), text: z.string().nullable() });

export async function POST(request: Request) {
  // expect: missing-input-validation
  const params = new URLSearchParams(await request.text());
  const parsed = createCommandBody.safeParse({ command: params.get("command"), text: params.get("text") });
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  const command = parsed.data.command;
  const argument = parsed.data.text ?? "";
  await db.command.create({ data: { command, argument: argument.trim() } });
  return NextResponse.json({ ok: true });
}
