import { NextResponse } from "next/server";
import { db } from "../../../../lib/db";
import { decodeDigestLink } from "../../../../lib/digest-token";

// The old links only decode the address: anyone can change anyone's setting.
// expect: missing-auth
export async function POST(request: Request) {
  const { token, frequency } = (await request.json()) as { token: string; frequency: string };
  const address = decodeDigestLink(token);
  if (!address) return NextResponse.json({ error: "invalid link" }, { status: 400 });
  await db.query("update digest_settings set frequency = $1 where email = $2", [frequency, address]);
  return NextResponse.json({ ok: true });
}
