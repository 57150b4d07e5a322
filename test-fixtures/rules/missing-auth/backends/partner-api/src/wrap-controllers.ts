import type { NextFunction, Request, Response } from "express";

type Handler = (req: Request, res: Response, next: NextFunction) => unknown;

/** Gives each controller function the same name in the result, with its rejections passed to `next`. */
export function wrapControllers<T extends string>(controllers: Record<T, Handler>): Record<T, Handler> {
  const wrapped = {} as Record<T, Handler>;
  (Object.keys(controllers) as T[]).forEach((key) => {
    wrapped[key] = (req, res, next) => Promise.resolve(controllers[key](req, res, next)).catch(next);
  });
  return wrapped;
}
