import Stripe from "stripe";
import { db } from "../../../db";

const ledger = new Stripe(process.env.STRIPE_KEY!);

export async function POST(request: Request) {
  const raw = await request.text();
  const signature = request.headers.get("stripe-signature");
  let event: Stripe.Event;
  try {
    if (!signature) return new Response(null, { status: 400 });
    event = ledger.webhooks.constructEvent(raw, signature, process.env.STRIPE_LEDGER_SECRET!);
  } catch {
    return new Response("Bad signature", { status: 400 });
  }
  try {
    await db.query("insert into ledger (id) values ($1)", [event.id]);
  } catch (error) {
    // ok: error-detail-leak -- a forged request left at the signature check above; only the signer gets this far
    return new Response(`Ledger update failed: ${(error as Error).message}`, { status: 500 });
  }
  return new Response(null, { status: 200 });
}

export async function PUT(request: Request) {
  const raw = await request.text();
  const signature = request.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event | undefined;
  try {
    event = ledger.webhooks.constructEvent(raw, signature, process.env.STRIPE_LEDGER_SECRET!);
  } catch {
    // A forged request is only logged and carries on.
    console.warn("unsigned ledger call");
  }
  try {
    await db.query("insert into ledger (id) values ($1)", [event?.id ?? JSON.parse(raw).id]);
  } catch (error) {
    // expect: error-detail-leak
    return new Response(`Ledger update failed: ${(error as Error).message}`, { status: 500 });
  }
  return new Response(null, { status: 200 });
}
