import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";

/** Lets a request through only when the session layer put a user on the context. */
export const requireMember = createMiddleware<{ Variables: { user?: { id: string } } }>(async (c, next) => {
  if (!c.var.user) throw new HTTPException(401, { message: "sign in first" });
  await next();
});
