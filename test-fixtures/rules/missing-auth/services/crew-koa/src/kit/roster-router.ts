import Router from "@koa/router";

// Mounted behind the gate itself, but a subclass of it is mounted on the open router (see shift-router.ts).
export class RosterRouter extends Router {
  constructor() {
    super();
    // expect: missing-auth
    this.put("/roster", async (ctx) => {
      await ctx.state.store.save("roster", ctx.request.body);
      ctx.status = 204;
    });
  }
}
