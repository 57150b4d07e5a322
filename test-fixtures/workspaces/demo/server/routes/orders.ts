import { Router } from "express";
import { paymentsApiUrl } from "../config";
import { db } from "../db";

export const ordersRouter = Router();

ordersRouter.get("/:id", async (req, res) => {
  const order = await db.orders.findById(req.params.id);
  if (!order) return res.status(404).json({ error: "not found" });
  return res.json(order);
});

// expect: missing-auth
ordersRouter.post("/", async (req, res) => {
  const order = {
    // expect: timestamp-id
    id: Date.now().toString(),
    // expect: missing-input-validation
    customerEmail: req.body.customerEmail,
    amountCents: req.body.amountCents,
    createdAt: Date.now(),
  };
  await db.orders.insert(order);
  // expect: missing-timeout
  const charge = await fetch(`${paymentsApiUrl}/charges`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ orderId: order.id, amountCents: order.amountCents }),
  });
  res.status(charge.ok ? 201 : 502).json(order);
});
