// A notebook that runs without a password on a laptop: its env template leaves NOTEBOOK_PASSWORD commented out, so
// an install without it is a mode the project ships. Refusing when it is missing is offered, not applied by fix-all.
import type { NextFunction, Request, Response } from "express";

export function requirePassword(req: Request, res: Response, next: NextFunction) {
  // expect: fail-open-auth
  if (process.env.NODE_ENV === "development" || !process.env.NOTEBOOK_PASSWORD) {
    return next();
  }
  if (req.header("authorization") !== `Bearer ${process.env.NOTEBOOK_PASSWORD}`) return res.status(401).end();
  next();
}
