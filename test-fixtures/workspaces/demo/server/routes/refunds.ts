import { randomUUID } from "node:crypto";
import { Router } from "express";
import { z } from "zod";
import { paymentsApiUrl } from "../config";
import { db } from "../db";

export const refundsRouter = Router();

const createRefundBody = z
  .object({
    orderId: z.string().uuid(),
    amountCents: z.number().int().positive(),
    reason: z.string().max(500),
  })
  .strict();

refundsRouter.post("/", async (req, res) => {
  const parsed = createRefundBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  const refund = { id: randomUUID(), ...parsed.data, createdAt: Date.now() };
  await db.refunds.insert(refund);
  const response = await fetch(`${paymentsApiUrl}/refunds`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(refund),
    signal: AbortSignal.timeout(10_000),
  });
  return res.status(response.ok ? 201 : 502).json(refund);
});
