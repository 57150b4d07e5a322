import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { sessions } from "./sessions-store";

export async function requireSession(c: Context) {
  const session = await sessions.read(c.req.header("cookie") ?? "");
  if (!session) throw new HTTPException(401, { message: "Sign in first" });
  return session;
}
