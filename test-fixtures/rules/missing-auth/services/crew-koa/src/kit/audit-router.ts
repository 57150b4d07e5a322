import Router from "@koa/router";

// A router subclass the server mounts twice: once behind the bearer gate, once on the open router.
export class AuditRouter extends Router {
  constructor(scope: string) {
    super({ prefix: `/audit/${scope}` });
    // expect: missing-auth
    this.delete("/entries", async (ctx) => {
      await ctx.state.store.clear("audit");
      ctx.status = 204;
    });
  }
}
