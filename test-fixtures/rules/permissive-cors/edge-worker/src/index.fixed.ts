// A Hono app on Cloudflare Workers: there is no process.env, and the registration has no binding in scope, but the
// origin callback gets the request's context, whose env binding holds the allow-list.
import { Hono } from "hono";
import { cors } from "hono/cors";

const app = new Hono();

// expect: permissive-cors
app.use("/session/*", cors({ origin: (origin, c) => ((c.env.ALLOWED_ORIGINS ?? "").split(",").includes(origin) ? origin : null), credentials: true }));

app.get("/session/me", (c) => c.json({ user: null }));

export default app;
