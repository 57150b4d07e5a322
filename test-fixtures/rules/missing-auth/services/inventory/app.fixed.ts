import Koa from "koa";
import Router from "@koa/router";
import bodyParser from "koa-bodyparser";
import jwt from "koa-jwt";
import { stock } from "./stock";

const app = new Koa();
const router = new Router();

// ok: missing-auth -- a stock read
router.get("/items/:sku", async (ctx) => {
  ctx.body = await stock.get(ctx.params.sku);
});

// expect: missing-auth
router.post("/items/:sku/adjustments", async (ctx) => {
  const { delta } = ctx.request.body as { delta: number };
  ctx.body = await stock.adjust(ctx.params.sku, delta);
});

// ok: missing-auth -- koa-jwt's middleware at the route authenticates
router.put("/items/:sku", jwt({ secret: process.env.JWT_SECRET! }), async (ctx) => {
  await ctx.state.store.touch(ctx.path);
  ctx.body = await stock.replace(ctx.params.sku, ctx.request.body as { quantity: number });
});

// ok: missing-auth -- an inline ctx.state.user check throws 401 before the write
router.del("/items/:sku", async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, "sign in required");
  await stock.remove(ctx.params.sku);
  ctx.status = 204;
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3003);
