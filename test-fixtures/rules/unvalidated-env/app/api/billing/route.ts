import Stripe from "stripe";

// ok: unvalidated-env -- handed to the SDK, which fails loudly without it; this package has too few such reads to call it a convention
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { timeout: 10_000 });

export async function POST(request: Request) {
  const body = await request.text();
  // ok: unvalidated-env -- assert() handles the absence
  assert(process.env.STRIPE_WEBHOOK_SECRET);
  const event = stripe.webhooks.constructEvent(body, request.headers.get("stripe-signature") ?? "", process.env.STRIPE_WEBHOOK_SECRET!);
  return Response.json({ received: event.type });
}

function assert(value: unknown): asserts value {
  if (!value) throw new Error("missing configuration");
}
