import Router from "@koa/router";
import type { Context, Next } from "koa";
import { decodeJwt, jwtVerify } from "jose";
import { accounts } from "./accounts";

export async function loadAccount(ctx: Context, next: Next) {
  const token = ctx.cookies.get("session") ?? "";
  // expect: unverified-jwt
  const { sub } = decodeJwt(token);
  ctx.state.account = await accounts.findById(String(sub));
  await next();
}

export async function loadVerifiedAccount(ctx: Context, next: Next) {
  const token = ctx.cookies.get("session") ?? "";
  // ok: unverified-jwt -- jose jwtVerify checks the signature
  const { payload } = await jwtVerify(token, new TextEncoder().encode(process.env.SESSION_SECRET));
  ctx.state.account = await accounts.findById(String(payload.sub));
  await next();
}

export async function loadAccountWithEmptyKey(ctx: Context, next: Next) {
  const token = ctx.cookies.get("session") ?? "";
  // expect: unverified-jwt
  const { payload } = await jwtVerify(token, new TextEncoder().encode(""));
  ctx.state.account = await accounts.findById(String(payload.sub));
  await next();
}

const router = new Router();

router.get("/account", loadAccount, async (ctx) => {
  ctx.body = ctx.state.account;
});
router.get("/account/verified", loadVerifiedAccount, async (ctx) => {
  ctx.body = ctx.state.account;
});
router.get("/account/legacy", loadAccountWithEmptyKey, async (ctx) => {
  ctx.body = ctx.state.account;
});

export default router;
