import Router from "@koa/router";

const kiosk = new Router({ prefix: "/kiosk" });
const pins = new Set<string>();

// expect: missing-rate-limit
kiosk.post("/login", async (ctx) => {
  ctx.status = pins.has(String((ctx.request.body as { pin: string }).pin)) ? 204 : 401;
});

export default kiosk;
