import { db } from "./db";

/** The project an API key belongs to, or null. */
export async function projectForKey(key: string | undefined): Promise<{ id: string } | null> {
  if (!key) return null;
  const { rows } = await db.query("select project_id as id from api_keys where secret = $1", [key]);
  return (rows[0] as { id: string } | undefined) ?? null;
}
