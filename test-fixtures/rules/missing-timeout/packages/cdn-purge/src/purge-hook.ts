import express from "express";

export function startPurgeHook() {
  const app = express();
  app.get("/healthz", (_req, res) => res.send("ok"));
  app.listen(8080);
}
