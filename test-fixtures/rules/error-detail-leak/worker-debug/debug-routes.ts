import type { Express } from "express";
import { runJob } from "./jobs";

// Routes a developer uses to trigger jobs by hand; the worker registers them only outside production.
export function registerDebugRoutes(app: Express) {
  app.post("/debug/jobs/:name", async (req, res) => {
    try {
      res.json(await runJob(req.params.name));
    } catch (error) {
      // ok: error-detail-leak -- served only outside production (see server.ts): the developer asked for this diagnostic
      res.status(500).json({ error: (error as Error).message });
    }
  });
}

// Registered in production too: the same answer leaks there.
export function registerJobRoutes(app: Express) {
  app.post("/jobs/:name", async (req, res) => {
    try {
      res.json(await runJob(req.params.name));
    } catch (error) {
      // expect: error-detail-leak
      res.status(500).json({ error: (error as Error).message });
    }
  });
}
