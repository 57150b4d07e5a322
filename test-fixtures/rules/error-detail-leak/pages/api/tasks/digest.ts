import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../db";

// Called only by the install's own scheduler, which sends the key the deployment is configured with.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const presented = req.headers.authorization?.replace("Bearer ", "");
  if (!presented || presented !== process.env.SCHEDULER_KEY) {
    res.status(401).json({ message: "Unauthorized" });
    return;
  }
  try {
    await db.query("update digests set sent_at = now() where due_at < now()");
    res.json({ ok: true });
  } catch (error) {
    // ok: error-detail-leak -- only a holder of the deployment's own key gets this far
    res.status(500).json({ message: (error as Error).message });
  }
}
