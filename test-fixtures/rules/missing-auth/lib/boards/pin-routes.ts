import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { db } from "../db";

// Same dispatcher shape, but the PUT entry updates a row without asking who calls.
const pinRoutes = {
  "GET /": async (req: NextApiRequest, res: NextApiResponse) => {
    const session = await getServerSession(req, res, {});
    if (!session) return res.status(401).json({ error: "sign in first" });
    const { rows } = await db.query("select * from pins where board_id = $1", [req.query.boardId]);
    return res.json(rows);
  },
  "PUT /[pinId]": async (req: NextApiRequest, res: NextApiResponse) => {
    await db.query("update pins set seen = true where id = $1", [req.query.pinId]);
    return res.status(204).end();
  },
};

export async function dispatchPins(req: NextApiRequest, res: NextApiResponse) {
  const run = pinRoutes[`${req.method} ${req.query.pinId ? "/[pinId]" : "/"}` as keyof typeof pinRoutes];
  if (!run) return res.status(404).end();
  return run(req, res);
}
