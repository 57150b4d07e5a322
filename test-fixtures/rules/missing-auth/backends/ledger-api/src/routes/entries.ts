import { Router } from "express";

export const entries = Router();

// A package of its own (its package.json is in backends/ledger-api): the created guard goes in its src/lib, not in the
// repository's lib/, which this package neither depends on nor compiles. The sibling's `requireRole` is a factory: used
// bare (`requireRole, handler`) it would never call next(), so it is not reused.
// expect: missing-auth
entries.post("/entries", async (req, res) => {
  res.status(201).json({ amount: Number(req.query.amount) });
});
