import type { NextFunction, Request, Response } from "express";
import { createMiddleware } from "hono/factory";
import { logger } from "../lib/logger";

export function requestId(req: Request, res: Response, next: NextFunction) {
  // expect: timestamp-id
  const id = req.header("x-request-id") ?? crypto.randomUUID();
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
  // expect: timestamp-id
  res.setHeader("X-Correlation-ID", crypto.randomUUID());
  // ok: timestamp-id -- a header that carries a time, not an id
  res.setHeader("X-Served-At", String(Date.now()));
  next();
}

export const honoRequestId = createMiddleware(async (c, next) => {
  // expect: timestamp-id
  c.set("requestId", `req_${crypto.randomUUID()}`);
  await next();
});

export const traceContext = createMiddleware(async (c, next) => {
  // expect: timestamp-id
  const traceId = crypto.randomUUID();
  // expect: timestamp-id
  const spanId = crypto.randomUUID();
  c.set("spanId", spanId);
  c.header("X-Trace-Id", traceId);
  await next();
});
