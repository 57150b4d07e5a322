// An app-wide error handler that answers a few known errors itself and hands the rest to an inner fallback. The
// reference id is made (and the error logged) inside the fallback that sends the detail, not at the handler's top,
// where every not-found and refused request would log a full error too.
import express, { type NextFunction, type Request, type Response } from "express";
import { randomBytes } from "crypto";

export const app = express();

class NotFound extends Error {}

app.use((err: Error & { code?: string }, req: Request, res: Response, next: NextFunction) => {
  if (res.headersSent) return next(err);

  const fallback = () => {
    const errorId = randomBytes(16).toString("hex");
    console.error(errorId, err);
    res.status(500);
    // expect: error-detail-leak
    res.json({ path: req.path, error: `Internal server error (reference ${errorId})` });
  };

  if (err instanceof NotFound) {
    res.status(404).json({ error: "not found" });
  } else if (err.code === "ECSRF") {
    res.sendStatus(403);
  } else {
    fallback();
  }
});
