import type { Context, Next } from "koa";
import { sessions } from "./sessions";

/** The wiki's own guard: it reads the session cookie and refuses the request without one. */
export function memberOnly() {
  return async (ctx: Context, next: Next) => {
    const session = await sessions.lookup(ctx.cookies.get("wiki_session") ?? "");
    if (!session) ctx.throw(401, "sign in first");
    ctx.state.member = session.memberId;
    await next();
  };
}
