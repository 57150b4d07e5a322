import Koa from "koa";
import Router from "@koa/router";

// A factory builds the account sub-app per tenant; its caller mounts the call's result in place.
export default function buildAccountApp(tenantName: string): Koa {
  // ok: missing-security-headers -- the factory's call is mounted with koa-mount under the root app, which registers helmet
  const account = new Koa();
  const router = new Router();
  router.get("/profile", (ctx) => {
    ctx.body = `<h1>${tenantName}</h1>`;
  });
  account.use(router.routes());
  return account;
}
