import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../db";

// A user's own key, looked up per account: any signed-up user reads the error.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const owner = await db.query("select id from accounts where api_key = $1", [req.headers.authorization]);
  if (owner.rows.length === 0) {
    res.status(401).json({ message: "Unauthorized" });
    return;
  }
  if (req.query.kind !== process.env.DEFAULT_PREVIEW_KIND) {
    res.status(400).json({ message: "Unsupported preview" });
    return;
  }
  try {
    res.json(await db.query("select body from digests where owner = $1", [owner.rows[0].id]));
  } catch (error) {
    // expect: error-detail-leak
    res.status(500).json({ message: (error as Error).message });
  }
}
