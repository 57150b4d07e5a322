// The billing package depends on zod: its env module is a zod schema, scaffolded in this package.
import Stripe from "stripe";
import { env } from "./env";

// expect: unvalidated-env
export const stripe = new Stripe(env.STRIPE_API_KEY);
