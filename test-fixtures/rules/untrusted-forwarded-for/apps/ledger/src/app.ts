import Koa from "koa";
import { recordVisit } from "./visits";

const app = new Koa();
// expect: untrusted-forwarded-for
app.proxy = true;
app.use(async (ctx) => {
  recordVisit(ctx);
  ctx.body = { ok: true };
});
app.listen(4002);
