import { NextResponse } from "next/server";
import { db } from "../../../lib/db";
import { readDigestLink } from "../../../lib/digest-token";

// The e-mail footer links here with a token minted for the recipient's address: the helper checks the token's MAC
// against our secret and gives the address back only when it matches, so only the recipient can change the setting.
// ok: missing-auth -- the link's token is checked by a helper in another module before anything changes
export async function POST(request: Request) {
  const { token, frequency } = (await request.json()) as { token: string; frequency: string };
  const address = readDigestLink(token);
  if (!address) return NextResponse.json({ error: "invalid link" }, { status: 400 });
  await db.query("update digest_settings set frequency = $1 where email = $2", [frequency, address]);
  return NextResponse.json({ ok: true });
}
