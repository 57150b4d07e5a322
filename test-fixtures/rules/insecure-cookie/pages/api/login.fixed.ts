import type { NextApiRequest, NextApiResponse } from "next";
import { serialize } from "cookie";

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = String(req.body.token);
  // expect: insecure-cookie
  res.setHeader("Set-Cookie", serialize("session", token, { path: "/", maxAge: 3600, httpOnly: true, secure: process.env.NODE_ENV === "production", sameSite: "lax" }));
  res.status(200).json({ ok: true });
}
