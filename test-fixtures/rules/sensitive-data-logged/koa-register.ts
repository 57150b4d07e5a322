import Koa from "koa";
import Router from "@koa/router";
import winston from "winston";

const log = winston.createLogger({ transports: [new winston.transports.Console()] });
const app = new Koa();
const router = new Router();

router.post("/register", async (ctx) => {
  // expect: sensitive-data-logged
  log.info("registration", { body: ctx.request.body });
  // ok: sensitive-data-logged -- the user id is not sensitive
  log.info("registered", { userId: 42 });
  ctx.status = 201;
});

app.use(router.routes());
