import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { db } from "./db";

/** Puts the signed-in account on the context, or refuses the request. */
export async function requireAccount(c: Context): Promise<void> {
  const account = await db.sessions.find(c.req.header("authorization") ?? "");
  if (!account) throw new HTTPException(401, { message: "sign in first" });
  c.set("accountId", account.id);
}
