import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

const adminToken = process.env.ADMIN_TOKEN;

export function requireApiKey(req: Request, res: Response, next: NextFunction) {
  // expect: fail-open-auth
  if (!process.env.API_KEY) return next(new Error("API_KEY is not configured: refusing to authenticate"));
  if (req.header("x-api-key") !== process.env.API_KEY) return res.status(401).json({ error: "Invalid API key" });
  next();
}

export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  // expect: fail-open-auth
  if (!adminToken) return next(new Error("ADMIN_TOKEN is not configured: refusing to authenticate"));
  if (req.headers.authorization !== `Bearer ${adminToken}`) return res.sendStatus(403);
  next();
}

export function requireSession(req: Request, res: Response, next: NextFunction) {
  // expect: fail-open-auth
  const token = req.cookies.session;
  if (!token) return res.status(401).end();
  next();
}

export function requireJwt(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.slice(7) ?? "";
  try {
    res.locals.user = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ["HS256"] });
    next();
    // expect: fail-open-auth
  } catch (error) {
    console.error("token verification failed", error);
    next();
  }
}

export function requireWebhookKey(req: Request, res: Response, next: NextFunction) {
  const expected = process.env.WEBHOOK_KEY;
  // ok: fail-open-auth -- a missing key is a server error, not an open door
  if (!expected) return res.status(500).json({ error: "Webhook key not configured" });
  if (req.header("x-webhook-key") !== expected) return res.status(401).end();
  next();
}

export function optionalUser(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.slice(7);
  // ok: fail-open-auth -- no credential on the request: anonymous by design, the routes decide
  if (!token) return next();
  try {
    res.locals.user = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ["HS256"] });
  } catch {
    return res.status(401).json({ error: "Invalid token" });
  }
  next();
}

export function requireVerifiedJwt(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.slice(7) ?? "";
  try {
    res.locals.user = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ["HS256"] });
    // ok: fail-open-auth -- the error goes to the error handler, which answers 401/500
  } catch (error) {
    return next(error);
  }
  next();
}

export function requireLoggedIn(req: Request, res: Response, next: NextFunction) {
  // ok: fail-open-auth -- development only changes logging, not access
  if (process.env.NODE_ENV !== "production") console.debug("auth check", req.path);
  if (!req.session?.userId) return res.status(401).end();
  next();
}
