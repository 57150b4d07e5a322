import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../db";

// Called only by the nightly reindex task, from the worker, with the secret the server holds.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const key = req.headers.authorization?.split(" ")[1];
  if (key !== process.env.WORKER_SHARED_SECRET) {
    return res.status(401).json({ message: "Unauthorized" });
  }
  try {
    await db.query("refresh materialized view note_index");
    res.status(200).json({ done: true });
  } catch (error) {
    // ok: error-detail-leak -- the answer goes back to the project's own task, which only logs it
    res.status(500).json({ message: (error as Error).message });
  }
}
