import type { Context } from "hono";
import { setSignedCookie } from "hono/cookie";
import { authCookieBase, signingKey } from "./base";

const localCookieBase = { path: "/", httpOnly: true, secure: true, sameSite: "Strict" } as const;
const looseCookieBase = { path: "/", sameSite: "Lax" } as const;

export async function issueSession(c: Context, token: string) {
  // ok: insecure-cookie -- the flags come from a const object in this file
  await setSignedCookie(c, "session_id", token, signingKey(), { ...localCookieBase, maxAge: 3600 });
}

export async function issueDeviceToken(c: Context, token: string) {
  // ok: insecure-cookie -- spread from an imported object Harden does not read here; it may set every flag
  await setSignedCookie(c, "device_token", token, signingKey(), { ...authCookieBase, maxAge: 86400 });
}

export async function issueTrustToken(c: Context, token: string) {
  // expect: insecure-cookie
  await setSignedCookie(c, "trust_token", token, signingKey(), { ...looseCookieBase, maxAge: 600 });
}

export async function issueAuditToken(c: Context, token: string) {
  // expect: insecure-cookie
  await setSignedCookie(c, "audit_token", token, signingKey(), { ...authCookieBase, httpOnly: false });
}
