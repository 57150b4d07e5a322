// The project's express-validator helper: it runs the chains a route hands it, then turns the request away when any
// of them failed. The chain builders are re-exported so routes import everything from here.
import type { RequestHandler } from "express";
import { validationResult, type ValidationChain } from "express-validator";

export function runChecks(...checks: ValidationChain[]): RequestHandler[] {
  const rejectFailures: RequestHandler = (req, res, next) => {
    const outcome = validationResult(req);
    if (!outcome.isEmpty()) {
      res.status(400).json({ problems: outcome.array() });
      return;
    }
    next();
  };
  return [...checks, rejectFailures];
}

// Runs the chains too, but only notes what failed and lets every request through.
export function noteChecks(...checks: ValidationChain[]): RequestHandler[] {
  const note: RequestHandler = (req, _res, next) => {
    const outcome = validationResult(req);
    if (!outcome.isEmpty()) console.warn("request failed its checks", outcome.array().length);
    next();
  };
  return [...checks, note];
}

export { body, query } from "express-validator";
