import Router from "@koa/router";

// A router subclass that registers default record routes on itself; instances are mounted elsewhere.
export default class RecordRouter extends Router {
  constructor(private readonly table: string) {
    super({ prefix: `/${table}` });
    // ok: missing-auth -- every instance of this class is mounted into the guarded management router (see routes/crews)
    this.post("/", async (ctx) => {
      await ctx.state.store.touch(ctx.path);
      ctx.body = { table: this.table, created: true };
    });
    // ok: missing-auth -- same template route, served only through guarded instances
    this.delete("/:id", async (ctx) => {
      await ctx.state.store.touch(ctx.path);
      ctx.status = 204;
    });
  }
}
