import crypto from "node:crypto";
import express from "express";
import { store } from "./store";

export const payments = express.Router();

const signingSecret = process.env.PAYMENT_SIGNING_SECRET ?? "";

// Throws unless the payment provider's HMAC over the raw body matches the header it sent.
function assertSignedByProvider(rawBody: string, sent: string): void {
  const expected = Buffer.from(crypto.createHmac("sha256", signingSecret).update(rawBody).digest("hex"));
  const received = Buffer.from(sent);
  if (expected.length !== received.length || !crypto.timingSafeEqual(expected, received)) {
    throw new Error("bad signature");
  }
}

// Answers whether the HMAC matches, and throws nothing: called for its answer, which is then dropped below.
function isSignedByProvider(rawBody: string, sent: string): boolean {
  const expected = Buffer.from(crypto.createHmac("sha256", signingSecret).update(rawBody).digest("hex"));
  return crypto.timingSafeEqual(expected, Buffer.from(sent));
}

// ok: missing-auth -- the helper of this file throws before any write unless the provider's signature verifies
payments.post("/payments/provider-webhook", express.raw({ type: "*/*" }), async (req, res) => {
  assertSignedByProvider(String(req.body), req.get("X-Signature") ?? "");
  await store.append("payment_events", JSON.parse(String(req.body)));
  res.status(204).end();
});

// The check's answer is dropped, so an unsigned request is stored all the same.
// expect: missing-auth
payments.post("/payments/legacy-webhook", express.raw({ type: "*/*" }), async (req, res) => {
  isSignedByProvider(String(req.body), req.get("X-Signature") ?? "");
  await store.append("payment_events", JSON.parse(String(req.body)));
  res.status(204).end();
});
