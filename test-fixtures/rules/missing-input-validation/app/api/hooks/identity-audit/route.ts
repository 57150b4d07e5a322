// Keeps a serialised copy of each event for the audit trail, but nothing checks who sent it.
import { db } from "../../../../lib/db";

export async function POST(request: Request) {
  // expect: missing-input-validation
  const parsed = await request.json();
  const copy = JSON.stringify(parsed);
  await db.audit.create({ data: { copy, actor: parsed.actor } });
  return new Response(null, { status: 204 });
}
