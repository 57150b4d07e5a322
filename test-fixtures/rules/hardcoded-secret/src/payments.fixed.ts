// Stripe client used by the checkout and refund handlers.
import Stripe from "stripe";

// expect: hardcoded-secret
const stripeSecretKey = process.env.STRIPE_SECRET_KEY || (() => { throw new Error("STRIPE_SECRET_KEY is not set"); })();

export const stripe = new Stripe(stripeSecretKey, { apiVersion: "2024-06-20" });

export async function refund(paymentIntent: string): Promise<Stripe.Refund> {
  return stripe.refunds.create({ payment_intent: paymentIntent });
}
