import { NextResponse } from "next/server";
import { signIn } from "@/lib/auth";

// expect: missing-rate-limit
export async function POST(request: Request) {
  const { email, password } = await request.json();
  const session = await signIn(email, password);
  if (!session) return NextResponse.json({ error: "Invalid credentials" }, { status: 401 });
  return NextResponse.json({ ok: true });
}
