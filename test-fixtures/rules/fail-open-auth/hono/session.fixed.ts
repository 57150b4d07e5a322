import { createMiddleware } from "hono/factory";
import { verifySession } from "./session-store";

export const sessionGuard = createMiddleware(async (c, next) => {
  try {
    c.set("member", await verifySession(c.req.header("Authorization") ?? ""));
    // expect: fail-open-auth
  } catch (problem) {
    console.warn("session unreadable", problem);
    return next();
  }
  await next();
});
