// Refreshes a session and writes an audit line when the refresh token was used twice.
import { SessionFailure } from "./session-codes";

declare const audit: { warn(message: string, fields: Record<string, unknown>): void };

const upstream = { REFRESH_TOKEN: process.env.UPSTREAM_REFRESH_TOKEN };

export function reportReuse(sessionId: string): void {
  // ok: sensitive-data-logged -- the value is a code from a table of literals, not a token
  console.warn("refresh refused", { sessionId, code: SessionFailure.REFRESH_TOKEN_REUSED });
}

export function reportUpstream(): void {
  // expect: sensitive-data-logged
  console.warn("upstream refresh", { using: upstream.REFRESH_TOKEN });
}
