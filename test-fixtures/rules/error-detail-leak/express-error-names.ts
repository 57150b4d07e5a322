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

app.use((problem: Error & { code?: string }, _req: Request, res: Response, next: NextFunction) => {
  if (problem.code === "quotaSpent") {
    // ok: error-detail-leak -- a code in mixed case is one the application gave its own refusal
    return res.status(429).json({ reason: problem.message });
  }
  next(problem);
});

app.use((problem: Error & { code?: string }, _req: Request, res: Response, next: NextFunction) => {
  if (problem.code === "ER_NO_SUCH_TABLE") {
    // expect: error-detail-leak
    return res.status(500).json({ reason: problem.message });
  }
  next(problem);
});

app.post("/uploads", (req: Request, res: Response) => {
  try {
    storeUpload(req);
    res.status(201).end();
  } catch (problem) {
    const failure = problem as Error;
    if (["Upload too large", "Unknown upload kind"].includes(failure.message)) {
      // ok: error-detail-leak -- in this branch the message is one of the two written sentences
      return res.status(400).json({ reason: failure.message });
    }
    if (failure.message === "Upload too large" || res.locals.verbose) {
      // expect: error-detail-leak
      return res.status(500).json({ reason: failure.message });
    }
    if (failure.message === "Unknown upload kind") {
      // expect: error-detail-leak
      return res.status(400).json({ reason: failure.stack });
    }
    if (failure.message === "Upload quota reached") {
      // ok: error-detail-leak -- the error the branch pins to a written sentence: its text is its name and that sentence
      return res.status(413).send(`${failure}`);
    }
    if (failure.message !== "Upload quota reached") {
      // expect: error-detail-leak
      return res.status(500).send(`${failure}`);
    }
    res.status(500).end();
  }
});

declare function storeUpload(req: Request): void;

export default app;
