// The package validates with valibot 1: the scaffold is a valibot schema (v.object drops the keys the handler never
// reads, v.optional for a field with a fallback, v.looseObject for a nested object passed on), checked with
// v.safeParse and answered with v.flatten.
import { Router } from "express";
import { db } from "../lib/db";
import * as v from "valibot";

export const refundsRouter = Router();

const createRefundBody = v.object({
  amountCents: v.number(),
  orderId: v.any(),
  reason: v.optional(v.any()),
  address: v.looseObject({ street: v.string() }),
});

refundsRouter.post("/refunds", async (req, res) => {
  const parsed = v.safeParse(createRefundBody, req.body);
  if (!parsed.success) return res.status(400).json({ error: v.flatten(parsed.issues) });
  if (parsed.output.amountCents <= 0) return res.status(422).json({ error: "nothing to refund" });
  const refund = await db.refund.create({
    // expect: missing-input-validation
    data: { orderId: parsed.output.orderId, amountCents: parsed.output.amountCents, reason: parsed.output.reason ?? "unspecified", street: parsed.output.address.street.trim() },
  });
  res.status(201).json(refund);
});

const updateRefundBody = v.partial(v.object({ note: v.string() }));

refundsRouter.patch("/refunds/:id", async (req, res) => {
  const parsed = v.safeParse(updateRefundBody, req.body);
  if (!parsed.success) return res.status(400).json({ error: v.flatten(parsed.issues) });
  // expect: missing-input-validation
  const refund = await db.refund.update({ where: { id: req.params.id }, data: { note: parsed.output.note.trim() } });
  res.json(refund);
});
