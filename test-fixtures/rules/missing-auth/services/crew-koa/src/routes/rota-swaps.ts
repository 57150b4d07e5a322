import type Router from "@koa/router";

const swapsPath = "/rota/swaps";
const pendingSwaps = new Set<string>();

export function rotaSwapRoutes(router: Router) {
  // ok: missing-auth -- rotaRoutes hands on the management router, which the bearer gate guards
  router.post(swapsPath, async (ctx) => {
    pendingSwaps.add(String(ctx.query.shift));
    ctx.status = 201;
  });
  // ok: missing-auth -- same router; the path is a template of a constant, so it is known
  router.delete(`${swapsPath}/:swapId`, async (ctx) => {
    pendingSwaps.delete(ctx.params.swapId);
    ctx.status = 204;
  });
}
