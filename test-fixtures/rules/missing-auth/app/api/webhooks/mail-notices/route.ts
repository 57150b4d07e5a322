import { db } from "@/lib/db";

// ok: missing-auth -- every notice must echo the subscription state the server set when it subscribed; a mismatch is answered 403
export async function POST(request: Request) {
  const payload = (await request.json()) as { notices: Array<{ state: string; messageId: string }> };
  const subscriptionState = process.env.MAIL_SUBSCRIPTION_STATE;
  if (!subscriptionState) return Response.json({ error: "not configured" }, { status: 500 });
  for (const notice of payload.notices) {
    if (notice.state !== subscriptionState) return Response.json({ error: "forbidden" }, { status: 403 });
  }
  for (const notice of payload.notices) await db.query("insert into mail_notices (message_id) values ($1)", [notice.messageId]);
  return new Response(null, { status: 202 });
}
