import { Webhook } from "svix";
import { db } from "@/lib/db";

// ok: missing-auth -- Svix verifies the signature headers before the payload is trusted
export async function POST(request: Request) {
  const payload = await request.text();
  const webhook = new Webhook(process.env.CLERK_WEBHOOK_SECRET ?? "");
  const event = webhook.verify(payload, {
    "svix-id": request.headers.get("svix-id") ?? "",
    "svix-timestamp": request.headers.get("svix-timestamp") ?? "",
    "svix-signature": request.headers.get("svix-signature") ?? "",
  }) as { type: string; data: { id: string } };
  if (event.type === "user.deleted") await db.query("delete from profiles where clerk_id = $1", [event.data.id]);
  return new Response(null, { status: 204 });
}
