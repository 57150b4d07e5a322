import Stripe from "stripe";
import { db } from "../../../db";

const payments = new Stripe(process.env.STRIPE_KEY!);

export async function POST(request: Request) {
  const raw = await request.text();
  const signature = request.headers.get("stripe-signature") ?? "";
  try {
    const event = payments.webhooks.constructEvent(raw, signature, process.env.STRIPE_HOOK_SECRET!);
    await db.query("insert into payments (id) values ($1)", [event.id]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unknown";
    // ok: error-detail-leak -- the try opens with the signature check: the reply goes to the signing provider, or says why the signature failed
    return new Response(`Webhook rejected: ${reason}`, { status: 400 });
  }
  return new Response(null, { status: 200 });
}
