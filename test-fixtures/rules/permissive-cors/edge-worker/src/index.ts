// A Hono app on Cloudflare Workers: there is no process.env to read an allow-list from, and the registration has no
// binding in scope, so the policy is reported without a fix.
import { Hono } from "hono";
import { cors } from "hono/cors";

const app = new Hono();

// expect: permissive-cors
app.use("/session/*", cors({ origin: (origin) => origin, credentials: true }));

app.get("/session/me", (c) => c.json({ user: null }));

export default app;
