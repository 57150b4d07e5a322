import type { NextFunction, Request, Response } from "express";

const seen = new Set<string>();

export function pace(req: Request, res: Response, next: NextFunction) {
  if (seen.has(req.ip ?? "")) {
    res.status(429).json({ code: "slow_down" });
    return;
  }
  next();
}
