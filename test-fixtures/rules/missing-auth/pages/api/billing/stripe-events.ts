import type { NextApiRequest, NextApiResponse } from "next";
import Stripe from "stripe";
import { db } from "@/lib/db";

const stripe = new Stripe(process.env.STRIPE_KEY ?? "");

export const config = { api: { bodyParser: false } };

async function rawBody(req: NextApiRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// ok: missing-auth -- the payload's signature is verified before anything is written
export default async function stripeEvents(req: NextApiRequest, res: NextApiResponse) {
  const body = await rawBody(req);
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, String(req.headers["stripe-signature"]), process.env.STRIPE_HOOK_SECRET ?? "");
  } catch {
    return res.status(400).end();
  }
  await db.query("insert into billing_events (id) values ($1)", [event.id]);
  res.status(200).end();
}
