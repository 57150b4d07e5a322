import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const sessions = {
  async find(id: string) {
    const { rows } = await pool.query("select user_id, expires_at from sessions where id = $1", [id]);
    return rows[0] ? { userId: rows[0].user_id as string, expiresAt: rows[0].expires_at as Date } : null;
  },
};
