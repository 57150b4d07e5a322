import Koa from "koa";
import Router from "@koa/router";

const app = new Koa();
const router = new Router();

router.post("/login", (ctx) => {
  // expect: insecure-cookie
  ctx.cookies.set("sessionId", "abc", { signed: true });
  // ok: insecure-cookie -- Koa cookies are httpOnly by default; secure and sameSite are set
  ctx.cookies.set("jwt", "abc", { secure: true, sameSite: "lax" });
  // ok: insecure-cookie -- a preference, not a credential
  ctx.cookies.set("locale", "de");
  // ok: insecure-cookie -- Koa adds Secure by itself when the request came over HTTPS, and HttpOnly by default
  ctx.cookies.set("refreshToken", "def", { sameSite: "strict" });
  // expect: insecure-cookie
  ctx.cookies.set("accessToken", "ghi", { secure: false, sameSite: "lax" });
  ctx.body = { ok: true };
});

router.post("/logout", (ctx) => {
  // ok: insecure-cookie -- an empty value clears the cookie; nothing is carried
  ctx.cookies.set("accessToken", "", { httpOnly: false, expires: new Date(0) });
  // ok: insecure-cookie -- Koa deletes a cookie set to null: no value, so no flag protects anything
  ctx.cookies.set("sessionId", null);
  ctx.body = { ok: true };
});

router.post("/switch-workspace", (ctx) => {
  const workspaces = encodeURIComponent(JSON.stringify({ w1: { title: "Docs", icon: "/w1.png" } }));
  // ok: insecure-cookie -- a serialised list of workspaces for the switcher UI, read by scripts on purpose; no token in it
  ctx.cookies.set("sessions", workspaces, { httpOnly: false, sameSite: "lax" });
  ctx.body = { ok: true };
});

app.use(router.routes());
app.listen(3000);
