import { HTTPException } from "hono/http-exception";

/** Throws the HTTP error with the status given: the status is the caller's. */
export function fail(status: 400 | 401 | 403 | 404, code: string): never {
  throw new HTTPException(status, { message: code });
}

export function assertText(value: unknown, field: string, max: number): string {
  if (typeof value !== "string" || value.length === 0 || value.length > max) fail(400, `invalid_${field}`);
  return value;
}
