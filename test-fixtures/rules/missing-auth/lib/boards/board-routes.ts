import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { db } from "../db";

// One function per "METHOD /path" key, each refusing a caller without a session before it touches the database.
const boardRoutes = {
  "GET /": async (req: NextApiRequest, res: NextApiResponse) => {
    const session = await getServerSession(req, res, {});
    if (!session) return res.status(401).json({ error: "sign in first" });
    const { rows } = await db.query("select * from boards where team_id = $1", [req.query.teamId]);
    return res.json(rows);
  },
  "DELETE /[boardId]": async (req: NextApiRequest, res: NextApiResponse) => {
    const session = await getServerSession(req, res, {});
    if (!session) return res.status(401).json({ error: "sign in first" });
    await db.query("delete from boards where id = $1", [req.query.boardId]);
    return res.status(204).end();
  },
};

// Picks the entry by method and path and runs it; nothing else it does leaves the process.
export async function dispatchBoards(req: NextApiRequest, res: NextApiResponse) {
  const key = `${req.method} ${req.query.boardId ? "/[boardId]" : "/"}`;
  const run = boardRoutes[key as keyof typeof boardRoutes];
  if (!run) return res.status(404).json({ error: "no such endpoint" });
  try {
    return await run(req, res);
  } catch (error) {
    console.error("board route failed", error);
    return res.status(500).json({ error: "failed" });
  }
}
