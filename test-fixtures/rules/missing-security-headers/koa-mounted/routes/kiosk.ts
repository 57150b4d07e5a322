import Koa from "koa";
import Router from "@koa/router";

// A factory whose app is started on its own port, never mounted: it serves pages with no headers.
export function buildKioskApp(): Koa {
  // expect: missing-security-headers
  const kiosk = new Koa();
  const router = new Router();
  router.get("/", (ctx) => {
    ctx.body = "<h1>kiosk</h1>";
  });
  kiosk.use(router.routes());
  return kiosk;
}

buildKioskApp().listen(3002);
