import type { NextFunction, Request, RequestHandler, Response } from "express";

// Hands async failures to Express's error handler; it checks nothing itself.
export function wrapAsync(fn: (req: Request, res: Response, next: NextFunction) => Promise<void>): RequestHandler {
  return (req, res, next) => {
    fn(req, res, next).catch(next);
  };
}
