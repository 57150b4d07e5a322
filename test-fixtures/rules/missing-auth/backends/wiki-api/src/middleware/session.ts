import type { Context, Next } from "koa";

type SessionOptions = { allowGuests?: boolean };

/**
 * A middleware factory whose options are all optional: `requireSession()` makes the strict middleware every signed-in
 * route of this package uses; a scaffolded bearer-token guard beside it would be a second login its clients never use.
 */
export function requireSession(options: SessionOptions = {}) {
  return async (ctx: Context, next: Next) => {
    if (!ctx.state.member && !options.allowGuests) {
      ctx.status = 401;
      return;
    }
    await next();
  };
}
