import type { NextApiRequest, NextApiResponse } from "next";
import { Tally } from "../../../lib/operator-gate";
import { db } from "../../../lib/db";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // expect: missing-auth
  if (req.method !== "POST") return res.status(405).json({ error: "method not allowed" });
  if (!Tally.record(req, res)) return;
  res.status(200).json({ purged: await db.events.purge() });
}
