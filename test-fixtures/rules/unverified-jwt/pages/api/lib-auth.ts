import jwt from "jsonwebtoken";
import type { NextApiRequest } from "next";

// An auth helper every API route calls to learn who is asking.
export function getCurrentUser(req: NextApiRequest) {
  const token = req.headers.authorization?.split(" ")[1] ?? "";
  // expect: unverified-jwt
  return jwt.decode(token) as { id: string; role: string } | null;
}

export const getTokenPayload = (token: string) =>
  // expect: unverified-jwt
  jwt.decode(token);

export function formatTokenForSupport(token: string) {
  // ok: unverified-jwt -- a formatting helper, not an auth helper, and nothing is decided
  const decoded = jwt.decode(token);
  return JSON.stringify(decoded, null, 2);
}
