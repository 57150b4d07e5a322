import type { NextFunction, Request, Response } from "express";

export function requireApiKey(req: Request, res: Response, next: NextFunction) {
  const key = req.get("x-api-key");
  if (!key || key !== process.env.SHOP_API_KEY) return res.status(401).json({ error: "unauthenticated" });
  next();
}
