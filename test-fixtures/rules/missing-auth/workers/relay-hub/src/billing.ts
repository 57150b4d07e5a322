import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { readBillingEvent, readUnsignedEvent } from "./billing-events";
import { journal } from "./journal";

export const billing = new Hono();

/** Reads the payment provider's signature header and hands the raw body to a helper that verifies it. */
function signedEvents() {
  return createMiddleware(async (c, next) => {
    const signature = c.req.header("stripe-signature");
    if (!signature) throw new Error("no signature");
    const event = await readBillingEvent(c, await c.req.text(), signature);
    c.set("event", event);
    await next();
  });
}

/** Reads the same header but only parses the body: nothing is verified. */
function parsedEvents() {
  return createMiddleware(async (c, next) => {
    const signature = c.req.header("stripe-signature");
    if (!signature) throw new Error("no signature");
    c.set("event", await readUnsignedEvent(await c.req.text()));
    await next();
  });
}

// ok: missing-auth -- the middleware's helper (another module) awaits the provider's constructEventAsync, which rejects a bad signature
billing.post("/stripe", signedEvents(), async (c) => {
  journal.mark(String(c.get("event")));
  return c.json({ received: true });
});

// expect: missing-auth
billing.post("/legacy", parsedEvents(), async (c) => {
  journal.mark(String(c.get("event")));
  return c.json({ received: true });
});
