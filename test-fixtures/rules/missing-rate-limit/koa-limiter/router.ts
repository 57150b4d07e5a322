import Router from "@koa/router";
import { perRouteLimit } from "./limiter";

const router = new Router();
const clients: string[] = [];

// ok: missing-rate-limit -- the project limiter factory charges a rate-limiter-flexible limiter and throws when spent
router.post("/oauth/register", perRouteLimit(5), async (ctx) => {
  clients.push(String(ctx.request.body));
  ctx.status = 201;
});

// expect: missing-rate-limit
router.post("/oauth/otp", async (ctx) => {
  ctx.body = { issued: clients.length > 0 };
});

export default router;
