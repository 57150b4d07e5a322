import type { NextApiRequest, NextApiResponse } from "next";
import { corsMiddleware, runMiddleware } from "../../../lib/middleware";
import { db } from "../../../lib/db";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await runMiddleware(req, res, corsMiddleware);
  // expect: missing-auth
  if (req.method !== "POST") return res.status(405).json({ message: "method not allowed" });
  return res.status(201).json(await db.notes.add(req.body));
}
