import { assertEchoed } from "../../../../lib/relay/check-signature";
import { db } from "../../../../lib/db";

export async function POST(request: Request) {
  // expect: missing-input-validation
  const text = await request.text();
  // The imported "receiver" was not made by @upstash/qstash: its verify proves nothing about the text.
  await assertEchoed({ request, text });
  const { digestId } = JSON.parse(text);
  await db.digest.update({ where: { id: digestId }, data: { sentAt: new Date() } });
  return new Response(null, { status: 204 });
}
