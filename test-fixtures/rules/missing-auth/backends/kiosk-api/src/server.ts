import express from "express";
import rateLimit from "express-rate-limit";
import { store } from "./store";

const app = express();
app.use(express.json({ limit: "100kb" }));

const signupLimiter = rateLimit({ windowMs: 60_000, limit: 5 });

// ok: missing-auth -- sign-up throttled by a limiter of its own: written for callers with no account yet
app.post("/accounts", signupLimiter, async (req, res) => {
  res.status(201).json({ id: await store.save("account", { email: String(req.body.email) }) });
});

// expect: missing-auth
app.post("/accounts/:id/avatar", signupLimiter, async (req, res) => {
  res.json({ id: await store.save("avatar", { account: req.params.id }) });
});

// expect: missing-auth
app.post("/translations", signupLimiter, async (req, res) => {
  const translated = await fetch("https://translate.example.net/v2", {
    method: "POST",
    headers: { "x-api-key": process.env.TRANSLATE_API_KEY ?? "" },
    body: JSON.stringify({ text: String(req.body.text) }),
    signal: AbortSignal.timeout(5_000),
  });
  res.json(await translated.json());
});

// expect: missing-auth
app.post("/coupons", async (req, res) => {
  res.status(201).json({ id: await store.save("coupon", { code: String(req.body.code) }) });
});

export default app;
