import { db } from "./db";

/** The guest pass a visitor's cookie names, if it is still valid. */
export async function readGuestPass(cookieHeader: string | undefined) {
  const id = /guest_pass=([\w-]+)/.exec(cookieHeader ?? "")?.[1];
  if (!id) return null;
  const { rows } = await db.query("select id from guest_passes where id = $1 and expires_at > now()", [id]);
  return rows[0] ?? null;
}
