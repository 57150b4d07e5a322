import Koa from "koa";
import Router from "@koa/router";
import { env } from "./env";

// ok: unvalidated-env -- the absence is handled before the non-null read
if (!process.env.SESSION_SECRET) throw new Error("SESSION_SECRET is required");
const app = new Koa();
app.keys = [process.env.SESSION_SECRET!];
const router = new Router();

router.get("/mail", async (ctx) => {
  // expect: unvalidated-env
  const smtpUrl = `smtp://${process.env["SMTP_HOST"]!}:25`;
  // expect: unvalidated-env
  const smtpPort = env.SMTP_PORT!;
  ctx.body = { smtpUrl, smtpPort };
});

app.use(router.routes());
