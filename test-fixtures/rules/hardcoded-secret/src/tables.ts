// Tables of names and public identifiers that only look like credentials.

// ok: hardcoded-secret -- each value spells its own member name: the names of settings, not their values
export enum MailSetting {
  SMTP_HOST = "SMTP_HOST",
  // ok: hardcoded-secret -- the name of the setting
  SMTP_OAUTH2_CLIENT_SECRET = "SMTP_OAUTH2_CLIENT_SECRET",
  // ok: hardcoded-secret -- the name of the setting
  SMTP_OAUTH2_REFRESH_TOKEN = "SMTP_OAUTH2_REFRESH_TOKEN",
}

// Public authenticator model ids by brand; a brand that contains "Pass" is still a brand.
export enum AuthenticatorBrand {
  VaultOne = "0b6f4c1e-3a52-4d8e-9a71-5c2e8f0d4b13",
  // ok: hardcoded-secret -- a row of a table of public ids whose other rows have ordinary names
  HandyPass = "7d2e91a4-6c03-4f5b-8e2a-1f9c7b3d5a60",
  KeyRingPro = "c41a8e07-2b9d-4e36-a5f1-90d3e6b7c825",
  // ok: hardcoded-secret -- the same table
  PasswordKeeper = "5e8b3f12-a7c4-49d0-b261-3fa8d9c0e714",
  CloudLocker = "a9d07c35-41e8-4b2f-96ac-e15b7f208d3c",
}

// Credentials under credential names stay credentials, even side by side.
export const partnerKeys = {
  // expect: hardcoded-secret
  billingApiKey: "3f9a2c7e-81d4-4b6f-a05e-c7d12e98b4a1",
  // expect: hardcoded-secret
  ledgerApiKey: "b85e1d04-6a3c-4f92-8e7b-d0a4c3f519e6",
};

// ok: hardcoded-secret -- a PostHog project key is a write-only ingestion key built to ship to browsers
const POSTHOG_API_KEY = "phc_Q7vT2mKx9LbR4sWz8YdNc3HfJp6GaE1uXoVi5kBl0qM";

// ok: hardcoded-secret -- the public sample token of JWT tutorials
export const SAMPLE_BEARER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

export const analytics = { key: POSTHOG_API_KEY };

// ok: hardcoded-secret -- only the vendor mints Stripe keys; a made-up fallback is refused by Stripe, so nothing opens
export const billingCacheSeed = process.env.STRIPE_SECRET_KEY ?? "billing-not-configured";
// expect: hardcoded-secret
export const sessionSigningKey = process.env.SESSION_SECRET ?? "session-not-configured";

export const vendorLogins = {
  // ok: hardcoded-secret -- a Stripe API key under another usual name is still one only Stripe mints and checks
  payments: process.env.STRIPE_API_KEY || "demo-payments",
  // ok: hardcoded-secret -- a GitHub OAuth client secret is presented to GitHub in the code exchange; a stand-in only fails there
  githubLogin: process.env.GITHUB_CLIENT_SECRET || "demo-login",
  // expect: hardcoded-secret
  paymentEvents: process.env.STRIPE_EVENTS_SIGNING_SECRET || "demo-events",
};
