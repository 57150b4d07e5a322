import Koa from "koa";

const app = new Koa();

// expect: unbounded-cache
const requestLog: Array<{ path: string; at: number }> = [];
// ok: unbounded-cache -- old entries are shifted out
const window: number[] = [];

app.use(async (ctx, next) => {
  requestLog.push({ path: ctx.path, at: Date.now() });
  window.push(Date.now());
  while (window[0]! < Date.now() - 60_000) window.shift();
  await next();
});

export default app;
