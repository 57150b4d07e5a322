import { Router } from "express";

export const entries = Router();

// A package of its own (its package.json is in backends/ledger-api): the created guard goes in its src/lib, not in the
// repository's lib/, which this package neither depends on nor compiles.
// expect: missing-auth
entries.post("/entries", async (req, res) => {
  res.status(201).json({ amount: Number(req.query.amount) });
});
