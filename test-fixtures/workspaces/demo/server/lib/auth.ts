import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

/** Reads the signing secret on every call so a missing variable fails closed instead of falling back. */
function signingSecret(): string {
  const secret = process.env.AUTH_JWT_SECRET;
  if (!secret) throw new Error("AUTH_JWT_SECRET is not set");
  return secret;
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "";
  if (!token) return res.status(401).json({ error: "unauthorized" });
  try {
    req.user = jwt.verify(token, signingSecret(), { algorithms: ["HS256"] });
    return next();
  } catch {
    return res.status(401).json({ error: "unauthorized" });
  }
}
