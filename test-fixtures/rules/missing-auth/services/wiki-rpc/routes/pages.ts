import Router from "koa-router";
import { memberOnly } from "../members";

const pages = new Map<string, string>();
const router = new Router();

// RPC-style names without a leading slash are koa-router paths: mounted at "/", this serves /pages.update.
// ok: missing-auth -- the wiki's own session guard runs first
router.post("pages.update", memberOnly(), async (ctx) => {
  const { id, text } = ctx.request.body as { id: string; text: string };
  pages.set(id, text);
  ctx.body = { ok: true };
});

// expect: missing-auth
router.post("pages.delete", async (ctx) => {
  pages.delete((ctx.request.body as { id: string }).id);
  ctx.body = { ok: true };
});

// ok: missing-auth -- a read, reachable by anyone
router.get("pages.info", async (ctx) => {
  ctx.body = { text: pages.get(String(ctx.query.id)) };
});

export default router;
