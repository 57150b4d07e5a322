import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const members = {
  async byEmail(email: string) {
    const { rows } = await pool.query("select id, password_hash as \"passwordHash\" from members where email = $1", [email]);
    return rows[0] as { id: string; passwordHash: string } | undefined;
  },
  async upsertFromMediaServer(account: { id: string; name: string }) {
    const { rows } = await pool.query("insert into members (media_id, name) values ($1, $2) on conflict (media_id) do update set name = $2 returning id", [account.id, account.name]);
    return rows[0] as { id: string };
  },
  async storeVaultPassword(memberId: string, password: string) {
    await pool.query("update members set vault_password = $2 where id = $1", [memberId, password]);
  },
};
