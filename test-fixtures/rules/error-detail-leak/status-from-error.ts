// Answers whose status is the error's own, or a literal below 500: the message is a deliberate refusal (not found, quota
// reached) or a result the screen shows, so the generic message is only offered. A 500 answer still gets the safe fix.
import express, { type NextFunction, type Request, type Response } from "express";

export const app = express();

class ProblemError extends Error {
  constructor(message: string, readonly httpCode: number) {
    super(message);
  }
}

class QuotaReached extends Error {
  readonly status = 429;
}

async function loadCatalog(shop: string): Promise<string[]> {
  if (!shop) throw new QuotaReached("daily catalog quota reached");
  return catalogRows(shop);
}

app.get("/catalog/:shop", async (req: Request, res: Response) => {
  try {
    res.json(await loadCatalog(req.params.shop));
  } catch (e) {
    // The thrown error states its own status (429 here); anything else is refused as the caller's.
    const status = e instanceof Error && "status" in e && typeof e.status === "number" ? e.status : 403;
    // expect: error-detail-leak
    res.status(status).json({ status, message: e instanceof Error ? e.message : "refused" });
  }
});

app.get("/suggestions/:shop", async (req: Request, res: Response) => {
  try {
    res.json({ items: await loadCatalog(req.params.shop) });
  } catch (e) {
    // A successful answer with an empty list and the reason the panel shows.
    // expect: error-detail-leak
    res.status(200).json({ items: [], note: (e as Error).message });
  }
});

app.get("/export/:shop", async (req: Request, res: Response) => {
  try {
    res.json(await loadCatalog(req.params.shop));
  } catch (e) {
    // expect: error-detail-leak
    res.status(500).json({ message: (e as Error).message });
  }
});

// The app's one error handler: a ProblemError answers its own code (404, 422 …), anything else 500.
app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
  const code = error instanceof ProblemError ? error.httpCode : 500;
  // expect: error-detail-leak
  res.status(code).json({ code, message: error.message });
});

// The database query: its failures carry the driver's text.
declare function catalogRows(shop: string): Promise<string[]>;
