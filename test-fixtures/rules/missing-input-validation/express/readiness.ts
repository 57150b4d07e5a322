import express from "express";
import { db } from "../lib/db";

const router = express.Router();

// ok: missing-input-validation -- `in` only asks whether the client named a check; no value is read
router.get("/ready", async (req, res) => {
  const withDatabase = "database" in req.query;
  const checks: Record<string, boolean> = {};
  if (withDatabase) checks.database = (await db.$queryRaw`SELECT 1`) !== undefined;
  res.json({ ok: true, checks });
});

// The same presence test, then the value itself is used.
router.get("/ready/verbose", async (req, res) => {
  if (!("detail" in req.query)) return res.json({ ok: true });
  // expect: missing-input-validation
  res.json(await db.probe.findMany({ where: req.query }));
});

export default router;
