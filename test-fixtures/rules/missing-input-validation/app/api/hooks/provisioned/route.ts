// A database webhook: the sender signs the raw body with a shared secret in the `x-db-signature` header.
import { createHmac, timingSafeEqual } from "node:crypto";
import { headers } from "next/headers";
import { db } from "../../../../lib/db";

// ok: missing-input-validation -- the body is read only after an HMAC of its raw text matched the signature header
export async function POST(request: Request) {
  const raw = await request.clone().text();
  const signature = (await headers()).get("x-db-signature");
  if (!signature) return Response.json({ error: "unsigned" }, { status: 401 });
  const expected = createHmac("sha256", process.env.DB_HOOK_SECRET!).update(raw).digest();
  if (!timingSafeEqual(Buffer.from(signature, "base64"), expected)) return Response.json({ error: "bad signature" }, { status: 401 });
  const event = await request.json();
  await db.workspace.create({ data: { ownerId: event.record.id } });
  return Response.json({ ok: true });
}
