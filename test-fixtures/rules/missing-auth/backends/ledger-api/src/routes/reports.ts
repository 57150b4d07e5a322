import { Router } from "express";
import { requireRole } from "../middleware/roles";

export const reports = Router();

// ok: missing-auth -- the factory's middleware refuses callers without a session
reports.post("/reports", requireRole("auditor"), async (_req, res) => {
  res.status(202).json({ queued: true });
});
