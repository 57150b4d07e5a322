import type { MiddlewareHandler } from "hono";

const withRequestId: MiddlewareHandler = async (c, next) => {
  c.header("x-request-id", crypto.randomUUID());
  await next();
};

const withSession: MiddlewareHandler = async (c, next) => {
  if (!c.req.header("authorization")) return c.json({ error: "unauthorized" }, 401);
  await next();
};

// Two stacks the routers choose from: one for anyone, one for signed-in kiosk operators.
export const openMiddleware: MiddlewareHandler[] = [withRequestId];
export const publicMiddleware: MiddlewareHandler[] = [withRequestId];
export const operatorMiddleware: MiddlewareHandler[] = [withRequestId, withSession];
