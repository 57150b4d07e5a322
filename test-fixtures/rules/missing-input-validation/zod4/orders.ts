// The package declares zod 4: the 400 answer uses `z.flattenError` (zod 4 deprecates `error.flatten()`) and the query
// schema `.loose()` (it deprecates `.passthrough()`).
import { Router } from "express";
import { db } from "../lib/db";

export const ordersRouter = Router();

ordersRouter.get("/orders", async (req, res) => {
  // expect: missing-input-validation
  const orders = await db.order.findMany({ where: { customerId: req.query.customer }, take: 20 });
  res.json(orders);
});

ordersRouter.post("/orders", async (req, res) => {
  // expect: missing-input-validation
  const order = await db.order.create({ data: { sku: req.body.sku, quantity: req.body.quantity * 1 } });
  res.status(201).json(order);
});
