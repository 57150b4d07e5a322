import type { NextFunction, Request, Response } from "express";
import { verifySessionToken } from "./tokens";

export async function requireSession(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, "");
  const session = token ? await verifySessionToken(token) : undefined;
  if (!session) return res.status(401).json({ error: "unauthenticated" });
  res.locals.session = session;
  next();
}
