import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../lib/db";

// Behind a secret setting too, but nothing in the project sends it: whoever was handed the key is an outside client.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  if (req.headers["x-api-key"] !== process.env.PARTNER_API_KEY) {
    return res.status(401).json({ message: "Unauthorized" });
  }
  // expect: missing-input-validation
  const { shelfId, reason } = req.body;
  await db.shelf.update({ where: { shelfId }, data: { archived: true, reason } });
  res.status(200).json({ archived: true });
}
