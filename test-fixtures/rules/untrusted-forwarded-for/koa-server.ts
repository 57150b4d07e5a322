import Koa from "koa";
import Router from "@koa/router";

// expect: untrusted-forwarded-for
const app = new Koa({ proxy: true });
// ok: untrusted-forwarded-for -- maxIpsCount limits how many hops are read
export const api = new Koa({ proxy: true, maxIpsCount: 1 });
const router = new Router();
const hits = new Map<string, number>();

router.post("/vote", async (ctx) => {
  // expect: untrusted-forwarded-for
  const voter = ctx.get("X-Forwarded-For") || ctx.ip;
  hits.set(voter, (hits.get(voter) ?? 0) + 1);
  ctx.body = { ok: true };
});

app.use(router.routes());
export default app;
