import * as jwt from "jsonwebtoken";
import { verify } from "jsonwebtoken";

export function readLegacyToken(token: string) {
  // expect: unverified-jwt
  return jwt.verify(token, process.env.LEGACY_SECRET || "", { algorithms: ["HS256"] });
}

export function readPartnerToken(token: string) {
  // expect: unverified-jwt
  return jwt.verify(token, process.env.PARTNER_KEY!, { algorithms: ["RS256", "none"] });
}

export function readRefreshToken(token: string) {
  // expect: unverified-jwt
  return verify(token, process.env.REFRESH_SECRET as string, { algorithms: ["HS256"], ignoreExpiration: true });
}

export function readInviteToken(token: string) {
  // expect: unverified-jwt
  return verify(token, "");
}

export function readClockSkewedToken(token: string) {
  // ok: unverified-jwt -- a bounded clock tolerance still checks expiry
  return verify(token, process.env.JWT_SECRET as string, { algorithms: ["HS256"], clockTolerance: 30, ignoreExpiration: false });
}

export function readKidThenVerify(token: string, keys: Record<string, string>) {
  // ok: unverified-jwt -- decoding the header to pick the key, then verifying with it
  const decoded = jwt.decode(token, { complete: true });
  const key = keys[String(decoded?.header.kid)];
  if (!key) throw new Error("unknown key");
  return jwt.verify(token, key, { algorithms: ["RS256"] });
}
