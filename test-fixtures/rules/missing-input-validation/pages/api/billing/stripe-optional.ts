import type { NextApiRequest, NextApiResponse } from "next";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "", { apiVersion: "2024-06-20" });
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET;

// Checked only when a secret is configured: without one, the parsed body is used as it came.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // expect: missing-input-validation
  let event = req.body;
  if (endpointSecret) {
    try {
      event = stripe.webhooks.constructEvent(JSON.stringify(req.body), String(req.headers["stripe-signature"]), endpointSecret);
    } catch {
      return res.status(400).send("bad signature");
    }
  }
  await recordEvent(event.type, event.data.object.id);
  res.json({ received: true });
}

async function recordEvent(type: string, id: string) {
  return { type, id };
}
