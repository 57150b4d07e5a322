import { assertQueuedBySelf } from "../../../../lib/queue-signature";
import { db } from "../../../../lib/db";

export async function POST(request: Request) {
  // ok: missing-input-validation -- the text is what the queue signed, checked before it is parsed
  const text = await request.text();
  await assertQueuedBySelf({ request, text });
  const { batchId } = JSON.parse(text);
  await db.batch.update({ where: { id: batchId }, data: { done: true } });
  return new Response(null, { status: 204 });
}
