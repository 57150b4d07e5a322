import { cookies } from "next/headers";
import { db } from "./db";

/** The signed-in user for the session cookie, or null. */
export async function currentUser() {
  const sessionId = (await cookies()).get("sid")?.value;
  if (!sessionId) return null;
  const { rows } = await db.query("select user_id as id from sessions where id = $1 and expires_at > now()", [sessionId]);
  return (rows[0] as { id: string } | undefined) ?? null;
}
