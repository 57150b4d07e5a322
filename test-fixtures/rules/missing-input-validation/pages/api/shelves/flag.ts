import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { db } from "../../../lib/db";

const flagBody = z.object({ shelfId: z.string(), reason: z.number().int().min(1).max(4) });

// The fields are named first, the schema checks the same body next, and no name is used before that check.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  // ok: missing-input-validation -- every destructured name is used only after flagBody checked req.body
  const { shelfId, reason } = req.body as { shelfId: string; reason: number };
  const checked = flagBody.safeParse(req.body);
  if (!checked.success) return res.status(400).json({ message: "Invalid request" });
  await db.flag.create({ data: { shelfId, reason } });
  res.status(201).end();
}
