import { Router } from "express";
import { z } from "zod";
import { db } from "../lib/db";
import { orderItems, orders, refunds } from "../lib/schema";
import { requireAuth } from "../middleware/auth";
import { randomBytes } from "crypto";

const createOrderSchema = z.object({
  currency: z.string().length(3),
  items: z.array(z.object({ sku: z.string(), quantity: z.number().int().positive() })).min(1),
});

export const ordersRouter = Router();

ordersRouter.post("/orders", requireAuth, async (req, res) => {
  const input = createOrderSchema.parse(req.body);
  // expect: timestamp-id
  const orderId = `ord_${randomBytes(16).toString("hex")}`;
  // ok: timestamp-id -- `now` is a time value, not an id
  const now = Date.now();
  await db.insert(orders).values({
    id: orderId,
    userId: req.user.id,
    currency: input.currency,
    // ok: timestamp-id -- a timestamp kept as a timestamp
    createdAt: now,
    // ok: timestamp-id -- a deadline: the clock plus a fixed offset
    expiresAt: Date.now() + 15 * 60 * 1000,
  });
  await db.insert(orderItems).values(
    input.items.map((item) => ({
      // expect: timestamp-id
      id: `${orderId}-${item.sku}-${randomBytes(16).toString("hex")}`,
      orderId,
      sku: item.sku,
      quantity: item.quantity,
    })),
  );
  res.status(201).json({ id: orderId });
});

ordersRouter.post("/orders/:id/refunds", requireAuth, async (req, res) => {
  const refund = {
    // expect: timestamp-id
    id: randomBytes(16).toString("hex"),
    orderId: req.params.id,
    amount: Number(req.body.amount),
    requestedAt: new Date().toISOString(),
  };
  await db.insert(refunds).values(refund);
  res.status(202).json(refund);
});
