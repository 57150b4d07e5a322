import stripeEvents from "../billing/stripe-events";

export const config = { api: { bodyParser: false } };

// ok: missing-auth -- the old URL serves the signature-checked handler of the billing route
export default stripeEvents;
