import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../lib/db";

// Behind the same jobs secret, but a public route below calls it while serving a visitor, with that visitor's input.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const sent = req.headers.authorization?.replace("Bearer ", "");
  if (sent !== process.env.JOBS_API_SECRET) {
    return res.status(401).json({ message: "Unauthorized" });
  }
  // expect: missing-input-validation
  const { labelText, copies } = req.body;
  await db.label.create({ data: { labelText, copies } });
  res.status(200).json({ printed: true });
}
