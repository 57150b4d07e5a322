import type { Context, Next } from "koa";
import { sessions } from "./sessions";

export async function authenticate(ctx: Context, next: Next) {
  // expect: fail-open-auth
  const token = ctx.cookies.get("session");
  try {
    ctx.state.user = await sessions.verify(token);
    // expect: fail-open-auth
  } catch {
    ctx.throw(401, "Unauthorized");
  }
  if (!ctx.state.user) ctx.throw(401);
  await next();
}

export async function authenticateStrict(ctx: Context, next: Next) {
  const token = ctx.cookies.get("session");
  try {
    ctx.state.user = await sessions.verify(token);
    // ok: fail-open-auth -- the catch rejects
  } catch {
    ctx.throw(401, "Invalid session");
  }
  await next();
}
