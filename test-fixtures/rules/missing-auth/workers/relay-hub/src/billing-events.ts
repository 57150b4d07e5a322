import Stripe from "stripe";

function paymentsClient(env: { STRIPE_KEY?: string }) {
  return new Stripe(env.STRIPE_KEY ?? "");
}

/** The event, once the provider's library has checked its signature (it rejects when the signature is wrong). */
export function readBillingEvent(c: { env: { STRIPE_KEY?: string; STRIPE_SIGNING_SECRET?: string } }, body: string, signature: string) {
  return paymentsClient(c.env).webhooks.constructEventAsync(body, signature, c.env.STRIPE_SIGNING_SECRET ?? "", undefined, Stripe.createSubtleCryptoProvider());
}

export async function readUnsignedEvent(body: string) {
  return JSON.parse(body) as { type: string };
}
