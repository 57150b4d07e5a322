// Hono API deployed on Cloudflare: bindings arrive on c.env.
import { Hono } from "hono";
import { jwt } from "hono/jwt";

type Bindings = { JWT_SECRET?: string; CACHE_TTL?: string };
const app = new Hono<{ Bindings: Bindings }>();

app.use("/api/*", (c, next) =>
  // expect: hardcoded-secret
  jwt({ secret: c.env.JWT_SECRET ?? "local-dev-secret", alg: "HS256" })(c, next),
);

app.get("/api/items", (c) => {
  // ok: hardcoded-secret -- a cache setting fallback
  const ttl = c.env.CACHE_TTL ?? "60";
  return c.json({ items: [], ttl });
});

export default app;
