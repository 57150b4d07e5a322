import express, { type NextFunction, type Request, type Response } from "express";

const app = express();
const isProduction = process.env.NODE_ENV === "production";

app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  // ok: error-detail-leak -- details only outside production
  res.status(err.status ?? 500).json({ error: isProduction ? "Internal server error" : err.message });
});

export function devErrorHandler(err: Error, _req: Request, res: Response, _next: NextFunction) {
  if (process.env.NODE_ENV !== "production") {
    // ok: error-detail-leak -- guarded by NODE_ENV
    return res.status(500).json({ error: err.message, stack: err.stack });
  }
  res.status(500).json({ error: "Internal server error" });
}

export function statusAwareHandler(err: Error & { statusCode?: number; expose?: boolean }, _req: Request, res: Response, _next: NextFunction) {
  // ok: error-detail-leak -- http-errors marks client-safe messages with expose
  if (err.expose) return res.status(err.statusCode ?? 400).json({ error: err.message });
  // expect: error-detail-leak
  res.status(500).send(err);
}

export default app;
