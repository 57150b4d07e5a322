import { assertQueuedBySelf } from "../../../../lib/queue-signature";
import { db } from "../../../../lib/db";

export async function POST(request: Request) {
  // expect: missing-input-validation
  const text = await request.text();
  // Not awaited: a rejected check never stops the handler.
  void assertQueuedBySelf({ request, text });
  const { batchId } = JSON.parse(text);
  await db.batch.update({ where: { id: batchId }, data: { done: true } });
  return new Response(null, { status: 204 });
}
