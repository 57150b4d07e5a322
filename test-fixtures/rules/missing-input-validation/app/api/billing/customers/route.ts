// A form forwarded whole to a payments SDK: the SDK is a package too, but it is an API client, not a protocol server
// that checks messages; every parameter the client adds (a price, a coupon) reaches the payments account.
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "");

export async function POST(request: Request) {
  // expect: missing-input-validation
  const form = await request.formData();
  const customer = await stripe.customers.create(Object.fromEntries(form.entries()));
  return Response.json({ id: customer.id });
}
