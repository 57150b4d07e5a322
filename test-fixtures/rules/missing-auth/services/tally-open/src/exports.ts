// One open write in a file of its own is reported as itself, as in any package.
import { Router } from "express";
import { Pool } from "pg";

const db = new Pool({ connectionString: process.env.DATABASE_URL });
const exportsRouter = Router();

// expect: missing-auth
exportsRouter.post("/", async (_req, res) => {
  const { rows } = await db.query("insert into export_jobs default values returning id");
  res.status(202).json(rows[0]);
});

export default exportsRouter;
