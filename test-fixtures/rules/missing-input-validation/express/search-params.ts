import express from "express";
import { z } from "zod";
import { db } from "../lib/db";

const router = express.Router();

/** One record of everything the client sent, whether as a query string or a form body. */
function inputsOf(req: express.Request): Record<string, string> {
  return { ...(req.query as Record<string, string>), ...(req.body as Record<string, string>) };
}

const lookupInput = z.object({ warehouseId: z.string().uuid(), sku: z.string().max(64) });

// The helper hands back the raw request input, so what the handler reads from it is unchecked.
router.post("/stock/search", async (req, res) => {
  // expect: missing-input-validation
  const params = inputsOf(req);
  if (!params.warehouseId) return res.status(400).end();
  const rows = await db.stock.findMany({ where: { warehouseId: params.warehouseId, sku: params.sku } });
  res.json(rows);
});

// ok: missing-input-validation -- the helper's record goes through a zod schema before any field is read
router.post("/stock/lookup", async (req, res) => {
  const params = lookupInput.parse(inputsOf(req));
  const rows = await db.stock.findMany({ where: params });
  res.json(rows);
});

export default router;
