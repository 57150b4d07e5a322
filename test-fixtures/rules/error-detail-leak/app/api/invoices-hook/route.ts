import Stripe from "stripe";
import { db } from "../../../db";

function invoiceClient(): Stripe {
  return new Stripe(process.env.STRIPE_INVOICE_KEY!);
}

export async function POST(request: Request) {
  const raw = await request.text();
  const signature = request.headers.get("stripe-signature");
  try {
    if (!signature) return new Response(null, { status: 400 });
    const client = invoiceClient();
    const event = client.webhooks.constructEvent(raw, signature, process.env.STRIPE_INVOICE_HOOK_SECRET!);
    await db.query("update invoices set paid = true where id = $1", [event.id]);
  } catch (error) {
    // ok: error-detail-leak -- only synchronous set-up runs before the signature check
    return new Response(`Invoice hook failed: ${(error as Error).message}`, { status: 400 });
  }
  return new Response(null, { status: 200 });
}

export async function PUT(request: Request) {
  const raw = await request.text();
  const signature = request.headers.get("stripe-signature");
  try {
    if (!signature) return new Response(null, { status: 400 });
    // The lookup runs for anyone, before the signature is known to be good.
    const owner = await db.query("select account from invoices where id = $1", [JSON.parse(raw).id]);
    invoiceClient().webhooks.constructEvent(raw, signature, owner.rows[0].secret);
  } catch (error) {
    // expect: error-detail-leak
    return new Response(`Invoice hook failed: ${(error as Error).message}`, { status: 400 });
  }
  return new Response(null, { status: 200 });
}
