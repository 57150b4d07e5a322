import type { NextFunction, Request, Response } from "express";

export function requireSession(req: Request, res: Response, next: NextFunction) {
  if (!req.headers.authorization) return res.status(401).json({ error: "sign in first" });
  return next();
}
