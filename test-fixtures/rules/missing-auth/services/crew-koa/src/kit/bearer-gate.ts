import type { Context, Next } from "koa";

// Verifies the bearer token before anything mounted after it runs.
export function bearerGate() {
  return async (ctx: Context, next: Next) => {
    const token = ctx.get("authorization").replace(/^Bearer /, "");
    if (!token || token !== process.env.CREW_API_TOKEN) ctx.throw(401, "unauthorized");
    await next();
  };
}
