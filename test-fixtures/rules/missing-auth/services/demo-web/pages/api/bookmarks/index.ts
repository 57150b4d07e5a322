import type { NextApiRequest, NextApiResponse } from "next";
import { sessionUser } from "../../../lib/session-user";

const saved: Array<{ owner: string; url: string }> = [];

// ok: missing-auth -- sessionUser is handed the request and the response in one object, answers 401 itself, and the handler leaves on null
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await sessionUser({ req, res });
  if (!user) return;
  saved.push({ owner: user.id, url: String(req.body.url) });
  res.status(201).json({ saved: saved.length });
}
