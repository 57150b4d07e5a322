import Koa from "koa";

// expect: missing-security-headers
export const exportsApp = new Koa();
exportsApp.use((ctx) => {
  ctx.body = "export";
});
exportsApp.listen(3001);
