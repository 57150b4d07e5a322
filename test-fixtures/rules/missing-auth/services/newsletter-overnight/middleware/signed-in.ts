import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

/** The dashboard's session cookie, verified; 401 without a valid one. */
export function requireMember(req: Request, res: Response, next: NextFunction) {
  const token = req.cookies["newsletter_session"];
  if (!token) return res.status(401).json({ error: "sign in first" });
  try {
    res.locals.member = jwt.verify(token, process.env.SESSION_KEY!);
    return next();
  } catch {
    return res.status(401).json({ error: "sign in first" });
  }
}
