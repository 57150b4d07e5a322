import { Router, type Request, type Response } from "express";
import { db } from "../lib/db";
import { requireAuth } from "../lib/auth";
import { notifyWarehouse } from "../lib/warehouse";

const router = Router();

// ok: missing-input-validation -- paging values pass through Number() with a fallback
router.get("/orders", requireAuth, async (req, res) => {
  const page = Number(req.query.page) || 1;
  const { limit = "20" } = req.query;
  const orders = await db.order.findMany({ skip: (page - 1) * parseInt(limit as string, 10), take: parseInt(limit as string, 10) });
  res.json(orders);
});

router.get("/orders/search", requireAuth, async (req, res) => {
  // expect: missing-input-validation
  const orders = await db.order.findMany({ where: { customerEmail: req.query.email as string } });
  res.json(orders);
});

// PUT counts as much as POST: the whole body lands in the ORM call.
router.put("/orders/:id", requireAuth, async (req: Request, res: Response) => {
  const existing = await db.order.findUnique({ where: { id: req.params.id } });
  if (!existing) return res.status(404).json({ error: "not found" });
  // expect: missing-input-validation
  const order = await db.order.update({ where: { id: req.params.id }, data: req.body });
  res.json(order);
});

router.post("/orders/:id/items", requireAuth, async (req, res) => {
  // expect: missing-input-validation
  const item = await db.orderItem.create({ data: { ...req.body, orderId: req.params.id } });
  await notifyWarehouse(item);
  res.status(201).json(item);
});

// expect: missing-input-validation
router.put("/orders/:id/address", requireAuth, async ({ body, params }, res) => {
  const address = await db.address.update({ where: { orderId: params.id }, data: body });
  res.json(address);
});

// ok: missing-input-validation -- a DELETE that reads only the path param
router.delete("/orders/:id", requireAuth, async (req, res) => {
  await db.order.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

export default router;
