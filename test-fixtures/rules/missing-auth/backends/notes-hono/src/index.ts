import { Hono } from "hono";
import { logger } from "hono/logger";
import reviews from "./routes/reviews";
import notes from "./routes/notes";
import checklists from "./routes/checklists";
import { store } from "./store";

const app = new Hono();
// Mounted through a chain on the app: the prefixes still reach the routes.
app.use(logger()).route("/notes", notes).route("/reviews", reviews).route("/checklists", checklists);

// ok: missing-auth -- a password reset redeemed with the emailed token is a step of signing in
app.post("/auth/reset/:token", async (c) => c.json({ reset: await store.save("reset", c.req.param("token")) }));

// ok: missing-auth -- which identity provider serves an email domain is asked before signing in
app.post("/auth/check-sso", async (c) => c.json({ provider: await store.save("sso", await c.req.text()) }));
// ok: missing-auth -- the entry to signing in with the single sign-on provider
app.post("/auth/sso", async (c) => c.json({ next: await store.save("sso-start", await c.req.text()) }));
// ok: missing-auth -- a liveness probe that records what the prober sent
app.post("/ok", async (c) => c.json({ ok: await store.save("probe", await c.req.text()) }));

// ok: missing-auth -- first-run set-up of a fresh install, served before any account exists
app.post("/api/setup", async (c) => c.json({ admin: await store.save("admin", await c.req.text()) }, 201));
// expect: missing-auth
app.post("/integrations/chat/setup", async (c) => c.json({ linked: await store.save("chat", await c.req.text()) }));

declare const billing: { parseEvent(input: { payload: string; signature?: string }): Promise<{ event: string }> };

// ok: missing-auth -- the signature header's value is handed to the billing service that checks it
app.post("/webhooks/billing", async (c) => {
  const signature = c.req.header("billing-signature");
  const { event } = await billing.parseEvent({ payload: await c.req.text(), signature });
  return c.json({ received: await store.save("billing", event) });
});

// expect: missing-auth
app.post("/webhooks/mailer", async (c) => {
  const { event } = await billing.parseEvent({ payload: await c.req.text() });
  return c.json({ received: await store.save("mailer", event) });
});

export default app;
