import type { NextApiRequest, NextApiResponse } from "next";
import { openAlertLinkOrMark } from "../../../lib/alert-link";
import { db } from "../../../lib/db";

// A broken link comes back as `{ broken: true }`, which is truthy: the refusal below never fires for it.
// expect: missing-auth
export default async function folderAlerts(req: NextApiRequest, res: NextApiResponse) {
  const { token } = req.query as { token: string };
  const link = openAlertLinkOrMark(token);
  if (!link) return res.status(400).json({ message: "invalid or expired link" });
  await db.query("update folder_alerts set muted = true where watcher = $1", [JSON.stringify(link)]);
  return res.status(204).end();
}
