// Limits for the summariser's token counting: the names say "token", the values are counts.
export const summariserLimits = {
  // ok: hardcoded-secret -- a digits-only fallback turned into a number is a limit, not a credential
  tokenCountWorkers: Number(process.env.SUMMARY_TOKEN_WORKERS || "4"),
  // ok: hardcoded-secret -- the same through parseInt
  tokenBudget: parseInt(process.env.SUMMARY_TOKEN_BUDGET ?? "8000", 10),
  // expect: hardcoded-secret
  signingToken: process.env.SUMMARY_SIGNING_TOKEN || "58213",
};
