import Router from "@koa/router";
import ratelimit from "koa-ratelimit";
import { redis } from "./redis";
import { sessions } from "./sessions";

const router = new Router({ prefix: "/auth" });
const limiter = ratelimit({ driver: "redis", db: redis, duration: 60_000, max: 10, id: (ctx) => ctx.ip });

// expect: missing-rate-limit
router.post("/signin", async (ctx) => {
  ctx.body = await sessions.create(ctx.request.body);
});

// ok: missing-rate-limit -- koa-ratelimit in the chain
router.post("/verify-code", limiter, async (ctx) => {
  ctx.body = await sessions.verifyCode(ctx.request.body);
});

export default router;
