import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../../lib/db";

// The folder segment is a path value; `sort` is a free-form query value the client chooses, handed to the store as it is.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const lines = await db.invoiceLine.findMany({
    where: { invoiceId: req.query.invoiceId as string },
    // expect: missing-input-validation
    orderBy: req.query.sort,
  });
  res.json(lines);
}
