import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { db } from "./db";

export async function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace("Bearer ", "");
  if (!token) return res.status(401).json({ error: "Missing token" });
  // expect: unverified-jwt
  const payload = jwt.decode(token) as { sub: string } | null;
  if (!payload) return res.status(401).json({ error: "Invalid token" });
  res.locals.user = await db.user.findUnique({ where: { id: payload.sub } });
  next();
}

export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers.authorization).slice(7);
  // expect: unverified-jwt
  if ((jwt.decode(token) as { role?: string })?.role !== "admin") return res.status(403).end();
  next();
}

export function attachUser(req: Request & { user?: unknown }, _res: Response, next: NextFunction) {
  const token = req.cookies.session;
  // expect: unverified-jwt
  const claims = jwt.decode(token);
  req.user = claims;
  next();
}

export function verifySession(req: Request, res: Response, next: NextFunction) {
  const token = req.cookies.session;
  try {
    // ok: unverified-jwt -- verified with a pinned algorithm
    res.locals.user = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ["HS256"] });
    next();
  } catch {
    res.status(401).end();
  }
}

export function logTokenShape(req: Request, _res: Response, next: NextFunction) {
  // ok: unverified-jwt -- decoded for a log line only
  const header = jwt.decode(String(req.headers.authorization), { complete: true })?.header;
  console.debug("token header", header);
  next();
}
