// Authentication gaps: a guard that opens when its key is unset, identity from an unverified token, a login with no limiter.
import type { Express, NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { z } from "zod";

const jwtSecret = process.env.JWT_SECRET;
if (!jwtSecret) throw new Error("JWT_SECRET is required");

const credentials = z.object({ email: z.string().email(), password: z.string().min(8) });

function requireApiKey(req: Request, res: Response, next: NextFunction) {
  // expect: fail-open-auth
  if (!process.env.INTERNAL_API_KEY) return next();
  if (req.header("x-api-key") !== process.env.INTERNAL_API_KEY) return res.status(401).json({ error: "Invalid API key" });
  next();
}

function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.slice(7) ?? "";
  // expect: unverified-jwt
  const claims = jwt.decode(token) as { sub?: string } | null;
  if (!claims?.sub) return res.status(401).json({ error: "Unauthorized" });
  res.locals.userId = claims.sub;
  next();
}

export function configureAuth(app: Express) {
  // expect: missing-rate-limit
  app.post("/auth/login", (req, res) => {
    const { email } = credentials.parse(req.body);
    res.json({ token: jwt.sign({ sub: email }, String(jwtSecret), { algorithm: "HS256", expiresIn: "15m" }) });
  });
  app.get("/me", requireUser, (_req, res) => res.json({ id: res.locals.userId }));
  app.post("/internal/reindex", requireApiKey, (_req, res) => res.status(202).end());
}
