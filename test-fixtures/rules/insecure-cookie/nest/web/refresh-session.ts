// Browser code: decides when to refresh from the session cookie it reads from the jar. A read handed the request
// (server-side rendering) is not a browser read.
import { getCookie } from "cookies-next";
import type { IncomingMessage, ServerResponse } from "node:http";

export function sessionExpiresSoon(): boolean {
  const token = getCookie("share_session");
  if (typeof token !== "string") return false;
  const claims = JSON.parse(atob(token.split(".")[1] ?? "")) as { exp?: number };
  return (claims.exp ?? 0) * 1000 < Date.now() + 120_000;
}

export function refreshCookieOnServer(req: IncomingMessage, res: ServerResponse): unknown {
  return getCookie("share_refresh", { req, res });
}
