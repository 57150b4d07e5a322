import jwt from "jsonwebtoken";
import type { Request, Response } from "express";

const confirmed = new Set<string>();

export async function confirmLink(req: Request, res: Response) {
  const token = String(req.body.token ?? "");
  try {
    jwt.verify(token, process.env.LINK_SECRET as string, { algorithms: ["HS256"] });
    // ok: fail-open-auth -- the catch answers 400 and its bare return ends the handler before the confirmation
  } catch {
    res.status(400).json({ code: "link_expired" });
    return;
  }
  confirmed.add(token);
  res.json({ confirmed: true });
}

export async function confirmLinkQuietly(req: Request, res: Response) {
  const token = String(req.body.token ?? "");
  try {
    jwt.verify(token, process.env.LINK_SECRET as string, { algorithms: ["HS256"] });
    // expect: fail-open-auth
  } catch {
    console.warn("link check failed");
    return;
  }
  confirmed.add(token);
  res.json({ confirmed: true });
}
