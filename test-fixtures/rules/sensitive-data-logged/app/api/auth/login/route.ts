import { NextResponse } from "next/server";

export async function POST(request: Request) {
  const { email, password } = await request.json();
  // expect: sensitive-data-logged
  console.info("login", { email, password });
  // ok: sensitive-data-logged -- whether a password was sent, not what it was
  console.info("login", { email, hasPassword: Boolean(password) });
  return NextResponse.json({ ok: true });
}
