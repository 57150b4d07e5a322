import Koa from "koa";
import Router from "@koa/router";
import fs from "fs";
import path from "path";

const app = new Koa();
const router = new Router();

router.get("/exports/:name", async (ctx) => {
  // expect: path-traversal
  ctx.body = fs.createReadStream(path.join("/var/exports", ctx.params.name));
});

router.get("/backups", async (ctx) => {
  const dir = ctx.query.dir as string;
  // expect: path-traversal
  ctx.body = await fs.promises.readdir(path.join("/srv/backups", dir));
});

// ok: path-traversal -- a `..` check on the name before it is joined
router.get("/exports/v2/:name", async (ctx) => {
  const name = ctx.params.name;
  if (name.includes("..") || name.includes("/")) ctx.throw(400);
  ctx.body = fs.createReadStream(path.join("/var/exports", name));
});

app.use(router.routes());
export default app;
