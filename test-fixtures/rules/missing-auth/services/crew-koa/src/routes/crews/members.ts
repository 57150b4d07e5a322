import type RecordRouter from "../../kit/record-router";

// Registers on whatever router it is handed: here the crew router, which is mounted under the guard.
export default function memberRoutes(router: RecordRouter, limit: number) {
  // ok: missing-auth -- the router handed in is the crew router, mounted into the bearer-guarded parent
  router.post("/:id/members", async (ctx) => {
    await ctx.state.store.touch(ctx.path);
    ctx.body = { added: true, limit };
  });
}
