import type { NextApiRequest, NextApiResponse } from "next";
import { getCurrentUser, getTokenPayload } from "./lib-auth";

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = getCurrentUser(req);
  if (!user) return res.status(401).end();
  res.json({ user, claims: getTokenPayload(String(req.cookies.token)) });
}
