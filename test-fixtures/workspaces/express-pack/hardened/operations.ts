// The hardened twin of vulnerable/operations.ts: validated environment, a bounded cache, only harmless fields in
// the log, and a generic error message with a logged correlation id.
import type { Express, NextFunction, Request, Response } from "express";
import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import { env } from "./env.js";

const reportCache = new LRUCache<string, { month: string; total: number; timeoutMs: number }>({ max: 1_000, ttl: 60_000 });

export function configureOperations(app: Express): void {
  app.get("/reports/:month", (req, res) => {
    console.log("report request", { userAgent: req.headers["user-agent"] });
    const month = String(req.params.month);
    const report = reportCache.get(month) ?? { month, total: 0, timeoutMs: env.REPORT_TIMEOUT_MS };
    reportCache.set(month, report);
    res.json(report);
  });

  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
    const errorId = randomUUID();
    console.error(errorId, err);
    res.status(500).json({ error: "Internal server error", errorId });
  });
}
