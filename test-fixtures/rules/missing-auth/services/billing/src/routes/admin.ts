import { Router } from "express";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const adminRouter = Router();

// expect: missing-auth
adminRouter.get("/revenue", async (_req, res) => {
  const { rows } = await pool.query("select date_trunc('month', paid_at) as month, sum(total_cents) from invoices group by 1");
  res.json(rows);
});
