import type { NextApiRequest, NextApiResponse } from "next";
import { recordVisit } from "../../lib/analytics";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // expect: untrusted-forwarded-for
  const visitor = req.headers["x-forwarded-for"] || req.socket.remoteAddress;
  await recordVisit(String(visitor), String(req.query.page));
  res.status(204).end();
}
