import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../lib/db";

// ok: missing-input-validation -- only the app's own background worker holds the key the server keeps in its settings, and it built the body
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const bearer = req.headers.authorization?.replace("Bearer ", "");
  if (bearer !== process.env.JOBS_API_KEY) {
    res.status(401).json({ message: "Unauthorized" });
    return;
  }
  const { articleId, width } = req.body as { articleId: string; width: number };
  await db.article.update({ where: { id: articleId }, data: { previewWidth: width } });
  res.json({ queued: true });
}
