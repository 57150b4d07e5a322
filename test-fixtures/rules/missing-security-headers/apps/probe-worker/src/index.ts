import { Hono } from "hono";
import { serve } from "@hono/node-server";
import { runProbe } from "./probe";

// ok: missing-security-headers -- every handler of this package answers JSON or plain text to machines; no page to protect
const worker = new Hono();
worker.get("/health", (c) => c.json({ up: true }));
worker.post("/probe", async (c) => {
  if (c.req.header("authorization") !== `Bearer ${process.env.PROBE_TOKEN}`) return c.text("Unauthorized", 401);
  const result = await runProbe(await c.req.json());
  return c.json(result, 200);
});
serve({ fetch: worker.fetch, port: 8080 });
