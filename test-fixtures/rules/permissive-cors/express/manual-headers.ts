import type { NextFunction, Request, Response } from "express";

const trustedOrigins = new Set(["https://app.example.com"]);

export function reflectOrigin(req: Request, res: Response, next: NextFunction) {
  // expect: permissive-cors
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
}

export function reflectOriginFromLocal(req: Request, res: Response, next: NextFunction) {
  const origin = req.get("origin");
  // ok: permissive-cors -- no Allow-Credentials, so an echoed origin is no wider than `*`
  res.header("Access-Control-Allow-Origin", origin);
  next();
}

export function checkedOrigin(req: Request, res: Response, next: NextFunction) {
  const origin = req.headers.origin;
  if (origin && trustedOrigins.has(origin)) {
    // ok: permissive-cors -- only origins in the allow-list are echoed
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Vary", "Origin");
  }
  next();
}

export function conditionalOrigin(req: Request, res: Response, next: NextFunction) {
  const origin = req.headers.origin ?? "";
  // ok: permissive-cors -- the value is chosen by an allow-list check
  res.setHeader("Access-Control-Allow-Origin", trustedOrigins.has(origin) ? origin : "https://app.example.com");
  next();
}

export function fixedOrigin(_req: Request, res: Response, next: NextFunction) {
  // ok: permissive-cors -- a single fixed origin
  res.setHeader("Access-Control-Allow-Origin", "https://app.example.com");
  next();
}
