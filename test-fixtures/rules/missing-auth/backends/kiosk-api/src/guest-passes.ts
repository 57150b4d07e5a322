import express from "express";
import rateLimit from "express-rate-limit";
import { verifyHumanAnswer } from "./lib/human-check";
import { store } from "./store";

const app = express();
app.use(express.json({ limit: "10kb" }));

const passLimiter = rateLimit({ windowMs: 60_000, limit: 3 });

/** Looks the kiosk account up by the id the caller sends. */
async function verifyAccount(id: string): Promise<boolean> {
  return (await store.save("account-check", { id })) !== "";
}

// A guest pass for the kiosk: whoever solves the CAPTCHA gets one, throttled by a limiter of its own. Checking the
// CAPTCHA proves a person sent it, not who: nothing here reads an identity, so the route is written for strangers.
// ok: missing-auth -- a CAPTCHA-checked, throttled pass for callers with no account
app.post("/guest-passes", passLimiter, async (req, res) => {
  const answer = req.header("cf-turnstile-response");
  if (!(await verifyHumanAnswer(answer, req.ip))) return res.status(400).json({ error: "captcha not solved" });
  res.status(201).json({ pass: await store.save("guest-pass", { at: Date.now() }) });
});

// The same limiter, but the handler verifies the account the caller names: written for account holders, with no guard.
// expect: missing-auth
app.post("/guest-passes/upgrade", passLimiter, async (req, res) => {
  if (!(await verifyAccount(String(req.body.accountId)))) return res.status(404).end();
  res.status(201).json({ pass: await store.save("guest-pass", { account: String(req.body.accountId) }) });
});

export default app;
