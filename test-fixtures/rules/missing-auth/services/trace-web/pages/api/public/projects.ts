import type { NextApiRequest, NextApiResponse } from "next";
import { corsMiddleware, runMiddleware } from "../../../lib/middleware";
import { KeyService } from "../../../lib/keys";
import { db } from "../../../lib/db";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await runMiddleware(req, res, corsMiddleware);
  // ok: missing-auth -- CORS runs first, then the key is checked before any write
  if (req.method !== "POST") return res.status(405).json({ message: "method not allowed" });
  const check = await new KeyService().verifyHeader(req.headers.authorization);
  if (!check.valid) return res.status(401).json({ message: "invalid key" });
  return res.status(201).json(await db.metrics.add(check.projectId!, req.body));
}
