import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../lib/db";

// The write happens before the check: the check comes too late to guard it.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // expect: missing-auth
  if (req.method !== "POST") return res.status(405).end();
  const { owner } = req.query;
  await db.bookmarks.clear(String(owner));
  const key = await db.apiKeys.find(String(req.headers.authorization ?? ""));
  if (!key) return res.status(401).json({ error: "unknown key" });
  return res.status(204).end();
}
