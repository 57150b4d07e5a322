import Router from "koa-router";
import { teamGate } from "../team-gate";

const router = new Router();
const spaces = new Map<string, string>();

// The middleware reads a credential but its refusal is out of sight: the finding names it and the config that settles it.
// expect: missing-auth@8 unprovenMiddleware
router.post("spaces.create", teamGate, async (ctx) => {
  const { name } = ctx.request.body as { name: string };
  spaces.set(name, String(ctx.state.team));
  ctx.body = { ok: true };
});

export default router;
