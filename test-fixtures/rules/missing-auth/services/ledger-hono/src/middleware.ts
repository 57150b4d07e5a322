import type { MiddlewareHandler } from "hono";

export const requireSession: MiddlewareHandler = async (c, next) => {
  const token = c.req.header("authorization");
  if (!token?.startsWith("Bearer ")) return c.json({ error: "unauthorized" }, 401);
  await next();
};

export const signedIn: MiddlewareHandler[] = [requireSession];
