import { Hono } from "hono";
import { limiter } from "./limiter";
import { isSelfHosted } from "./settings";

// The switch is checked only after the middleware has handed the request on: every install reaches the handler.
const open = new Hono();

open.use("*", async (c, next) => {
  await next();
  if (isSelfHosted) c.header("x-install", "self-hosted");
});

open.post("/votes", async (c) => {
  // expect: untrusted-forwarded-for
  const address = c.req.header("x-forwarded-for") ?? "unknown";
  return c.json({ accepted: (await limiter.limit(`votes:${address}`)).success });
});

export default open;
