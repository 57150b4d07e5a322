import express, { type NextFunction, type Request, type Response } from "express";

const app = express();
const isProduction = process.env.NODE_ENV === "production";
const IS_CLOUD = process.env.HOSTING === "cloud";

app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  // ok: error-detail-leak -- details only outside production
  res.status(err.status ?? 500).json({ error: isProduction ? "Internal server error" : err.message });
});

export function devErrorHandler(err: Error, _req: Request, res: Response, _next: NextFunction) {
  if (process.env.NODE_ENV !== "production") {
    // ok: error-detail-leak -- guarded by NODE_ENV
    return res.status(500).json({ error: err.message, stack: err.stack });
  }
  res.status(500).json({ error: "Internal server error" });
}

export function statusAwareHandler(err: Error & { statusCode?: number; expose?: boolean }, _req: Request, res: Response, _next: NextFunction) {
  // ok: error-detail-leak -- http-errors marks client-safe messages with expose
  if (err.expose) return res.status(err.statusCode ?? 400).json({ error: err.message });
  // expect: error-detail-leak
  res.status(500).send(err);
}

app.post("/reports/draft", async (req: Request, res: Response) => {
  try {
    res.json({ draft: await draftReport(String(req.body.prompt)) });
  } catch (e) {
    // ok: error-detail-leak -- only a self-hosted install's own operator sees the detail
    res.status(400).json({ message: "Could not draft the report. " + (!IS_CLOUD ? (e as Error).message : "") });
  }
});

app.post("/reports/publish", async (req: Request, res: Response) => {
  try {
    res.json({ url: await draftReport(String(req.body.id)) });
  } catch (e) {
    // expect: error-detail-leak
    res.status(400).json({ message: "Could not publish the report. " + (e as Error).message });
  }
});

app.post("/reports/import", async (req: Request, res: Response) => {
  if (IS_CLOUD) throw new Error("Imports run on self-hosted installs only");
  try {
    res.json({ url: await draftReport(String(req.body.source)) });
  } catch (e) {
    // ok: error-detail-leak -- the hosted service left before the try: only a self-hosted operator reads this
    res.status(500).json({ message: (e as Error).message });
  }
});

app.post("/reports/export", async (req: Request, res: Response) => {
  if (!IS_CLOUD) return res.status(404).json({ message: "Exports run on the hosted service only" });
  try {
    res.json({ url: await draftReport(String(req.body.target)) });
  } catch (e) {
    // expect: error-detail-leak
    res.status(500).json({ message: (e as Error).message });
  }
});

declare function draftReport(input: string): Promise<string>;

export default app;
