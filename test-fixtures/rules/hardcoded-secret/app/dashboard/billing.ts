// Next.js server action helpers for the billing dashboard.
import Stripe from "stripe";

// expect: hardcoded-secret
const stripe = new Stripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY!);

// ok: hardcoded-secret -- the Supabase anon key and Stripe publishable key are designed to be public
export const supabaseAnonKey = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY;
export const stripePublishableKey = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;
// ok: hardcoded-secret -- a public URL
export const appUrl = process.env.NEXT_PUBLIC_APP_URL ?? "http://localhost:3000";

// todo-expect: hardcoded-secret
const { NEXT_PUBLIC_ADMIN_TOKEN } = process.env;
export const adminToken = NEXT_PUBLIC_ADMIN_TOKEN;

export async function listInvoices(customer: string) {
  return stripe.invoices.list({ customer, limit: 20 });
}

// expect: hardcoded-secret
export const logToken = process.env.NEXT_PUBLIC_AXIOM_TOKEN;
