// Operational gaps: a number read from the environment without validation, a report cache that never evicts,
// every request header written to the log, and an error handler that sends error messages to the client.
import type { Express, NextFunction, Request, Response } from "express";

// expect: unvalidated-env
const reportTimeoutMs = parseInt(process.env.REPORT_TIMEOUT_MS!, 10);
// expect: unbounded-cache
const reportCache = new Map<string, { month: string; total: number; timeoutMs: number }>();

export function configureOperations(app: Express): void {
  app.get("/reports/:month", (req, res) => {
    // expect: sensitive-data-logged
    console.log("report request", req.headers);
    const month = String(req.params.month);
    const report = reportCache.get(month) ?? { month, total: 0, timeoutMs: reportTimeoutMs };
    reportCache.set(month, report);
    res.json(report);
  });

  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
    // expect: error-detail-leak
    res.status(500).json({ error: err.message });
  });
}
