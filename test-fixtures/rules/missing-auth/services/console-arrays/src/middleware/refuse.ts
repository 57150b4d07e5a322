import type { Response } from "express";

export function refuse(res: Response, code: string): void {
  res.status(code.endsWith("_missing") ? 400 : 500).json({ code });
}
