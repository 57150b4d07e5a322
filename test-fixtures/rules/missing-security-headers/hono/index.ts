import { Hono } from "hono";
import { serve } from "@hono/node-server";
import { secureHeaders } from "hono/secure-headers";

// expect: missing-security-headers
const app = new Hono();
app.get("/", (c) => c.html("<p>hi</p>"));
serve({ fetch: app.fetch, port: 3000 });

// ok: missing-security-headers -- hono/secure-headers
const api = new Hono();
api.use("*", secureHeaders());
api.get("/v1/items", (c) => c.json([]));
export default api;
