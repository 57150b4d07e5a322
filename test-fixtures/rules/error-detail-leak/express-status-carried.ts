import express, { type NextFunction, type Request, type Response } from "express";

const app = express();

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

app.listen(3000);
