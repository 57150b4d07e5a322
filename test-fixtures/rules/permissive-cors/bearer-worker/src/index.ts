// A Hono API on Cloudflare Workers whose callers authenticate with a bearer key their own code sends: nothing here
// sets or reads a cookie, so the browser attaches no credential of this service by itself.
import { Hono } from "hono";
import { cors } from "hono/cors";

const app = new Hono<{ Bindings: { API_KEYS: KVNamespace } }>();

// ok: permissive-cors -- a credentialed request from another site carries nothing of this API's
app.use("/v1/*", cors({ origin: (origin) => origin, credentials: true }));

app.get("/v1/usage", async (c) => {
  const key = c.req.header("authorization")?.replace(/^Bearer /, "");
  if (!key || !(await c.env.API_KEYS.get(key))) return c.json({ error: "unauthorized" }, 401);
  return c.json({ calls: 0 });
});

export default app;
