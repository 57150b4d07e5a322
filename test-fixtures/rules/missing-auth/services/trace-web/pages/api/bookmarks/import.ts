import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "../../../lib/db";

// Values destructured from the request are reads too: joining them does not end the search for the bearer check.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // ok: missing-auth -- the bearer key is checked after the path segments are read and joined
  if (req.method !== "POST") return res.status(405).end();
  const { segments } = req.query;
  const target = Array.isArray(segments) ? segments.join("/") : segments;
  if (!target) return res.status(400).json({ error: "no target" });
  const key = await db.apiKeys.find(String(req.headers.authorization ?? "").replace(/^Bearer /, ""));
  if (!key) return res.status(401).json({ error: "unknown key" });
  await db.bookmarks.rename(key.projectId, target);
  return res.status(204).end();
}
