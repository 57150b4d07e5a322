import { Hono } from "hono";
import { checkRedis } from "./redis";

export const app = new Hono();

// ok: exposed-health-details -- a literal answer
app.get("/healthz", (c) => c.json({ status: "ok" }, 200));

// expect: exposed-health-details
app.get("/readyz", async (c) => {
  const redis = await checkRedis().catch((err) => ({ ok: false, error: String(err) }));
  return c.json({ redis }, redis.ok ? 200 : 503);
});
