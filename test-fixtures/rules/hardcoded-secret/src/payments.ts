// Stripe client used by the checkout and refund handlers.
import Stripe from "stripe";

// expect: hardcoded-secret
const stripeSecretKey = "sk_live_8MsLc22pAS4uvXJXfK9AQczCve";

export const stripe = new Stripe(stripeSecretKey, { apiVersion: "2024-06-20" });

export async function refund(paymentIntent: string): Promise<Stripe.Refund> {
  return stripe.refunds.create({ payment_intent: paymentIntent });
}
