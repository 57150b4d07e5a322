import type { Response } from "express";

export function issueSessionCookie(res: Response, token: string): void {
  // expect: insecure-cookie
  res.cookie("session", token, { maxAge: 8 * 3600 * 1000 });
}
