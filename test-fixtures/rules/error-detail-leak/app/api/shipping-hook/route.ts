import Stripe from "stripe";
import { db } from "../../../db";

const payments = new Stripe(process.env.STRIPE_KEY!);

export async function POST(request: Request) {
  const raw = await request.text();
  const signature = request.headers.get("stripe-signature") ?? "";
  try {
    // Anyone reaches this lookup: it runs before the signature is checked.
    await db.query("insert into payments (id) values ($1)", [JSON.parse(raw).id]);
    payments.webhooks.constructEvent(raw, signature, process.env.STRIPE_HOOK_SECRET!);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unknown";
    // expect: error-detail-leak
    return new Response(`Webhook rejected: ${reason}`, { status: 400 });
  }
  return new Response(null, { status: 200 });
}
