import { createHmac } from "node:crypto";
import { db } from "@/lib/db";
import { sameText } from "@/lib/equal-text";

// The body's HMAC under the provider's signing secret must equal the header, compared in constant time, or it throws.
async function readSignedEvent(request: Request): Promise<{ id: string; amount: number }> {
  const raw = await request.text();
  const expected = createHmac("sha256", process.env.PAYOUTS_SIGNING_SECRET ?? "").update(raw).digest("hex");
  if (!sameText(expected, request.headers.get("x-payouts-mac"))) throw new Error("bad mac");
  return JSON.parse(raw);
}

// ok: missing-auth -- the helper refuses unless the keyed digest matches through a constant-time compare
export async function POST(request: Request) {
  const event = await readSignedEvent(request);
  console.info("payouts webhook", event.id);
  await db.query("insert into payouts (id, amount) values ($1, $2)", [event.id, event.amount]);
  return new Response("ok");
}
