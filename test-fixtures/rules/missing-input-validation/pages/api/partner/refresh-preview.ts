import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../lib/db";

// A partner's own key, looked up in storage: any partner can call this with a body of its choosing.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const sentKey = req.headers["x-partner-key"] as string | undefined;
  const partner = await db.partner.findFirst({ where: { apiKey: sentKey } });
  if (!partner) {
    res.status(401).json({ message: "Unauthorized" });
    return;
  }
  // expect: missing-input-validation
  const { articleId, width } = req.body as { articleId: string; width: number };
  await db.article.update({ where: { id: articleId }, data: { previewWidth: width } });
  res.json({ queued: true });
}
