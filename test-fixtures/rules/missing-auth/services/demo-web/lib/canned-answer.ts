import type { NextApiRequest, NextApiResponse } from "next";

const demoMode = process.env.NEXT_PUBLIC_DEMO === "on";

// Answers a demo request with the canned body it is handed, or 404 outside demo mode and 405 for another method:
// it only writes the response it is given.
export function answerCanned<T>(method: string, req: NextApiRequest, res: NextApiResponse, body: T, status = 200): boolean {
  if (!demoMode) {
    res.status(404).send("demo API is off");
    return false;
  }
  if (req.method !== method) {
    res.status(405).send("method not allowed");
    return false;
  }
  res.status(status).json(body);
  return true;
}

// Looks the same from outside, but stores what it is handed before answering: that is work.
const saved: unknown[] = [];
export function answerAndKeep<T>(req: NextApiRequest, res: NextApiResponse, body: T): void {
  saved.push(body);
  res.status(201).json(body);
}
