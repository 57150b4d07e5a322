import { Router } from "express";

export const internalRouter = Router();

// expect: missing-auth
internalRouter.post("/reindex", async (_req, res) => {
  res.json({ started: await startReindex() });
});

async function startReindex(): Promise<boolean> {
  return true;
}
