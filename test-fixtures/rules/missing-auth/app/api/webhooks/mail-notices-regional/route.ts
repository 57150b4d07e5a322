import { db } from "@/lib/db";

// expect: missing-auth
export async function POST(request: Request) {
  const payload = (await request.json()) as { notices: Array<{ region: string; messageId: string }> };
  const region = process.env.MAIL_REGION;
  for (const notice of payload.notices) {
    // A setting anyone can guess, turned away as a bad request: no proof of who sent it.
    if (notice.region !== region) return Response.json({ error: "wrong region" }, { status: 400 });
  }
  for (const notice of payload.notices) await db.query("insert into mail_notices (message_id) values ($1)", [notice.messageId]);
  return new Response(null, { status: 202 });
}
