// The package validates with valibot 1: the scaffold is a valibot schema (v.object drops the keys the handler never
// reads, v.optional for a field with a fallback, v.looseObject for a nested object passed on), checked with
// v.safeParse and answered with v.flatten.
import { Router } from "express";
import { db } from "../lib/db";

export const refundsRouter = Router();

refundsRouter.post("/refunds", async (req, res) => {
  if (req.body.amountCents <= 0) return res.status(422).json({ error: "nothing to refund" });
  const refund = await db.refund.create({
    // expect: missing-input-validation
    data: { orderId: req.body.orderId, amountCents: req.body.amountCents, reason: req.body.reason ?? "unspecified", street: req.body.address.street.trim() },
  });
  res.status(201).json(refund);
});

refundsRouter.patch("/refunds/:id", async (req, res) => {
  // expect: missing-input-validation
  const refund = await db.refund.update({ where: { id: req.params.id }, data: { note: req.body.note.trim() } });
  res.json(refund);
});
