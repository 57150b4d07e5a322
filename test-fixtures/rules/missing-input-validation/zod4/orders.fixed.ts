// The package declares zod 4: the 400 answer uses `z.flattenError` (zod 4 deprecates `error.flatten()`) and the query
// schema `.loose()` (it deprecates `.passthrough()`).
import { Router } from "express";
import { db } from "../lib/db";
import { z } from "zod";

export const ordersRouter = Router();

const listOrdersQuery = z.object({ customer: z.string().optional() }).loose();

ordersRouter.get("/orders", async (req, res) => {
  const parsed = listOrdersQuery.safeParse(req.query);
  if (!parsed.success) return res.status(400).json({ error: z.flattenError(parsed.error) });
  // expect: missing-input-validation
  const orders = await db.order.findMany({ where: { customerId: parsed.data.customer }, take: 20 });
  res.json(orders);
});

const createOrderBody = z.object({ sku: z.any(), quantity: z.number() });

ordersRouter.post("/orders", async (req, res) => {
  const parsed = createOrderBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: z.flattenError(parsed.error) });
  // expect: missing-input-validation
  const order = await db.order.create({ data: { sku: parsed.data.sku, quantity: parsed.data.quantity * 1 } });
  res.status(201).json(order);
});
