// The billing package depends on zod: its env module is a zod schema, scaffolded in this package. Its three reads
// are each handed to an SDK as if set, with nothing validating them at start-up: one finding for the package, at the
// first of them, whose fix creates the module.
import Stripe from "stripe";

// expect: unvalidated-env
export const stripe = new Stripe(process.env.STRIPE_API_KEY as string);
