import { NextResponse } from "next/server";
import { db } from "../../../../lib/db";

export async function POST(request: Request) {
  let body: { inviteCode?: unknown };
  try {
    // ok: missing-input-validation -- the one field used is type-checked by hand before it is trusted
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "invalid JSON" }, { status: 400 });
  }
  const inviteCode = typeof body.inviteCode === "string" ? body.inviteCode.trim() : "";
  if (!inviteCode) return NextResponse.json({ error: "invite code required" }, { status: 400 });
  return NextResponse.json(await db.post.findMany({ where: { inviteCode } }));
}
