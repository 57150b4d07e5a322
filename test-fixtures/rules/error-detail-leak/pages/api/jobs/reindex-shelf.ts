import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../db";

// Called only by the app's own background task, which sends the key the server keeps in its settings.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sent = req.headers.authorization?.split(" ")[1];
  if (sent !== process.env.JOBS_API_KEY) {
    return res.status(401).json({ message: "Unauthorized" });
  }
  try {
    res.json(await db.query("update shelves set indexed = true where id = $1", [req.body.shelfId]));
  } catch (error) {
    // ok: error-detail-leak -- the answer goes back to the project's own job, the only holder of the server's key
    return res.status(500).json({ error: (error as Error).message });
  }
}
