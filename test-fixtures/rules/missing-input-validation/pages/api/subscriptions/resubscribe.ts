// Resubscribe: the body is tested for being text, but the search runs whatever it is.
import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../lib/db";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const isText = typeof req.body === "string";
  // expect: missing-input-validation
  const topic = req.body.includes("all") ? "all" : "news";
  await db.subscription.updateMany({ where: { topic }, data: { active: isText } });
  res.status(204).end();
}
