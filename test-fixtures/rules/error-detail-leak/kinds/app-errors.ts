// The project's own error hierarchy: each subclass carries a status and a message written for the client.
export class AppError extends Error {
  constructor(
    message: string,
    readonly httpStatus = 500,
    readonly operational = true,
  ) {
    super(message);
  }
}

/** Declared type predicate on the project's own class (with a duck-typed fallback for copies from other bundles). */
export const isAppError = (value: unknown): value is AppError =>
  value instanceof AppError || (value instanceof Error && typeof (value as { httpStatus?: unknown }).httpStatus === "number");

/** An answer given only for the project's own class. */
export function isOperational(value: Error): boolean {
  if (value instanceof AppError) return value.operational;
  return false;
}

/** Says nothing about a specific class: any Error passes. */
export const isSomeError = (value: unknown): value is Error => value instanceof Error;

/** Answers true for anything with a message: not a kind check. */
export function hasMessage(value: unknown): boolean {
  if (value instanceof AppError) return true;
  return typeof value === "object" && value !== null && "message" in value;
}
