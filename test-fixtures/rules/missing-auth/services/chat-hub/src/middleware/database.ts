import { createMiddleware } from "hono/factory";

export const withDatabase = createMiddleware(async (c, next) => {
  c.set("db" as never, {} as never);
  await next();
});
