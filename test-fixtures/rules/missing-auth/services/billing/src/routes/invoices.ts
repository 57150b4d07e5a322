import { Router } from "express";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const invoicesRouter = Router();

export async function markInvoicePaid(stripeInvoiceId: string) {
  await pool.query("update invoices set paid_at = now() where stripe_id = $1", [stripeInvoiceId]);
}

// ok: missing-auth -- app.ts mounts this router behind mustHaveSession
invoicesRouter.post("/", async (req, res) => {
  const { rows } = await pool.query("insert into invoices (customer_id) values ($1) returning id", [res.locals.session.userId]);
  res.status(201).json(rows[0]);
});

// ok: missing-auth -- guarded through the mount in another file
invoicesRouter.delete("/:id", async (req, res) => {
  await pool.query("delete from invoices where id = $1 and customer_id = $2", [req.params.id, res.locals.session.userId]);
  res.sendStatus(204);
});
