import { Router } from "express";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const exportsRouter = Router();

// ok: missing-auth -- a read outside the sensitive prefixes
exportsRouter.get("/formats", (_req, res) => res.json(["csv", "xlsx"]));

// expect: missing-auth
exportsRouter.post("/", async (req, res) => {
  const { rows } = await pool.query("insert into export_jobs (format) values ($1) returning id", [req.body.format]);
  res.status(202).json(rows[0]);
});
