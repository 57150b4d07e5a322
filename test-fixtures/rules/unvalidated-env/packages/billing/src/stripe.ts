// The billing package depends on zod: its env module is a zod schema, scaffolded in this package.
import Stripe from "stripe";

// expect: unvalidated-env
export const stripe = new Stripe(process.env.STRIPE_API_KEY as string);
