const fs = require("node:fs");
const path = require("node:path");
const Koa = require("koa");
const Router = require("koa-router");

const app = new Koa();

// The routers are found by walking the folder: no import names them.
for (const file of fs.readdirSync(path.join(__dirname, "routes"))) {
  const loaded = require(path.join(__dirname, "routes", file));
  if (loaded instanceof Router) app.use(loaded.routes());
}

app.listen(3000);
