import type { NextFunction, Request, Response } from "express";

export function securityHeaders() {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.set("X-Content-Type-Options", "nosniff");
    res.set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
    next();
  };
}
