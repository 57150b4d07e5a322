import type { NextApiRequest } from "next";
import { db } from "./db";

type Outcome<T> = { isErr(): false; isOk(): true; value: T } | { isErr(): true; isOk(): false; error: { status: number; message: string } };

const success = <T>(value: T): Outcome<T> => ({ isErr: () => false, isOk: () => true, value });
const failure = (status: number, message: string): Outcome<never> => ({ isErr: () => true, isOk: () => false, error: { status, message } });

/** The member behind the request's session cookie, or a failure saying why not (401 without one, 403 when suspended). */
export async function memberOf(req: NextApiRequest): Promise<Outcome<{ id: string }>> {
  const sessionId = req.cookies.session;
  if (!sessionId) return failure(401, "sign in first");
  const { rows } = await db.query("select member_id as id, suspended from sessions where id = $1", [sessionId]);
  const row = rows[0] as { id: string; suspended: boolean } | undefined;
  if (!row) return failure(401, "session expired");
  if (row.suspended) return failure(403, "suspended");
  return success({ id: row.id });
}

/** The display theme asked for, or a failure when the name is unknown (no caller involved). */
export async function themeOf(req: NextApiRequest): Promise<Outcome<string>> {
  const theme = String(req.query.theme ?? "");
  return ["light", "dark"].includes(theme) ? success(theme) : failure(400, "unknown theme");
}
