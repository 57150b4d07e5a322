// A project helper that hands the request to a rules engine Harden does not model: whether it validates cannot be
// read from here.
import type { NextFunction, Request, Response } from "express";
import { enforce } from "@acme/request-rules";

export function conform(rules: object) {
  return (req: Request, res: Response, next: NextFunction) => (enforce(rules, req) ? next() : res.status(400).end());
}
