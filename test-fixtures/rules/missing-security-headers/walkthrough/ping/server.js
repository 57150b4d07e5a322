const Koa = require("koa");
const logger = require("koa-logger");

// ok: missing-security-headers -- one lesson of a walkthrough: the app never leaves this file, which loads nothing of the project and answers plain text; the gallery beside it is another server
const pinger = new Koa();
pinger.use(logger());
pinger.use(async (ctx) => {
  ctx.body = "pong";
});

pinger.listen(4100);
