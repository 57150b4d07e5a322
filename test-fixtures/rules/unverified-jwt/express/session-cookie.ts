import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

/** The cookie holding the identity provider's token lives as long as the token; a verifying middleware decides access. */
export function setIdentityCookie(idToken: string, res: Response) {
  // ok: unverified-jwt -- only the expiry is read, to size the cookie
  const decoded = jwt.decode(idToken) as { exp?: number } | null;
  if (decoded?.exp) res.cookie("id_token", idToken, { httpOnly: true, secure: true, sameSite: "lax", expires: new Date(decoded.exp * 1000) });
}

/** Lets a caller in when the token decodes and has not expired: anyone can mint such a token. */
export function requireFreshToken(req: Request, res: Response, next: NextFunction) {
  // expect: unverified-jwt
  const decoded = jwt.decode(String(req.headers.authorization).slice(7)) as { exp?: number } | null;
  if (!decoded) return res.status(401).end();
  if (!decoded.exp || decoded.exp * 1000 < Date.now()) return res.status(401).end();
  next();
}

/** Our own session ends when the upstream refresh token does; the decode only sizes it. */
export function sessionMinutesFor(upstreamRefreshToken: string): number {
  // ok: unverified-jwt -- only the expiry is read, after a test that it decoded to an object
  const claims = jwt.decode(upstreamRefreshToken);
  if (claims && typeof claims !== "string" && claims.exp) return Math.max(1, Math.round((claims.exp * 1000 - Date.now()) / 60000));
  return 60;
}

/** The same shape test, but the claims also choose who the session belongs to, and the token is the client's cookie. */
export function sessionOwnerOf(upstreamRefreshToken: string): string | undefined {
  // expect: unverified-jwt
  const claims = jwt.decode(upstreamRefreshToken);
  if (claims && typeof claims !== "string" && claims.exp) return lookupOwner(claims.sub);
  return undefined;
}

declare function lookupOwner(subject: string | undefined): string | undefined;

export function ownerOfRequest(req: Request, res: Response) {
  res.json({ owner: sessionOwnerOf(String(req.cookies.refresh_token)) });
}
