import Koa from "koa";
import Router from "@koa/router";

// ok: missing-security-headers -- mounted with koa-mount under the root app, which registers helmet
const billing = new Koa();
const router = new Router();
router.get("/invoices", (ctx) => {
  ctx.body = [];
});
billing.use(router.routes());

export default billing;
