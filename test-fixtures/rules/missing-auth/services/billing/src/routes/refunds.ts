import { Router } from "express";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const refundsRouter = Router();

// expect: missing-auth
refundsRouter.post("/", async (req, res) => {
  const { rows } = await pool.query("insert into refunds (invoice_id, amount_cents) values ($1, $2) returning id", [
    req.body.invoiceId,
    req.body.amountCents,
  ]);
  res.status(201).json(rows[0]);
});

// expect: missing-auth
refundsRouter.patch("/:id/approve", async (req, res) => {
  await pool.query("update refunds set approved_at = now() where id = $1", [req.params.id]);
  res.sendStatus(204);
});
