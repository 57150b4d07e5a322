import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { sessionOptions } from "../../../lib/viewer";
import { db } from "../../../lib/db";

// Each method's branch opens with its own session check: the check guards the route of that method.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // ok: missing-auth -- the PUT branch refuses a request without a session before it writes
  if (req.method === "PUT") {
    const session = await getServerSession(req, res, sessionOptions);
    if (!session) return res.status(401).json({ error: "sign in first" });
    await db.bookmarks.rename(session.user.id, String(req.body?.title ?? ""));
    return res.status(204).end();
  // ok: missing-auth -- the DELETE branch does the same in a block
  } else if (req.method === "DELETE") {
    const session = await getServerSession(req, res, sessionOptions);
    if (!session) {
      res.status(401).json({ error: "sign in first" });
      return;
    }
    await db.bookmarks.clear(session.user.id);
    return res.status(204).end();
  }
  res.setHeader("Allow", "PUT, DELETE");
  return res.status(405).end();
}
