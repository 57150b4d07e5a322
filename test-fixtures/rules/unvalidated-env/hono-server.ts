import { Hono } from "hono";
import { serve } from "@hono/node-server";

const app = new Hono();

app.get("/feature-flags", (c) => {
  // ok: unvalidated-env -- a presence check is explicit handling
  const flagsUrl = process.env.FLAGS_URL ? process.env.FLAGS_URL : "https://flags.internal";
  // ok: unvalidated-env -- a plain read leaves undefined to the code that checks it
  const region = process.env.FLY_REGION;
  return c.json({ flagsUrl, region: region ?? "local" });
});

// expect: unvalidated-env
serve({ fetch: app.fetch, port: Number(process.env.HONO_PORT) });
