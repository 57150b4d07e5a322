import express from "express";
import type { NextFunction, Request, Response } from "express";

// The package signs its operators in on the HTTP side, so its sockets have callers with identities too.
function requireOperator(req: Request, res: Response, next: NextFunction) {
  const token = req.get("authorization");
  if (!token || token !== `Bearer ${process.env.OPERATOR_TOKEN}`) return res.status(401).end();
  next();
}

export const operators = express();
operators.post("/operators/announce", requireOperator, (_req, res) => {
  res.status(202).end();
});
