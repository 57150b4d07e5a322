// The project's express-validator pieces, kept under names: a runner that answers 422 after the passing branch has
// returned, a list of body chains, one query chain, and a factory that checks the route parameter named at each use.
import type { NextFunction, Request, Response } from "express";
import { body, param, query, validationResult, type ValidationChain } from "express-validator";

export const collectChecks = (chains: ValidationChain[]) => async (req: Request, res: Response, next: NextFunction) => {
  await Promise.all(chains.map((chain) => chain.run(req)));
  const outcome = validationResult(req);
  if (outcome.isEmpty()) {
    return next();
  }
  res.status(422).json({ problems: outcome.array() });
};

export const ratingBody = [body("stars").isInt({ min: 1, max: 5 }), body("remark").optional().isString().isLength({ max: 500 })];

export const pageQuery = query("page").optional().isInt({ min: 1 });

export const idNamed = (key: string) => param(key).isUUID();
