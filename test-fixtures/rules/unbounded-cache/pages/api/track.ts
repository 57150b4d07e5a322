import type { NextApiRequest, NextApiResponse } from "next";

// expect: unbounded-cache
const seenEvents: string[] = [];
// ok: unbounded-cache -- the array is trimmed by length
const lastErrors: string[] = [];

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  seenEvents.push(String(req.body.eventId));
  lastErrors.push(String(req.body.error));
  if (lastErrors.length > 100) lastErrors.splice(0, lastErrors.length - 100);
  res.status(202).end();
}
