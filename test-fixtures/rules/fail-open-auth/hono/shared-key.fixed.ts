// Internal services that accept only callers presenting a shared key in a header.
import { Hono } from "hono";

export const billing = new Hono();

billing.use(async (c, next) => {
  const presented = c.req.header("X-Api-Key");
  // expect: fail-open-auth
  if (!process.env.BILLING_API_KEY || process.env.BILLING_API_KEY !== presented) {
    return c.json({ message: "wrong key" }, 403);
  }
  return next();
});

export const ledger = new Hono();

ledger.use(async (c, next) => {
  // ok: fail-open-auth -- the key's presence is tested before it is compared, so an unset key refuses everyone
  if (!process.env.LEDGER_API_KEY || c.req.header("X-Api-Key") !== process.env.LEDGER_API_KEY) {
    return c.json({ message: "wrong key" }, 403);
  }
  return next();
});

export const reports = new Hono();

reports.use(async (c, next) => {
  const presented = c.req.header("X-Api-Key");
  if (!presented) return c.json({ message: "key required" }, 401);
  // ok: fail-open-auth -- a request without the header was refused above, so undefined never meets undefined
  if (process.env.REPORTS_API_KEY !== presented) {
    return c.json({ message: "wrong key" }, 403);
  }
  return next();
});
