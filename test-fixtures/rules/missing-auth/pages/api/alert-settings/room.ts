import type { NextApiRequest, NextApiResponse } from "next";
import { openAlertLink } from "../../../lib/alert-link";
import { db } from "../../../lib/db";

// The alert e-mail links here with a JWT signed for the watcher; the helper answers null unless our key signed it.
// ok: missing-auth -- the link's token is verified in another module and a null answer is refused before the change
export default async function roomAlerts(req: NextApiRequest, res: NextApiResponse) {
  const { token } = req.query as { token: string };
  const link = openAlertLink(token);
  if (!link) return res.status(400).json({ message: "invalid or expired link" });
  await db.query("update room_alerts set muted = true where watcher_id = $1 and room_id = $2", [link.watcherId, link.roomId]);
  return res.status(204).end();
}
