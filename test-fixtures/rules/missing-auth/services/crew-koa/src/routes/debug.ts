import type Router from "@koa/router";

// Registered only by a development-only branch of the server (see server.ts).
export const debugRoutes = (router: Router) => {
  // ok: missing-auth -- the only call registering these routes runs when NODE_ENV is not production
  router.post("/debug/replay", async (ctx) => {
    await ctx.state.store.touch(ctx.path);
    ctx.status = 202;
  });
};
