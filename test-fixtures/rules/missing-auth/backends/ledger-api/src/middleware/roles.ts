import type { NextFunction, Request, Response } from "express";

type Caller = { id: string; role: string };

/** A middleware factory: `requireRole("auditor")` makes the middleware; `requireRole` itself is not one. */
export const requireRole = (role: string) => (req: Request, res: Response, next: NextFunction) => {
  const user = res.locals.user as Caller | undefined;
  if (!user) return res.status(401).json({ error: "sign in first" });
  if (user.role !== role) return res.status(403).json({ error: "not allowed" });
  return next();
};
