import { RosterRouter } from "./roster-router";

// Every instance of this class also serves the roster routes it inherits.
export class ShiftRouter extends RosterRouter {
  constructor() {
    super();
    // expect: missing-auth
    this.post("/shifts/swap", async (ctx) => {
      await ctx.state.store.save("swaps", ctx.request.body);
      ctx.status = 202;
    });
  }
}
