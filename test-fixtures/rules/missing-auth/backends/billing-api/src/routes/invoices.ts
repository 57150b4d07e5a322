import type { RouteArgs } from "./types";

// The router arrives destructured from a rest tuple; this file names no server framework itself.
export default function invoiceRoutes(...[router, { ledger }]: RouteArgs) {
  // ok: missing-auth -- the router handed in is the operator router, behind requireOperatorKey
  router.post("/invoices", async (ctx) => {
    await ctx.state.store.touch(ctx.path);
    ctx.body = { id: await ledger.add(Number(ctx.query.amount)) };
  });
}
