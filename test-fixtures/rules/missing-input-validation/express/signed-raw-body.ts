import express from "express";
import { z } from "zod";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

declare const db: { payment: { create(args: { data: unknown }): Promise<unknown> } };

/** Throws unless `sent` is the HMAC of `raw` under the provider's shared secret. */
function assertSigned(raw: string, sent: string): void {
  const expected = Buffer.from(createHmac("sha256", process.env.PAYMENTS_HOOK_SECRET!).update(raw).digest("hex"));
  const received = Buffer.from(sent);
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) throw new Error("signature mismatch");
}

export const payments = express.Router();

// ok: missing-input-validation -- the bytes the JSON parser kept (`req.rawBody`) are checked against the signature header first: the parsed body is those same signed bytes
payments.post("/payments/events", async (req, res) => {
  const raw = String((req as express.Request & { rawBody: Buffer }).rawBody);
  const event = req.body;
  assertSigned(raw, req.get("x-payments-signature") ?? "");
  await db.payment.create({ data: event });
  res.sendStatus(204);
});

// The raw bytes go only to a digest for the log: nothing compares them with what the sender signed.
payments.post("/payments/replay", async (req, res) => {
  const raw = String((req as express.Request & { rawBody: Buffer }).rawBody);
  console.info("replay", createHash("sha256").update(raw).digest("hex").slice(0, 8));
  // expect: missing-input-validation
  await db.payment.create({ data: req.body });
  res.sendStatus(204);
});

const refundRequest = z.object({ paymentId: z.string().uuid(), cents: z.number().int().positive() });

// ok: missing-input-validation -- the body is named first but used only after the schema checked that same body and the handler left on failure
payments.post("/payments/refunds", async (req, res) => {
  const refund = req.body;
  const checked = refundRequest.safeParse(req.body);
  if (!checked.success) return res.status(400).json(checked.error.flatten());
  await db.payment.create({ data: refund });
  res.sendStatus(202);
});

// The named body is used before the schema sees it.
payments.post("/payments/disputes", async (req, res) => {
  // expect: missing-input-validation
  const dispute = req.body;
  await db.payment.create({ data: dispute });
  const checked = refundRequest.safeParse(req.body);
  res.status(checked.success ? 202 : 400).end();
});
