import type { RouteArgs } from "./types";

export default function refundRoutes(...[router, { ledger }]: RouteArgs) {
  // expect: missing-auth
  router.delete("/refunds/:id", async (ctx) => {
    await ledger.remove(ctx.params.id);
    ctx.status = 204;
  });
}
