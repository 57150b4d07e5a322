import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../lib/db";

// ok: missing-input-validation -- GET paging values converted with parseInt and a fallback
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET") return res.status(405).end();
  const page = parseInt(String(req.query.page ?? "1"), 10);
  const results = await db.article.findMany({ skip: (page - 1) * 10, take: 10 });
  res.json(results);
}
