import type { Response } from "express";

export function issueSessionCookie(res: Response, token: string): void {
  res.cookie("session", token, { maxAge: 8 * 3600 * 1000, httpOnly: true, secure: process.env.NODE_ENV === "production", sameSite: "lax" });
}
