import { db } from "@/lib/db";

// ok: missing-auth -- a one-click unsubscribe link (RFC 8058) is posted by mail clients, which hold no session
export async function POST(request: Request) {
  const id = new URL(request.url).searchParams.get("id");
  await db.query("update contacts set subscribed = false where unsubscribe_id = $1", [id]);
  return new Response(null, { status: 204 });
}
