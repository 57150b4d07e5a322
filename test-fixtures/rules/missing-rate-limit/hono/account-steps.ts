import { Hono } from "hono";
import { requireSession } from "./session";
import { totp } from "./totp";

const steps = new Hono();

// ok: missing-rate-limit -- starting 2FA set-up reads nothing the caller sends; it only mints a secret for the session
steps.post("/account/2fa/setup", async (c) => {
  const { user } = await requireSession(c);
  return c.json(await totp.createSecret(user.id));
});

// expect: missing-rate-limit
steps.post("/account/2fa/confirm", async (c) => {
  const { user } = await requireSession(c);
  const { code } = await c.req.json();
  return c.json({ ok: await totp.check(user.id, code) });
});

// ok: missing-rate-limit -- a demo sign-in that ignores the request and answers a fixed flag
steps.post("/demo/login", (c) => c.json({ demo: true }));

export default steps;
