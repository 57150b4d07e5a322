// An error handler that answers an ORM failure with its message and its list of per-field errors: clients that show
// that list read it as an array, so putting a message string in its place is for a person to decide. The handler after
// it sends only the message, which the safe fix replaces.
import express, { type NextFunction, type Request, type Response } from "express";
import { randomBytes } from "crypto";

const app = express();

app.use((err: Error & { errors?: unknown[] }, _req: Request, res: Response, next: NextFunction) => {
  if (err.name.startsWith("Orm")) {
    // expect: error-detail-leak
    return res.status(500).json({ message: "storage failed", errors: err.errors });
  }
  return next(err);
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  // expect: error-detail-leak
  const errorId = randomBytes(16).toString("hex");
  console.error(errorId, err);
  res.status(500).json({ message: `Internal server error (reference ${errorId})` });
});

export default app;
