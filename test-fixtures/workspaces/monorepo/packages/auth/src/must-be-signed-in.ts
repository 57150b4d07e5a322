// The company's guard, shared by every app: it reads the bearer token and answers 401 without a valid one.
import type { NextFunction, Request, Response } from "express";
import { verifyToken } from "./tokens";

export async function mustBeSignedIn(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, "");
  const claims = token ? await verifyToken(token) : undefined;
  if (!claims) return res.status(401).json({ error: "unauthorized" });
  next();
}
