import type { Context, Next } from "koa";

/** Operators call the billing API with a bearer key; anything else is refused before a route runs. */
export async function requireOperatorKey(ctx: Context, next: Next) {
  const header = ctx.get("authorization");
  if (!header.startsWith("Bearer ") || header.slice(7) !== process.env.OPERATOR_KEY) ctx.throw(401);
  await next();
}
