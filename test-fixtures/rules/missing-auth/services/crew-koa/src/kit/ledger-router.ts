import { ResourceRouter } from "crew-resource-kit";

// The base class comes from a package Harden does not model: nothing proves the routes on `this` belong to the
// instance the server mounts behind the gate, so the gate is not credited.
export class LedgerRouter extends ResourceRouter {
  constructor() {
    super();
    // expect: missing-auth
    this.post("/ledger/close", async (ctx: { status: number }) => {
      ctx.status = 204;
    });
  }
}
