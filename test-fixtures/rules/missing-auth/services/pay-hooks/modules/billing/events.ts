import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "");
const paidInvoices = new Set<string>();

/** Verifies the event with Stripe's SDK and gives up with a 400 when the signature does not match. */
export const applyBillingEvent = async (payload: string, signature: string) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_EVENTS_SECRET ?? "");
  } catch {
    return { status: 400, message: "signature mismatch" };
  }
  if (event.type === "invoice.paid") paidInvoices.add(event.id);
  return { status: 200, message: "ok" };
};

/** The same call, but a mismatch is only logged: the event is applied anyway. */
export const applyRefundEvent = async (payload: string, signature: string) => {
  let event: Stripe.Event | undefined;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_EVENTS_SECRET ?? "");
  } catch (error) {
    console.warn("refund event signature did not verify", error);
  }
  const parsed = event ?? (JSON.parse(payload) as Stripe.Event);
  paidInvoices.delete(parsed.id);
  return { status: 200, message: "ok" };
};

/** Trusts the payload as sent: nothing is verified. */
export const applyPlanChange = async (payload: string, signature: string) => {
  console.info("plan change", signature.length);
  paidInvoices.add((JSON.parse(payload) as { id: string }).id);
  return { status: 200, message: "ok" };
};
