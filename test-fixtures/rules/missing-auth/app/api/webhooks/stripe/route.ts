import Stripe from "stripe";
import { db } from "@/lib/db";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "");

// ok: missing-auth -- the payload's signature is verified with constructEvent
export async function POST(request: Request) {
  const payload = await request.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, request.headers.get("stripe-signature") ?? "", process.env.STRIPE_WEBHOOK_SECRET ?? "");
  } catch {
    return new Response("invalid signature", { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    await db.query("update orders set paid = true where checkout_id = $1", [event.data.object.id]);
  }
  return new Response(null, { status: 204 });
}
