import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { db } from "../db";

// Its GET branch checks the session, its DELETE branch does not.
export default async function seatHandler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === "GET") {
    const session = await getServerSession(req, res, {});
    if (!session) return res.status(401).end("Unauthorized");
    const { rows } = await db.query("select * from seats where team_id = $1", [req.query.teamId]);
    return res.json(rows);
  } else if (req.method === "DELETE") {
    await db.query("delete from seats where id = $1", [req.query.seatId]);
    return res.status(204).end();
  }
  return res.status(405).end();
}
