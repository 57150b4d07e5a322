import type { NextFunction, Request, Response } from "express";

const admit = async (req: Request, res: Response, next: NextFunction) => {
  const member = (req as Request & { session?: { member?: string } }).session?.member;
  if (!member && !req.headers.authorization) {
    res.status(401).send("sign in first");
    return;
  }
  next();
};

// The exported middleware only hands its arguments to the guard above and passes a failure on.
exports.admit = (req: Request, res: Response, next: NextFunction) => {
  admit(req, res, next).catch(next);
};
