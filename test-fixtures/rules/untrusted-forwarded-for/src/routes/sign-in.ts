import { Hono } from "hono";
import { firstHop, lastHop } from "../net/proxy-hops";

const app = new Hono();
const attempts = new Map<string, number>();

app.post("/sign-in", (c) => {
  // ok: untrusted-forwarded-for -- handed to a helper that keeps only the proxy-appended (rightmost) entry
  const forwarded = c.req.header("x-forwarded-for") ?? null;
  const visitor = lastHop(forwarded) ?? "unknown";
  attempts.set(visitor, (attempts.get(visitor) ?? 0) + 1);
  return c.json({ ok: true });
});

app.post("/sign-in/audit", (c) => {
  // ok: untrusted-forwarded-for -- passed straight into the rightmost-hop helper, defined in another file
  console.info("sign-in from", lastHop(c.req.header("x-forwarded-for") ?? null));
  return c.json({ ok: true });
});

app.post("/sign-up", (c) => {
  // expect: untrusted-forwarded-for
  const visitor = firstHop(c.req.header("x-forwarded-for") ?? null);
  attempts.set(visitor, (attempts.get(visitor) ?? 0) + 1);
  return c.json({ ok: true });
});

app.post("/sign-up/audit", (c) => {
  // expect: untrusted-forwarded-for
  const forwarded = c.req.header("x-forwarded-for") ?? null;
  console.info("sign-up from", lastHop(forwarded), forwarded);
  return c.json({ ok: true });
});

export default app;
