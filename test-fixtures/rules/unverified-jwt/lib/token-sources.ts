import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Strategy as OAuth2Strategy } from "passport-oauth2";

const secret = process.env.SESSION_SECRET ?? "";

export function issueServiceToken(userId: string): { token: string; expiresAt: number } {
  const token = jwt.sign({ scope: "reports" }, secret, { algorithm: "HS256", expiresIn: 300, subject: userId });
  // ok: unverified-jwt -- the token was signed a line above by this code; reading its expiry trusts nothing from input
  const decoded = jwt.decode(token);
  if (!decoded || typeof decoded !== "object" || typeof decoded.exp !== "number") throw new Error("could not sign");
  return { token, expiresAt: decoded.exp };
}

async function keyOwner(token: string): Promise<string> {
  // ok: unverified-jwt -- only picks whose key to check; the one caller verifies the token with that key
  const claims = jwt.decode(token);
  if (!claims || typeof claims !== "object" || typeof claims.sub !== "string") throw new Error("malformed token");
  return findUserKey(claims.sub);
}

export async function verifyLegacyToken(token: string): Promise<jwt.JwtPayload | string> {
  const key = await keyOwner(token);
  return jwt.verify(token, secret + key, { algorithms: ["HS256"] });
}

export async function readUserInfo(response: Response): Promise<Record<string, unknown>> {
  const body = await response.text();
  // ok: unverified-jwt -- a signed userinfo answer fetched from the provider over TLS, the same trust as its JSON form
  const claims = jwt.decode(body.trim());
  if (!claims || typeof claims !== "object") throw new Error("unreadable userinfo");
  return claims;
}

export const providerLogin = new OAuth2Strategy(
  { authorizationURL: "https://id.example.com/authorize", tokenURL: "https://id.example.com/token", clientID: "app", clientSecret: process.env.OIDC_CLIENT_SECRET ?? "", callbackURL: "/auth/callback" },
  (accessToken: string, refreshToken: string, params: { id_token: string }, profile: unknown, done: (error: Error | null, user?: { email: string }) => void) => {
    // ok: unverified-jwt -- the id_token came back from the token endpoint in the code exchange (back channel, TLS)
    const idToken = jwt.decode(params.id_token);
    if (!idToken || typeof idToken !== "object" || typeof idToken.email !== "string") return done(new Error("no email"));
    done(null, { email: idToken.email });
  },
);

export function sessionFromHeader(authorization: string | undefined): string | undefined {
  const bearer = authorization?.replace(/^Bearer /, "");
  if (!bearer) return undefined;
  // expect: unverified-jwt
  const claims = jwt.decode(bearer);
  if (claims && typeof claims === "object" && claims.role === "admin") return "admin";
  return undefined;
}

declare function findUserKey(userId: string): Promise<string>;

export function adminOnly(req: Request, res: Response, next: NextFunction) {
  if (sessionFromHeader(req.headers.authorization) !== "admin") return res.status(403).end();
  next();
}
