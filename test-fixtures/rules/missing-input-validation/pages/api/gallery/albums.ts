import type { NextApiRequest, NextApiResponse } from "next";
import { s } from "@sapphire/shapeshift";
import { db } from "../../../lib/db";

const newAlbum = s.object({ title: s.string().lengthLessThanOrEqual(80), public: s.boolean() });

// ok: missing-input-validation -- the whole body is run through a shapeshift object schema, and a failure is refused
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const album = newAlbum.run(req.body);
  if (!album.isOk()) return res.status(400).json({ error: "invalid album" });
  await db.article.create({ data: album.value });
  return res.json({ ok: true });
}
