import { createMiddleware } from "hono/factory";

type Env = { Bindings: { API_TOKEN?: string } };

// ok: fail-open-auth -- failing at start-up when the secret is missing is the fix, not the gap
if (!process.env.SESSION_SECRET) throw new Error("SESSION_SECRET is required");

export const bearerGuard = createMiddleware<Env>(async (c, next) => {
  // expect: fail-open-auth
  if (!c.env.API_TOKEN) throw new Error("API_TOKEN is not configured: refusing to authenticate");
  if (c.req.header("Authorization") !== `Bearer ${c.env.API_TOKEN}`) return c.json({ error: "Unauthorized" }, 401);
  await next();
});

export const strictBearerGuard = createMiddleware<Env>(async (c, next) => {
  // ok: fail-open-auth -- fails closed when the token is not configured
  if (!c.env.API_TOKEN) return c.json({ error: "Server misconfigured" }, 500);
  if (c.req.header("Authorization") !== `Bearer ${c.env.API_TOKEN}`) return c.json({ error: "Unauthorized" }, 401);
  await next();
});
