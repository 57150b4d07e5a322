import express, { type NextFunction, type Request, type Response } from "express";

const app = express();

// The token middleware raises errors named "TokenRejectedError" whose text is written for the caller ("token expired").
app.use((problem: Error & { status?: number }, _req: Request, res: Response, next: NextFunction) => {
  if (problem.name === "TokenRejectedError") {
    // ok: error-detail-leak -- the branch admits only errors of one named kind, as `instanceof TokenRejectedError` would
    return res.status(problem.status ?? 401).json({ reason: problem.message });
  }
  next(problem);
});

app.use((problem: Error, _req: Request, res: Response, next: NextFunction) => {
  if ("QuotaExceededError" === problem.name && res.locals.quota) {
    // ok: error-detail-leak -- the literal may stand on either side, joined with other tests by `&&`
    return res.status(429).send(problem.message);
  }
  next(problem);
});

app.use((problem: Error, _req: Request, res: Response, next: NextFunction) => {
  if (problem.name === "TypeError") {
    // expect: error-detail-leak
    return res.status(500).json({ reason: problem.message });
  }
  next(problem);
});

app.use((problem: Error, _req: Request, res: Response, _next: NextFunction) => {
  if (problem.name !== "TokenRejectedError") {
    // expect: error-detail-leak
    return res.status(500).json({ reason: problem.message });
  }
  res.status(401).end();
});

app.use((problem: Error, _req: Request, res: Response, _next: NextFunction) => {
  if (problem.name === "TokenRejectedError" || res.locals.verbose) {
    // expect: error-detail-leak
    return res.status(500).json({ reason: problem.message });
  }
  res.status(500).end();
});

export default app;
