import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../lib/db";

// Only the catalog task below calls this, from a background worker, with the jobs secret it shares with the server.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const sent = req.headers.authorization?.replace("Bearer ", "");
  if (sent !== process.env.JOBS_API_SECRET) {
    return res.status(401).json({ message: "Unauthorized" });
  }
  // ok: missing-input-validation -- the project's own task built this body and is the only caller holding the secret
  const { shelfId, pages } = req.body;
  await db.catalog.update({ where: { shelfId }, data: { pages } });
  res.status(200).json({ rebuilt: true });
}
