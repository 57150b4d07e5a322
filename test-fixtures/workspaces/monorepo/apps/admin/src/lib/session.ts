// The admin app's own guard: a signed-in staff session or 401.
import type { NextFunction, Request, Response } from "express";

export function requireStaffSession(req: Request, res: Response, next: NextFunction) {
  const session = req.headers.cookie?.includes("staff_session=") ? req.headers.cookie : undefined;
  if (!session) return res.status(401).json({ error: "unauthorized" });
  next();
}
