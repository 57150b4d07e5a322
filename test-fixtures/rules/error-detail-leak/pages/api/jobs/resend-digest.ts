import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../db";

// Any signed-in member may ask for a resend: the answer reaches a person's browser.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!req.headers.cookie?.includes("session=")) {
    return res.status(401).json({ error: "unauthorized" });
  }
  try {
    await db.query("select send_digest($1)", [String(req.body.teamId)]);
    return res.status(200).json({ sent: true });
  } catch (error) {
    // expect: error-detail-leak
    return res.status(500).json({ error: (error as Error).message });
  }
}
