import { ResourceRouter } from "crew-resource-kit";

// The base class comes from a package (a wrapper of the framework router): the routes on `this` are served by the
// instance the server mounts behind the gate, so the gate is credited.
export class LedgerRouter extends ResourceRouter {
  constructor() {
    super();
    // ok: missing-auth -- the only instance is mounted on the guarded management router
    this.post("/ledger/close", async (ctx: { status: number; path: string; state: { store: { touch(path: string): Promise<void> } } }) => {
      await ctx.state.store.touch(ctx.path);
      ctx.status = 204;
    });
  }
}
