import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../lib/db";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  // expect: missing-input-validation
  const feedback = await db.feedback.create({ data: { message: req.body.message, score: Number(req.body.score) } });
  res.status(201).json(feedback);
}
