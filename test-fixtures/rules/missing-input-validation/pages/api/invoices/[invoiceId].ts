import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../lib/db";

// ok: missing-input-validation -- `invoiceId` is the file's `[invoiceId]` segment: Next fills it from the path, like a path param
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const invoiceId = req.query.invoiceId as string;
  console.info(`loading invoice ${req.query.invoiceId}`);
  const invoice = await db.invoice.findUnique({ where: { id: invoiceId } });
  if (!invoice) return res.status(404).end();
  res.json(invoice);
}
