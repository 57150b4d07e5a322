import Koa from "koa";
import Router from "@koa/router";

const app = new Koa();
const router = new Router();

router.post("/login", (ctx) => {
  // expect: insecure-cookie
  ctx.cookies.set("sessionId", "abc", { signed: true, secure: process.env.NODE_ENV === "production", sameSite: "lax" });
  // ok: insecure-cookie -- Koa cookies are httpOnly by default; secure and sameSite are set
  ctx.cookies.set("jwt", "abc", { secure: true, sameSite: "lax" });
  // ok: insecure-cookie -- a preference, not a credential
  ctx.cookies.set("locale", "de");
  ctx.body = { ok: true };
});

app.use(router.routes());
app.listen(3000);
