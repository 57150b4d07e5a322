import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { db } from "../db";

// Shared by the Pages route that re-exports it: it serves GET and PATCH only, and each branch checks the session first.
export default async function quotaHandler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === "GET") {
    const session = await getServerSession(req, res, {});
    if (!session) return res.status(401).end("Unauthorized");
    const { rows } = await db.query("select * from quotas where team_id = $1", [req.query.teamId]);
    return res.json(rows[0]);
  } else if (req.method === "PATCH") {
    const session = await getServerSession(req, res, {});
    if (!session) return res.status(401).end("Unauthorized");
    await db.query("update quotas set seats = $1 where team_id = $2", [req.body.seats, req.query.teamId]);
    return res.status(204).end();
  }
  res.setHeader("Allow", ["GET", "PATCH"]);
  return res.status(405).end();
}
