import { Hono } from "hono";
import { limiter } from "./limiter";
import { isSelfHosted } from "./settings";

// The partner API is a feature of the hosted service: its first middleware turns every request away on a self-hosted
// install, so the handlers below run only behind Vercel's edge.
const partners = new Hono().basePath("/api/partners");

partners.use("*", async (c, next) => {
  if (isSelfHosted) return c.json({ error: "not available" }, 404);
  await next();
});

partners.post("/claims", async (c) => {
  // ok: untrusted-forwarded-for -- every request passed the catch-all middleware that leaves on self-hosted installs
  const address = c.req.header("x-forwarded-for") ?? "unknown";
  return c.json({ accepted: (await limiter.limit(`claims:${address}`)).success });
});

export default partners;
