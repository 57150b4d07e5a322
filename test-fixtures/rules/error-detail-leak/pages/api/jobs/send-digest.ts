import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../db";

// Called only by the scheduler, which holds the internal key and keeps the answer in its run log.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.headers.authorization !== `Bearer ${process.env.INTERNAL_JOBS_KEY}`) {
    return res.status(401).json({ error: "unauthorized" });
  }
  try {
    await db.query("select send_digest($1)", [String(req.body.teamId)]);
    return res.status(200).json({ sent: true });
  } catch (error) {
    // ok: error-detail-leak -- only the scheduler reaches this answer, behind the internal key
    return res.status(500).json({ error: (error as Error).message });
  }
}
