import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.header("authorization") ?? "";
  try {
    req.user = jwt.verify(header.replace(/^Bearer /, ""), process.env.JWT_SECRET!) as Request["user"];
    next();
  } catch {
    res.status(401).json({ error: "unauthorized" });
  }
}

export function issueAccessToken(userId: string) {
  return jwt.sign(
    {
      sub: userId,
      // ok: timestamp-id -- JWT times are seconds since the epoch
      iat: Math.floor(Date.now() / 1000),
      // ok: timestamp-id -- an expiry
      exp: Math.floor(Date.now() / 1000) + 15 * 60,
    },
    process.env.JWT_SECRET!,
  );
}
