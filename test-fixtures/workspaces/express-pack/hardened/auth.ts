// The hardened twin of vulnerable/auth.ts: the key guard fails closed, tokens are verified, the login is rate limited.
import type { Express, NextFunction, Request, Response } from "express";
import rateLimit from "express-rate-limit";
import jwt from "jsonwebtoken";
import { z } from "zod";

const jwtSecret = process.env.JWT_SECRET;
if (!jwtSecret) throw new Error("JWT_SECRET is required");

const credentials = z.object({ email: z.string().email(), password: z.string().min(8) });
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: "draft-7" });

function requireApiKey(req: Request, res: Response, next: NextFunction) {
  if (!process.env.INTERNAL_API_KEY) return res.status(500).json({ error: "Internal API key not configured" });
  if (req.header("x-api-key") !== process.env.INTERNAL_API_KEY) return res.status(401).json({ error: "Invalid API key" });
  next();
}

function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.slice(7) ?? "";
  try {
    const claims = jwt.verify(token, String(jwtSecret), { algorithms: ["HS256"] });
    res.locals.userId = typeof claims === "string" ? undefined : claims.sub;
  } catch {
    return res.status(401).json({ error: "Unauthorized" });
  }
  next();
}

export function configureAuth(app: Express) {
  app.post("/auth/login", loginLimiter, (req, res) => {
    const { email } = credentials.parse(req.body);
    res.json({ token: jwt.sign({ sub: email }, String(jwtSecret), { algorithm: "HS256", expiresIn: "15m" }) });
  });
  app.get("/me", requireUser, (_req, res) => res.json({ id: res.locals.userId }));
  app.post("/internal/reindex", requireApiKey, (_req, res) => res.status(202).end());
}
