import type Router from "@koa/router";

const queued: string[] = [];

export function exportFileRoutes(router: Router) {
  // Handed on from exportRoutes(open): nothing guards the open router.
  // expect: missing-auth
  router.post("/exports", async (ctx) => {
    queued.push(String(ctx.query.format));
    ctx.status = 202;
  });
}
