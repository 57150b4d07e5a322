// Payment settings, as first committed: the live key was pasted in "just for now".
// expect: hardcoded-secret
export const stripeSecretKey = "sk_live_51QdemoAcmeB1ll1ngK3yZ9xWq7Lp2";

export const paymentsApiUrl = process.env.PAYMENTS_API_URL ?? "https://payments.internal.acme.test";

// expect: hardcoded-secret
export const jwtSecret = process.env.JWT_SECRET || "dev-secret";
