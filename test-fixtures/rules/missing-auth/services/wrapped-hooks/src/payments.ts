import Stripe from "stripe";

export function paymentsClient(): Stripe {
  return new Stripe(process.env.PAYMENTS_KEY ?? "");
}
