import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { db } from "../../../lib/db";

const photoUpload = z.object({ albumId: z.string().uuid(), fileName: z.string().max(200), takenAt: z.string().datetime() });

// A server-side key added before parsing: the copy of the body, with it, goes to the schema.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === "POST") {
    // ok: missing-input-validation -- the body, copied with the server's timestamp added, is exactly what the schema parses
    const parsed = await photoUpload.safeParseAsync({ ...req.body, takenAt: new Date().toISOString() });
    if (!parsed.success) return res.status(400).json({ error: "invalid photo" });
    return res.status(201).json(await db.photo.create({ data: parsed.data }));
  }
  res.status(405).end();
}
