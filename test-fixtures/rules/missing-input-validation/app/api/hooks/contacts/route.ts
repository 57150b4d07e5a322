// A CRM's webhook signed the old way: the header holds sha256(app secret + raw body), no HMAC key involved.
import { createHash } from "node:crypto";
import { db } from "../../../../lib/db";

const CRM_APP_SECRET = process.env.CRM_APP_SECRET || "";

export async function POST(request: Request) {
  // ok: missing-input-validation -- the raw text is hashed with the shared secret and must equal the sent header
  const payload = await request.text();
  const sent = request.headers.get("x-crm-signature");
  const joined = CRM_APP_SECRET + payload;
  const recomputed = createHash("sha256").update(joined).digest("hex");
  if (sent !== recomputed) throw new Error("signature mismatch");
  const changes = JSON.parse(payload) as Array<{ contactId: string }>;
  await db.contact.updateMany({ where: { id: { in: changes.map((change) => change.contactId) } }, data: { stale: true } });
  return Response.json({ ok: true });
}
