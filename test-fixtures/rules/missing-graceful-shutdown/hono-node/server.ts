import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();
app.get("/", (c) => c.text("proxy"));

// expect: missing-graceful-shutdown
serve({ fetch: app.fetch, port: 8787 });
