import type { NextApiRequest, NextApiResponse } from "next";
import Cors from "cors";

export const corsMiddleware = Cors({ methods: ["GET", "POST"] });

/** Runs a connect-style middleware and waits for it to call next. */
export function runMiddleware(req: NextApiRequest, res: NextApiResponse, middleware: (req: unknown, res: unknown, next: (result: unknown) => void) => void) {
  return new Promise((resolve, reject) => {
    middleware(req, res, (result) => (result instanceof Error ? reject(result) : resolve(result)));
  });
}
