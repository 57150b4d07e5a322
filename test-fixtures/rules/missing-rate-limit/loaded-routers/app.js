const fs = require("node:fs");
const path = require("node:path");
const Koa = require("koa");
const Router = require("koa-router");
const ratelimit = require("koa-ratelimit");

const app = new Koa();
// Every request is counted first, whatever router answers it.
app.use(ratelimit({ driver: "memory", db: new Map(), duration: 60000, max: 60, id: (ctx) => ctx.ip }));

// The routers are found by walking the folder: no import names them.
for (const file of fs.readdirSync(path.join(__dirname, "routes"))) {
  const loaded = require(path.join(__dirname, "routes", file));
  if (loaded instanceof Router) app.use(loaded.routes());
}

app.listen(3000);
