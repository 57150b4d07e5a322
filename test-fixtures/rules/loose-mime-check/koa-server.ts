import Koa from "koa";
import Router from "@koa/router";

const app = new Koa();
const router = new Router();

router.post("/feeds", async (ctx) => {
  // expect: loose-mime-check
  if (!ctx.get("content-type").match(/xml/)) ctx.throw(415);
  ctx.status = 202;
});

// ok: loose-mime-check -- ctx.is compares the parsed media type
router.post("/feeds/v2", async (ctx) => {
  if (!ctx.is("application/xml", "text/xml")) ctx.throw(415);
  ctx.status = 202;
});

app.use(router.routes());
export default app;
