// Keys the bundler inlines into the browser build on purpose: vendors issue these for client use and restrict them by
// origin or scope. A server credential under the same prefixes is still a leak.

export const searchClientOptions = {
  // ok: hardcoded-secret -- a search-only key for the browser, with a stand-in when unset
  apiKey: import.meta.env.VITE_CATALOG_API_KEY || "temp",
  indexName: import.meta.env.VITE_CATALOG_INDEX || "products",
};

// ok: hardcoded-secret -- an analytics ingestion key the browser SDK needs
export const eventsKey = process.env.NEXT_PUBLIC_EVENTS_API_KEY;

// expect: hardcoded-secret
export const paymentsKey = process.env.NEXT_PUBLIC_PAYMENTS_API_KEY || "sk_live_Vq7Lm2Rx9TbK4sNw8YcZ3hPa";

// expect: hardcoded-secret
export const webhookSigningSecret = process.env.NEXT_PUBLIC_WEBHOOK_SIGNING_SECRET;

// ok: hardcoded-secret -- a switch that says whether password sign-in is on, not a credential
export const passwordLoginShown = process.env.NEXT_PUBLIC_PASSWORD_LOGIN_ENABLED === "true";

// ok: hardcoded-secret -- the public demo account's password, shown on the sign-in page by design
export const demoPassword = process.env.NEXT_PUBLIC_DEMO_PASSWORD;

// expect: hardcoded-secret
export const adminPassword = process.env.NEXT_PUBLIC_ADMIN_PASSWORD;
