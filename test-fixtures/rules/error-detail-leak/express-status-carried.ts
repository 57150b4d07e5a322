import express, { type NextFunction, type Request, type Response } from "express";

const app = express();
const reasonPhrases: Record<number, string> = { 500: "Internal Server Error" };

// Handlers set a refusal status before throwing (`res.status(404); throw new Error("Shelf not found")`).
app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  let status = res.statusCode === 200 ? 500 : res.statusCode;
  // expect: error-detail-leak
  res.status(status).json({ message: err.message });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  let status = res.statusCode === 200 ? 500 : res.statusCode;
  if (err.name === "CastError") status = 500;
  // expect: error-detail-leak
  res.status(status).json({ message: err.message });
});

// One handler answers every error the app raises: its own refusals (a 409 for a taken handle, a 400 with the fields
// that failed) and anything else. The status is set in a statement of its own, so the message may be a refusal the
// client shows: the fix is only a suggestion.
app.use((err: Error & { status?: number; fields?: string[] }, _req: Request, res: Response, _next: NextFunction) => {
  const answer = { status: err.status, message: err.message, fields: err.fields };
  res.status(err.status ?? 500);
  // expect: error-detail-leak
  res.json(answer);
});

// A status set on its own to 500 answers only server errors: the safe fix replaces the message.
app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500);
  // expect: error-detail-leak
  res.json({ message: err.message || reasonPhrases[500] });
});

app.listen(3000);
