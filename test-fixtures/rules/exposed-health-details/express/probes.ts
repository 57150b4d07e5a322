import os from "node:os";
import express from "express";
import { requireAdmin } from "./auth";
import { pingDatabase } from "./db";
import pkg from "./package.json";

export const probes = express.Router();

// ok: exposed-health-details -- the status and nothing else
probes.get("/health", (_req, res) => res.json({ status: "ok" }));

// expect: exposed-health-details@8 details
probes.get("/healthz", (_req, res) => {
  res.json({
    status: "ok",
    version: pkg.version,
    node: process.version,
    memory: process.memoryUsage(),
    host: os.hostname(),
  });
});

// expect: exposed-health-details
probes.get("/ready", async (_req, res) => {
  try {
    await pingDatabase();
    res.json({ ready: true });
  } catch (error) {
    // The driver's message names the database host and user.
    res.status(503).json({ ready: false, reason: (error as Error).message });
  }
});

// ok: exposed-health-details -- the same details, for operators only
probes.get("/status", requireAdmin, (_req, res) => {
  res.json({ uptime: process.uptime(), memory: process.memoryUsage(), region: process.env.REGION });
});

// ok: exposed-health-details -- an order's status, not the service's
probes.get("/orders/:id/status", (req, res) => res.json({ id: req.params.id, state: "shipped", version: req.query.v }));

// ok: exposed-health-details -- it echoes the caller's own address and a fixed label
probes.get("/live", (req, res) => res.json({ alive: true, caller: req.ip, host: req.hostname, version: "v2" }));

// ok: exposed-health-details -- the release version and environment name are published on purpose
probes.get("/public/health", (_req, res) => res.json({ status: "OK", version: pkg.version, env: process.env.NODE_ENV, appVersion: process.env.APP_VERSION }));

// ok: exposed-health-details -- a plain yes or no per dependency
probes.get("/health/deps", async (_req, res) => {
  const database = await pingDatabase().then(() => true, () => false);
  res.json({ database, cache: database && true });
});
