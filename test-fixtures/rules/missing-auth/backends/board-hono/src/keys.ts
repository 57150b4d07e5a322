import { bearerAuth } from "hono/bearer-auth";
import { every, some } from "hono/combine";
import { createMiddleware } from "hono/factory";
import { db } from "./db";

const knownKey = bearerAuth({ verifyToken: async (token) => (await db.sessions.find(token)) !== undefined });
const countCall = createMiddleware(async (c, next) => {
  await db.write("calls", c.req.path);
  await next();
});

/** The key check, then the call counter: `every` runs both in turn. */
export const keyAndCount = every(knownKey, countCall);
/** Either one passing is enough for `some`, and the counter always passes. */
export const keyOrCount = some(knownKey, countCall);
