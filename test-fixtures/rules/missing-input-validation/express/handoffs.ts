import express from "express";
import { db } from "../lib/db";
import { HandoffTokens } from "../lib/handoff-tokens";

const router = express.Router();

// ok: missing-input-validation -- the one body field is a signed token, verified by the helper before its claims are used
router.post("/handoffs/accept", async (req, res) => {
  const claims = HandoffTokens.open(req.body.token);
  await db.account.update({ where: { id: claims.accountId }, data: { plan: claims.plan } });
  res.status(204).end();
});

// Decoding is not verifying: the claims are whatever the client wrote into the token.
router.post("/handoffs/preview", async (req, res) => {
  // expect: missing-input-validation
  const claims = HandoffTokens.peek(req.body.token);
  res.json({ plan: claims?.plan });
});

export default router;
