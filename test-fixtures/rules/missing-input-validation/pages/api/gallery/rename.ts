import type { NextApiRequest, NextApiResponse } from "next";
import { s } from "@sapphire/shapeshift";
import { db } from "../../../lib/db";

const caption = s.string().lengthLessThanOrEqual(120);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // expect: missing-input-validation
  const body = req.body as { id: string; caption: string; album: unknown };
  // the caption is checked by its schema, but the album object goes into the write as sent
  const checked = caption.run(body.caption);
  if (!checked.isOk()) return res.status(400).json({ error: "caption too long" });
  await db.article.update({ where: { id: String(body.id) }, data: { caption: checked.value, album: body.album } });
  return res.json({ ok: true });
}
