import type { NextFunction, Request, Response } from "express";
import { sessions } from "../sessions";

/** Lets a request through only with a live session cookie; the billing UI signs users in through the accounts service. */
export async function mustHaveSession(req: Request, res: Response, next: NextFunction) {
  const sessionId = req.cookies?.sid;
  const session = sessionId ? await sessions.find(sessionId) : null;
  if (!session || session.expiresAt < new Date()) {
    return res.status(401).json({ error: "sign in required" });
  }
  res.locals.session = session;
  return next();
}
