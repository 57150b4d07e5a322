import type { NextFunction, Request, Response as ExpressResponse } from "express";

const corsHeaders = { "Access-Control-Allow-Origin": "https://app.example.com" };

// A response helper: its `reason` is whatever fixed text its caller chose, not a caught error.
export const conflictResponse = (reason: string, fields?: Record<string, string>, cors = false, cache = "private, no-store") =>
  // ok: error-detail-leak -- four parameters do not make an error handler; nothing here was caught
  Response.json({ code: "conflict", reason, fields: fields ?? {} }, { status: 409, headers: { ...(cors ? corsHeaders : {}), "Cache-Control": cache } });

// An error middleware declared apart from where it is mounted still answers through its third parameter.
export function reportFailure(failure: Error, _req: Request, res: ExpressResponse, _next: NextFunction) {
  // expect: error-detail-leak
  res.status(500).json({ reason: failure.message });
}
