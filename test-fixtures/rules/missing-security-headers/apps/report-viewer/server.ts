import Koa from "koa";
import { renderReport } from "./render";

// expect: missing-security-headers
const viewer = new Koa();
viewer.use(async (ctx) => {
  const report = renderReport(String(ctx.query.title ?? ""));
  // The declared type is HTML: the answer is a page.
  ctx.type = "text/html";
  ctx.body = report;
});
viewer.listen(4320);
