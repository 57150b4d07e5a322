// The same shape where the env template sets the key: every install is expected to have one, so a missing key is a
// broken deployment and the fix refuses instead of letting everyone in.
import type { NextFunction, Request, Response } from "express";

export function requireKey(req: Request, res: Response, next: NextFunction) {
  // expect: fail-open-auth
  if (!process.env.LEDGER_API_KEY) {
    return next();
  }
  if (req.header("x-api-key") !== process.env.LEDGER_API_KEY) return res.status(401).end();
  next();
}
