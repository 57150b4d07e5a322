import { NextResponse } from "next/server";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "");

// ok: missing-auth -- middleware.ts runs Clerk's auth.protect() for /api/billing(.*)
export async function POST(request: Request) {
  const { priceId } = (await request.json()) as { priceId: string };
  const session = await stripe.checkout.sessions.create({ mode: "subscription", line_items: [{ price: priceId, quantity: 1 }] });
  return NextResponse.json({ url: session.url });
}
