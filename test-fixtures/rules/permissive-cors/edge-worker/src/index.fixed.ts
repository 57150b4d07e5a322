// A Hono app on Cloudflare Workers: there is no process.env, and the registration has no binding in scope, but the
// origin callback gets the request's context, whose env binding holds the allow-list.
import { Hono } from "hono";
import { cors } from "hono/cors";
import { getCookie } from "hono/cookie";

const app = new Hono();

// expect: permissive-cors
app.use("/session/*", cors({ origin: (origin, c) => ((c.env.ALLOWED_ORIGINS ?? "").split(",").includes(origin) ? origin : null), credentials: true }));

// The session rides in a cookie the browser sends by itself: a credentialed cross-site read would carry it.
app.get("/session/me", (c) => c.json({ user: getCookie(c, "sid") ?? null }));

export default app;
