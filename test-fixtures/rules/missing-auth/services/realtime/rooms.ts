import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const rooms = {
  history: async (roomId: string) => (await pool.query("select text, sent_at from messages where room_id = $1 limit 50", [roomId])).rows,
};
