import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import { verifyAccessToken } from "./tokens";

export const withCaller = createMiddleware(async (c, next) => {
  const header = c.req.header("Authorization");
  const caller = header ? await verifyAccessToken(header.replace("Bearer ", "")) : undefined;
  if (!caller) throw new HTTPException(401, { message: "unauthorized" });
  c.set("caller" as never, caller as never);
  await next();
});
