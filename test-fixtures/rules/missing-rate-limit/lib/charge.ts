import { quota } from "./quota";

export class AppError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Charges `key` against a budget and throws the project's own error once it is spent. */
export async function enforceLimit(key: string, requests: number): Promise<void> {
  const { success } = await quota(requests, "1 h").limit(key);
  if (!success) throw new AppError("quota_spent");
}
