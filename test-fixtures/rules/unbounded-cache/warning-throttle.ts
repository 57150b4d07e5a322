import express from "express";

const app = express();

// Throttles warnings per reason: the reasons are a closed set of four literals.
type WarningReason = "disabled" | "invalid-hop" | "missing-chain" | "short-chain";

// ok: unbounded-cache -- keyed by a union of four literals, it holds at most four entries
const lastWarnedAt: Partial<Record<WarningReason, number>> = {};

export function warnOnce(reason: WarningReason, now: number): boolean {
  if ((lastWarnedAt[reason] ?? 0) > now - 60_000) return false;
  lastWarnedAt[reason] = now;
  return true;
}

// expect: unbounded-cache
const lastWarnedAtByHost: Record<string, number> = {};

export function warnOncePerHost(host: string, now: number): void {
  lastWarnedAtByHost[host] = now;
}

// The host is the one the client's request names.
app.use((req, _res, next) => {
  if (!req.secure) warnOncePerHost(req.hostname, Date.now());
  next();
});
