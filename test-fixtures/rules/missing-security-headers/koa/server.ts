import Koa from "koa";
import helmet from "koa-helmet";

// expect: missing-security-headers
const app = new Koa();
app.use(async (ctx) => {
  ctx.body = `<h1>${ctx.path}</h1>`;
});
app.listen(3000);

// ok: missing-security-headers -- koa-helmet
const api = new Koa();
api.use(helmet());
api.listen(3001);
