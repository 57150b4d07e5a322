// The same hash of secret and body, only written to the log: nothing is compared, so any caller's text is parsed.
import { createHash } from "node:crypto";
import { db } from "../../../../lib/db";

const CRM_APP_SECRET = process.env.CRM_APP_SECRET || "";

export async function POST(request: Request) {
  // expect: missing-input-validation
  const payload = await request.text();
  console.info("crm signature", createHash("sha256").update(CRM_APP_SECRET + payload).digest("hex"));
  const changes = JSON.parse(payload) as Array<{ contactId: string }>;
  await db.contact.updateMany({ where: { id: { in: changes.map((change) => change.contactId) } }, data: { stale: true } });
  return Response.json({ ok: true });
}
