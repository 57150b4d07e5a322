import Router from "@koa/router";
import { requireSession } from "../middleware/session";

export const pages = new Router();

// ok: missing-auth -- the factory's default middleware refuses callers without a session
pages.post("/pages", requireSession(), async (ctx) => {
  await ctx.state.store.touch(ctx.path);
  ctx.status = 201;
});
