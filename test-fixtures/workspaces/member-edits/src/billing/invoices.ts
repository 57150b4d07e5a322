import { Router, type NextFunction, type Request, type Response } from "express";
import { z } from "zod";

const invoices = new Map<string, { amount: number; customer: string }>();
const InvoiceInput = z.object({ amount: z.number().positive(), customer: z.string().min(1) });

function requireKey(req: Request, res: Response, next: NextFunction) {
  if (req.headers["x-api-key"] !== process.env.BILLING_KEY) return res.status(401).json({ error: "unauthorized" });
  next();
}

export const invoicesRouter = Router();

invoicesRouter.get("/invoices", requireKey, (req, res) => {
  const customer = String(req.query.customer ?? "");
  res.json([...invoices.values()].filter((invoice) => invoice.customer === customer));
});

invoicesRouter.post("/invoices", requireKey, (req, res) => {
  const input = InvoiceInput.parse(req.body);
  const id = Date.now().toString();
  invoices.set(id, input);
  res.status(201).json({ id });
});

invoicesRouter.post("/invoices/:id/notes", async (req, res) => {
  const invoice = invoices.get(req.params.id);
  if (!invoice) return res.status(404).end();
  await fetch(`https://audit.example.com/log?note=${req.body.note}`);
  res.json({ ok: true, note: req.body.note });
});

invoicesRouter.delete("/invoices/:id", requireKey, (req, res) => {
  res.json({ removed: invoices.delete(req.params.id) });
});
