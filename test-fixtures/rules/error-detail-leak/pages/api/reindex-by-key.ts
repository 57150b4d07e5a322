import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../db";

// Each customer has a key of its own, stored with the account: any customer reads this answer.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sent = req.headers.authorization?.split(" ")[1];
  const account = await db.query("select id from accounts where api_key = $1", [sent]);
  if (!account) {
    return res.status(401).json({ message: "Unauthorized" });
  }
  try {
    res.json(await db.query("update shelves set indexed = true where id = $1", [req.body.shelfId]));
  } catch (error) {
    // expect: error-detail-leak
    return res.status(500).json({ error: (error as Error).message });
  }
}
