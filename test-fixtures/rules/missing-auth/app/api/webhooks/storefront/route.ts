import { createHmac } from "node:crypto";
import { db } from "@/lib/db";

// The shop signs each delivery with the shared secret; the handler recomputes the HMAC over the raw body and refuses a
// delivery whose header differs before it records anything.
// ok: missing-auth -- an HMAC keyed by the shared secret is compared by hand and a mismatch is refused
export async function POST(request: Request) {
  const raw = await request.text();
  const sent = request.headers.get("x-shop-hmac") ?? "";
  const expected = createHmac("sha256", process.env.SHOP_HOOK_SECRET ?? "").update(raw, "utf8").digest("base64");
  if (expected !== sent) {
    return new Response("bad signature", { status: 401 });
  }
  await db.query("insert into shop_events (body) values ($1)", [raw]);
  return new Response("ok");
}
