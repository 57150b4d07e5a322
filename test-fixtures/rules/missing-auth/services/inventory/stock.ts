import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const stock = {
  get: async (sku: string) => (await pool.query("select sku, quantity from stock where sku = $1", [sku])).rows[0],
  adjust: (sku: string, delta: number) => pool.query("update stock set quantity = quantity + $2 where sku = $1", [sku, delta]),
  replace: (sku: string, item: { quantity: number }) => pool.query("update stock set quantity = $2 where sku = $1", [sku, item.quantity]),
  remove: (sku: string) => pool.query("delete from stock where sku = $1", [sku]),
};
