import { Hono } from "hono";
import { openRoutes, routes } from "./router";

const app = new Hono();

// Every request is handed to the RPC router, whose interceptors run around each call.
// ok: missing-auth -- the router's interceptors refuse a call without a known team key
app.all("/rpc/*", async (c) => {
  const path = new URL(c.req.url).pathname.replace(/^\/rpc/, "");
  const handler = routes.handlers.find((candidate) => candidate.requestPath === path);
  if (!handler) return c.json({ error: "not found" }, 404);
  return c.json(await handler(c.req.raw as never));
});

// This router's only interceptor measures time: nothing checks the caller.
// expect: missing-auth
app.all("/open-rpc/*", async (c) => {
  const path = new URL(c.req.url).pathname.replace(/^\/open-rpc/, "");
  const handler = openRoutes.handlers.find((candidate) => candidate.requestPath === path);
  if (!handler) return c.json({ error: "not found" }, 404);
  return c.json(await handler(c.req.raw as never));
});

export default app;
