import type { Context, Next } from "koa";
import { sessions } from "./sessions";

export async function authenticate(ctx: Context, next: Next) {
  // expect: fail-open-auth
  const token = ctx.cookies.get("session");
  try {
    ctx.state.user = await sessions.verify(token);
    // expect: fail-open-auth
  } catch {
    await next();
    return;
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

declare const directory: { verifyPassword(name: string, password: string): Promise<boolean> };

export class AccountController {
  static async signIn(ctx: Context) {
    const { name, password } = ctx.request.body as { name: string; password: string };
    let verified = false;
    try {
      verified = await directory.verifyPassword(name, password);
      // ok: fail-open-auth -- Koa answers by assignment: the failure body is the reply, and the return leaves before any session is issued
    } catch (error) {
      ctx.body = { success: false, message: "directory unavailable" };
      return;
    }
    if (!verified) {
      ctx.status = 401;
      return;
    }
    ctx.body = { session: await sessions.verify(name) };
  }
}

export async function directoryGate(ctx: Context, next: Next) {
  try {
    await directory.verifyPassword(ctx.get("x-user"), ctx.get("x-password"));
    // expect: fail-open-auth
  } catch {
    ctx.status = 503;
    await next();
    return;
  }
  await next();
}
