import Koa from "koa";

// ok: missing-security-headers -- a mounted sub-app, imported by name
export const reports = new Koa();
reports.use((ctx) => {
  ctx.body = { rows: [] };
});
