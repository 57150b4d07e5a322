import { Hono } from "hono";
import { constructWebhookEvent } from "paywall-sdk/webhooks";
import { readEvent } from "./local-events";

// A subscription provider's events: its SDK is handed the raw text and every request header, and finds its signature
// header among them; it throws when the signature does not match.
declare const subscriptions: { apply(event: unknown): Promise<void> };

export const hooks = new Hono();

// ok: missing-input-validation -- the package verifier takes the signature from the whole header set and throws on a mismatch
hooks.post("/hooks/subscriptions", async (c) => {
  const raw = await c.req.text();
  const event = await constructWebhookEvent(raw, c.req.header(), process.env.PAYWALL_HOOK_SECRET!);
  await subscriptions.apply(event);
  return c.json({ ok: true });
});

hooks.post("/hooks/local", async (c) => {
  // expect: missing-input-validation
  const raw = await c.req.text();
  // A project function handed the same two values: nothing of it checks a signature.
  const event = await readEvent(raw, c.req.header());
  await subscriptions.apply(event);
  return c.json({ ok: true });
});
