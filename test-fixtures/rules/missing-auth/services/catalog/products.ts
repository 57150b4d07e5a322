import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const products = {
  list: async () => (await pool.query("select id, name, price_cents from products")).rows,
  create: async (product: { name: string; priceCents: number }) =>
    (await pool.query("insert into products (name, price_cents) values ($1, $2) returning id", [product.name, product.priceCents])).rows[0],
  update: async (id: string, product: { name: string }) => (await pool.query("update products set name = $2 where id = $1 returning id", [id, product.name])).rows[0],
  remove: (id: string) => pool.query("delete from products where id = $1", [id]),
  reindexStatus: async () => (await pool.query("select * from reindex_runs order by started_at desc limit 1")).rows[0],
};
