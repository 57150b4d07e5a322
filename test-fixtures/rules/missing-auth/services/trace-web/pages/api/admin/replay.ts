import type { NextApiRequest, NextApiResponse } from "next";
import { OperatorGate } from "../../../lib/operator-gate";
import { db } from "../../../lib/db";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // ok: missing-auth -- OperatorGate.check answers 401 itself and the handler leaves when it says no
  if (req.method !== "POST") return res.status(405).json({ error: "method not allowed" });
  if (!OperatorGate.check(req, res)) return;
  res.status(200).json({ replayed: await db.events.replay(req.body) });
}
