// Issues and verifies the access tokens of the public API.
import jwt from "jsonwebtoken";

// expect: hardcoded-secret
const jwtSecret = process.env.JWT_SECRET || "dev-secret";

export function issueToken(userId: string): string {
  return jwt.sign({ sub: userId }, jwtSecret, { expiresIn: "15m" });
}

export function verifyPartnerToken(token: string) {
  // expect: hardcoded-secret
  return jwt.verify(token, process.env.JWT_SECRET || (() => { throw new Error("JWT_SECRET is not set"); })());
}
