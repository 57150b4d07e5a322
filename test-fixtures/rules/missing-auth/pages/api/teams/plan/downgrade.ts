import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { logCallerVisit } from "../../../../lib/caller-address";
import { db } from "../../../../lib/db";

export default async function downgradePlan(req: NextApiRequest, res: NextApiResponse) {
  // An awaited call comes before the session check: it may write (it does), so the search ends there.
  // expect: missing-auth
  if (req.method === "POST") {
    await logCallerVisit(req.headers);
    const session = await getServerSession(req, res, {});
    if (!session) return res.status(401).end("Unauthorized");
    await db.query("update teams set plan = $1 where id = $2", [req.body.plan, req.query.teamId]);
    return res.status(204).end();
  }
  return res.status(405).end();
}
