import Stripe from "stripe";
import { db } from "../../../db";

const payments = new Stripe(process.env.STRIPE_KEY!);

export async function POST(request: Request) {
  const raw = await request.text();
  // Every request passes the signature check before the try: a forged one throws here, outside the catch below.
  const event = payments.webhooks.constructEvent(raw, request.headers.get("stripe-signature") ?? "", process.env.STRIPE_HOOK_SECRET!);
  try {
    await db.query("update refunds set settled = true where id = $1", [event.id]);
  } catch (error) {
    // ok: error-detail-leak -- only the provider that signed the event reaches this catch
    return new Response(`Refund not recorded: ${(error as Error).message}`, { status: 500 });
  }
  return new Response(null, { status: 200 });
}

export async function PUT(request: Request) {
  const raw = await request.text();
  if (process.env.VERIFY_REFUNDS) payments.webhooks.constructEvent(raw, request.headers.get("stripe-signature") ?? "", process.env.STRIPE_HOOK_SECRET!);
  try {
    await db.query("update refunds set settled = true where id = $1", [JSON.parse(raw).id]);
  } catch (error) {
    // expect: error-detail-leak
    return new Response(`Refund not recorded: ${(error as Error).message}`, { status: 500 });
  }
  return new Response(null, { status: 200 });
}
