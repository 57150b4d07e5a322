import type Stripe from "stripe";
import { paymentsClient } from "../payments.js";
import { wrapAsync } from "../wrap.js";

const ledger: Stripe.Event[] = [];

export const receivePaymentEvent = wrapAsync(async (req, res) => {
  const signature = req.headers["stripe-signature"];
  if (typeof signature !== "string") {
    res.status(400).json({ code: "unsigned" });
    return;
  }
  const payments = paymentsClient();
  let event: Stripe.Event;
  try {
    event = payments.webhooks.constructEvent(req.body as Buffer, signature, process.env.PAYMENTS_HOOK_SECRET ?? "");
  } catch {
    res.status(400).json({ code: "bad_signature" });
    return;
  }
  ledger.push(event);
  res.json({ received: true });
});

export const receiveShippingEvent = wrapAsync(async (req, res) => {
  ledger.push(req.body as Stripe.Event);
  res.json({ received: true });
});
