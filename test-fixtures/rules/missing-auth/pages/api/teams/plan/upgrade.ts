import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { callerAddress } from "../../../../lib/caller-address";
import { db } from "../../../../lib/db";
import { guestThrottle } from "../../../../lib/throttle";

export default async function upgradePlan(req: NextApiRequest, res: NextApiResponse) {
  // ok: missing-auth -- reading the caller's address and counting it against a limit come before the session check, which refuses before any change
  if (req.method === "POST") {
    const address = callerAddress(req.headers);
    const { success } = await guestThrottle.limit(address);
    if (!success) return res.status(429).end("Slow down");
    const session = await getServerSession(req, res, {});
    if (!session) return res.status(401).end("Unauthorized");
    await db.query("update teams set plan = $1 where id = $2", [req.body.plan, req.query.teamId]);
    return res.status(204).end();
  }
  return res.status(405).end();
}
