import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { sessionOptions } from "../../../lib/viewer";
import { db } from "../../../lib/db";

// A check in one method's branch says nothing about the others.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    // ok: missing-auth -- both methods share the clause that checks the session first
    case "PUT":
    case "PATCH": {
      const session = await getServerSession(req, res, sessionOptions);
      if (!session) return res.status(401).end();
      await db.bookmarks.share(session.user.id, String(req.query.id));
      return res.status(204).end();
    }
    // expect: missing-auth
    case "DELETE":
      await db.bookmarks.unshare(String(req.query.id));
      return res.status(204).end();
    default:
      return res.status(405).end();
  }
}
