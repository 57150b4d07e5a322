import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const users = {
  async signIn(email: string, password: string) {
    const { rows } = await pool.query("select token_for($1, $2) as token", [email, password]);
    return rows[0]?.token as string | undefined;
  },
  create: (email: string, password: string) => pool.query("select create_user($1, $2)", [email, password]),
  sendResetLink: (email: string) => pool.query("select send_reset_link($1)", [email]),
  setAvatar: (id: string, url: string) => pool.query("update users set avatar_url = $2 where id = $1", [id, url]),
  acceptInvitation: (code: string) => pool.query("select accept_invitation($1)", [code]),
  update: (id: string, changes: { name?: string }) => pool.query("update users set name = $2 where id = $1", [id, changes.name]),
  isResetCodeValid: async (code: string) => (await pool.query("select reset_code_valid($1) as valid", [code])).rows[0]?.valid === true,
  restoreBackup: (id: string) => pool.query("select restore_backup($1)", [id]),
  remove: (id: string) => pool.query("delete from users where id = $1", [id]),
  revokeSession: (id: string, sessionId: string) => pool.query("delete from sessions where user_id = $1 and id = $2", [id, sessionId]),
};
