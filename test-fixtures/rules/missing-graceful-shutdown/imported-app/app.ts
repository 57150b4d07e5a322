import express from "express";

export function createApp() {
  const app = express();
  app.get("/notes", (_req, res) => res.json([]));
  return app;
}
