// Starts a sync of one mirror: a real handler, and nothing checks who calls it.
import type { NextApiRequest, NextApiResponse } from "next";
import { findMirror } from "./lookup";

// expect: missing-auth
export default async function syncMirror(req: NextApiRequest, res: NextApiResponse) {
  const mirror = await findMirror(String(req.query.id));
  if (!mirror) return res.status(404).json({ error: "no such mirror" });
  await fetch(mirror.url, { method: "POST", signal: AbortSignal.timeout(5000) });
  return res.status(202).json({ started: true });
}
