import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { db } from "../../../lib/db";

const unflagBody = z.object({ shelfId: z.string() });

// One name is used before the schema runs: that use sees the body as the client sent it.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  // expect: missing-input-validation
  const { shelfId, note } = req.body;
  await db.audit.create({ data: { note } });
  const checked = unflagBody.safeParse(req.body);
  if (!checked.success) return res.status(400).json({ message: "Invalid request" });
  await db.flag.delete({ where: { shelfId } });
  res.status(204).end();
}
