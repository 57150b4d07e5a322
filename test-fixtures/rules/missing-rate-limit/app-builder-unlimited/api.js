const API = require("@ladjs/api");
const Router = require("@koa/router");

const router = new Router();

// expect: missing-rate-limit
router.post("/v1/reset-password", async (ctx) => {
  ctx.body = await ctx.state.resets.redeem(ctx.request.body.token, ctx.request.body.password);
});

// The config turns the builder's limiter off: nothing else counts these requests.
const api = new API({ routes: router, rateLimit: false });

module.exports = api;
