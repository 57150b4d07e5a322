import { assertRelayed } from "../../../../lib/relay/check-signature";
import { db } from "../../../../lib/db";

export async function POST(request: Request) {
  // ok: missing-input-validation -- the helper checks the text against the queue's signature with a receiver from another module
  const text = await request.text();
  await assertRelayed({ request, text });
  const { digestId } = JSON.parse(text);
  await db.digest.update({ where: { id: digestId }, data: { sentAt: new Date() } });
  return new Response(null, { status: 204 });
}
