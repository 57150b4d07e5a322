import { NextResponse } from "next/server";
import { enforceLimit } from "../../../../lib/charge";
import { sendResetLink } from "../../../../lib/accounts";

// ok: missing-rate-limit -- the helper charges the address against a limiter built by a factory and throws once spent
export async function POST(request: Request) {
  const { email } = await request.json();
  await enforceLimit(`forgot:${email}`, 3);
  await sendResetLink(email);
  return NextResponse.json({ ok: true });
}
