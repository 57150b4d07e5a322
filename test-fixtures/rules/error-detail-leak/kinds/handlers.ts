import express, { type NextFunction, type Request, type Response } from "express";
import { hasMessage, isAppError, isSomeError } from "./app-errors";
import { isOperational } from "./barrel";
import { isAnyFault, isProductFault } from "./index";

const app = express();

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  if (isAppError(err)) {
    // ok: error-detail-leak -- the project's own type predicate narrows to its client-facing error class
    return res.status(err.httpStatus).json({ message: err.message });
  }
  res.status(500).json({ message: "Internal server error" });
});

export function operationalHandler(err: Error, _req: Request, res: Response, _next: NextFunction) {
  const showText = isOperational(err);
  // ok: error-detail-leak -- the text is shown only for errors the helper proves are the project's own class
  res.status(500).json({ message: showText ? err.message : "Something went wrong" });
}

export function anyErrorHandler(err: unknown, _req: Request, res: Response, _next: NextFunction) {
  if (isSomeError(err)) {
    // expect: error-detail-leak
    return res.status(500).json({ message: err.message });
  }
  res.status(500).end();
}

export function duckTypedHandler(err: Error, _req: Request, res: Response, _next: NextFunction) {
  if (hasMessage(err)) {
    // expect: error-detail-leak
    return res.status(500).json({ message: err.message });
  }
  res.status(500).end();
}

app.post("/settings", async (req: Request, res: Response) => {
  const { metadata } = req.body as { metadata?: string };
  if (typeof metadata === "string") {
    try {
      JSON.parse(metadata);
    } catch (error) {
      // ok: error-detail-leak -- only the JSON parser runs in the try, so the message describes the caller's own text
      return res.status(400).json({ message: `metadata is not valid JSON: ${error}` });
    }
  }
  res.json({ ok: true });
});

app.post("/import", async (req: Request, res: Response) => {
  try {
    const rows = JSON.parse(String(req.body.rows));
    await saveRows(rows);
  } catch (error) {
    // expect: error-detail-leak
    return res.status(400).json({ message: `import failed: ${error}` });
  }
  res.json({ ok: true });
});

app.post("/config", async (_req: Request, res: Response) => {
  try {
    JSON.parse(process.env.FEATURE_FLAGS ?? "{}");
  } catch (error) {
    // expect: error-detail-leak
    return res.status(500).json({ message: `bad flags: ${error}` });
  }
  res.json({ ok: true });
});

app.post("/queues/:name/pause", async (req: Request, res: Response) => {
  try {
    await pauseQueue(req.params.name!);
    res.json({ paused: true });
  } catch (error) {
    // ok: error-detail-leak -- a 404 answers that the named thing does not exist: its message is the not-found text
    res.status(404).json({ error: error instanceof Error ? error.message : "Queue not found" });
  }
});

app.delete("/files/:id", async (req: Request, res: Response) => {
  try {
    await removeFile(req.params.id!);
    res.status(204).end();
  } catch (error) {
    // expect: error-detail-leak
    res.status(404).json({ error: String(error), stack: (error as Error).stack });
  }
});

app.post("/signup", async (req: Request, res: Response) => {
  try {
    await saveRows([req.body]);
  } catch (error) {
    // expect: error-detail-leak
    return res.status(422).json({ message: (error as Error).message });
  }
  res.json({ ok: true });
});

app.post("/search", async (req: Request, res: Response) => {
  try {
    res.json(await saveRows([req.body]));
  } catch (err) {
    const raw = (err as { statusCode?: unknown }).statusCode;
    const statusCode = typeof raw === "number" && raw >= 400 && raw <= 599 ? raw : 500;
    if (statusCode >= 500) {
      console.error(err);
      return res.status(statusCode).json({ message: "Internal server error" });
    }
    const message = err instanceof Error ? err.message : "Request failed";
    // ok: error-detail-leak -- every server error left above: only client errors reach this send
    return res.status(statusCode).json({ message });
  }
});

app.post("/report", async (req: Request, res: Response) => {
  try {
    res.json(await saveRows([req.body]));
  } catch (err) {
    const statusCode = (err as { statusCode?: number }).statusCode ?? 500;
    if (statusCode >= 500) console.error(err);
    // expect: error-detail-leak
    return res.status(statusCode).json({ message: (err as Error).message });
  }
});

declare function saveRows(rows: unknown[]): Promise<number>;
declare function pauseQueue(name: string): Promise<void>;
declare function removeFile(id: string): Promise<void>;

export default app;

export function entryPointHandler(err: unknown, _req: Request, res: Response, _next: NextFunction) {
  if (isProductFault(err)) {
    // ok: error-detail-leak -- the project's type predicate, reached through a whole re-export of a named re-export
    return res.status(err.httpStatus).json({ message: err.message });
  }
  if (isAnyFault(err)) {
    // expect: error-detail-leak
    return res.status(500).json({ message: err.message });
  }
  res.status(500).end();
}
