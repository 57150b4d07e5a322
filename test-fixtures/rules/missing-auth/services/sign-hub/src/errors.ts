export const ErrorCodes = { Unauthorized: "UNAUTHORIZED", NotFound: "NOT_FOUND" } as const;
export class AppError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}
