import Router from "@koa/router";
import { requireSession } from "../middleware/session";

export const drafts = new Router();

// ok: missing-auth -- the factory's default middleware refuses callers without a session
drafts.put("/drafts/:id", requireSession(), async (ctx) => {
  await ctx.state.store.touch(ctx.path);
  ctx.status = 204;
});

// ok: missing-auth -- the same guard as its sibling above
drafts.post("/drafts/:id/publish", requireSession(), async (ctx) => {
  await ctx.state.store.touch(ctx.path);
  ctx.status = 202;
});

// Most of this router's routes go through the package's own guard, a factory with optional options: this one deviates,
// so the fix offers it as its siblings have it, called without arguments, rather than creating a parallel bearer-token login.
// expect: missing-auth
drafts.post("/drafts", async (ctx) => {
  await ctx.state.store.save("drafts", ctx.request.body);
  ctx.status = 201;
});

// Arguments laid out one a line: the guard the fix adds gets a line of its own, indented as the handler is.
// expect: missing-auth
drafts.delete(
  "/drafts/:id",
  async (ctx) => {
    await ctx.state.store.remove("drafts", ctx.params.id);
    ctx.status = 204;
  },
);
