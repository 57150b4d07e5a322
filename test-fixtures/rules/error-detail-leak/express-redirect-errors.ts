import express, { type NextFunction, type Request, type Response } from "express";

const app = express();

type AppError = Error & { status?: number | string; path?: string };

// The app throws `Object.assign(new Error("moved"), { status: 308, path: "/new/place" })` to send visitors elsewhere.
app.use((err: AppError, _req: Request, res: Response, _next: NextFunction) => {
  const status = Number(err.status);
  if ((status === 301 || status === 308) && err.path) {
    // ok: error-detail-leak -- only errors the app raised with a redirect status get here, and `path` is its own target
    return wantsJson(res) ? res.status(200).json({ redirectTo: err.path }) : res.redirect(status, err.path);
  }
  if (status === 404) {
    // expect: error-detail-leak
    return res.status(404).json({ missing: err.path });
  }
  res.status(500).json({ error: "Internal server error" });
});

function wantsJson(res: Response): boolean {
  return res.req.accepts(["html", "json"]) === "json";
}

app.listen(3000);
