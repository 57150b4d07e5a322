import RecordRouter from "./record-router";

// A project subclass of the record router: its instances serve the record routes and its own.
export class TeamRecordRouter extends RecordRouter {
  constructor() {
    super("teams");
    // ok: missing-auth -- this class extends the record router, and its one instance is mounted behind the bearer gate
    this.post("/:id/invite", async (ctx) => {
      await ctx.state.store.touch(ctx.path);
      ctx.status = 202;
    });
  }
}
