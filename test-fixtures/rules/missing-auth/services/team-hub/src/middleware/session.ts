import type { NextFunction, Request, Response } from "express";

/** Lets through only requests whose passport session is signed in. */
export function mustBeSignedIn(req: Request, res: Response, next: NextFunction) {
  if (!req.isAuthenticated()) return res.sendStatus(401);
  next();
}
