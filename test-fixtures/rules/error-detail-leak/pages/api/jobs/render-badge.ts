import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../db";

// Behind the same secret, but the public badge route below calls it and hands its answer to the visitor.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const key = req.headers.authorization?.split(" ")[1];
  if (key !== process.env.WORKER_SHARED_SECRET) {
    return res.status(401).json({ message: "Unauthorized" });
  }
  try {
    res.status(200).json(await db.query("select * from badges limit 1"));
  } catch (error) {
    // expect: error-detail-leak
    res.status(500).json({ message: (error as Error).message });
  }
}
