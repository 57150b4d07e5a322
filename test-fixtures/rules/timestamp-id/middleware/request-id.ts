import type { NextFunction, Request, Response } from "express";
import { createMiddleware } from "hono/factory";
import { logger } from "../lib/logger";

// Request and trace ids only correlate log lines: a collision mixes two requests in the logs, nothing more, and they
// are no secret. None of them is stored as a record's key or trusted as a credential.

export function requestId(req: Request, res: Response, next: NextFunction) {
  // ok: timestamp-id -- a log correlation id, echoed in a response header
  const id = req.header("x-request-id") ?? `${Date.now()}-${Math.random().toString(16).slice(2)}`;
  res.setHeader("X-Request-Id", id);
  // ok: timestamp-id -- latency measurement keeps the clock as a start time
  const started = performance.now();
  res.on("finish", () => {
    // ok: timestamp-id -- a duration
    const durationMs = performance.now() - started;
    logger.info({ id, status: res.statusCode, durationMs }, "request finished");
  });
  next();
}

export function correlationHeaders(_req: Request, res: Response, next: NextFunction) {
  // ok: timestamp-id -- a correlation header, not a stored key
  res.setHeader("X-Correlation-ID", Date.now().toString(36));
  // ok: timestamp-id -- a header that carries a time, not an id
  res.setHeader("X-Served-At", String(Date.now()));
  next();
}

export const honoRequestId = createMiddleware(async (c, next) => {
  // ok: timestamp-id -- kept in the request's context for the logger
  c.set("requestId", `req_${+new Date()}`);
  await next();
});

export const traceContext = createMiddleware(async (c, next) => {
  // ok: timestamp-id -- a trace id for log lines and a response header
  const traceId = new Date().getTime().toString(16) + Math.floor(Math.random() * 0xffff).toString(16);
  // ok: timestamp-id -- the same for a span
  const spanId = performance.now().toString(36).replace(".", "");
  c.set("spanId", spanId);
  c.header("X-Trace-Id", traceId);
  await next();
});
