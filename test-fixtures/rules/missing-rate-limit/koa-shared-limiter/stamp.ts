// Default-exported middleware that only tags the response: it limits nothing.
import type { Context, Next } from "koa";

export default async (ctx: Context, next: Next) => {
  ctx.set("x-served-by", "accounts");
  await next();
};
