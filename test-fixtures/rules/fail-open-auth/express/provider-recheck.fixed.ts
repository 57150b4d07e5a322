import type { NextFunction, Request, Response } from "express";

declare function verifyWithProvider(token: string, signal: AbortSignal): Promise<{ subject: string }>;
declare const audit: { warn(message: string, detail: object): void };

// Every request is checked again with the identity provider, under a deadline. When the fix makes the catch refuse,
// the cleanup and the warning before its hand-off stay: only the hand-off and what follows it become the refusal.
export async function recheckWithProvider(req: Request, res: Response, next: NextFunction) {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), 2_000);
  try {
    res.locals.subject = (await verifyWithProvider(req.get("authorization") ?? "", deadline.signal)).subject;
    // expect: fail-open-auth
  } catch (failure) {
    clearTimeout(timer);
    audit.warn("identity provider unreachable, letting the request through", { failure });
    next();
    return;
  }
  clearTimeout(timer);
  next();
}
