import type { NextApiRequest, NextApiResponse } from "next";
import { s } from "@sapphire/shapeshift";
import { db } from "../../../lib/db";

const orderField = s.enum("takenAt", "title", "views");
const direction = s.enum("asc", "desc");

// ok: missing-input-validation -- the paging number is checked, and each sort field by a shapeshift schema whose failure is refused
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { page, ...sorting } = req.query as { page?: string; sort?: string; dir?: string };
  if (!page || isNaN(Number(page))) return res.status(400).json({ error: "page must be a number" });
  const field = orderField.run(sorting.sort || "takenAt");
  if (!field.isOk()) return res.status(400).json({ error: "unknown sort field" });
  const order = direction.run(sorting.dir || "desc");
  if (!order.isOk()) return res.status(400).json({ error: "unknown direction" });
  const photos = await db.article.findMany({ orderBy: { [field.value]: order.value }, skip: (Number(page) - 1) * 20, take: 20 });
  return res.json(photos);
}
