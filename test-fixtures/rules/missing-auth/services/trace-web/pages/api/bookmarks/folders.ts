import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { sessionOptions } from "../../../lib/viewer";
import { db } from "../../../lib/db";

// Each method is served by a function of this file handed the request and the response; the method is read once.
async function createFolder(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, sessionOptions);
  if (!session) return res.status(401).json({ error: "sign in first" });
  await db.bookmarks.share(session.user.id, String(req.body?.name ?? ""));
  return res.status(201).end();
}

async function dropFolder(req: NextApiRequest, res: NextApiResponse) {
  await db.bookmarks.unshare(String(req.query.id));
  return res.status(204).end();
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { method } = req;
  switch (method) {
    // ok: missing-auth -- the function serving POST checks the session before it writes
    case "POST":
      await createFolder(req, res);
      break;
    // expect: missing-auth
    case "DELETE":
      await dropFolder(req, res);
      break;
    default:
      return res.status(405).end();
  }
}
