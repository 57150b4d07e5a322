import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { db } from "../../db";

const renameBody = z.object({ title: z.string().min(1) });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const { title } = renameBody.parse(req.body);
    res.json(await db.query("update shelves set title = $1", [title]));
  } catch (error) {
    if (error instanceof z.ZodError) {
      // ok: error-detail-leak -- the namespace-qualified class is the schema's own error, written for the client
      return res.status(400).json({ error: error.message });
    }
    // expect: error-detail-leak
    return res.status(500).json({ error: (error as Error).message });
  }
}
