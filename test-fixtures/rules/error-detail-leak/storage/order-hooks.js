const express = require("express");
const crypto = require("node:crypto");
const { recordPaidOrder } = require("./orders.js");

const router = express.Router();

function hmacMatches(raw, sent, secret) {
  const digest = crypto.createHmac("sha256", secret).update(raw).digest("base64");
  return sent.length === digest.length && crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(sent));
}

router.post("/hooks/orders", express.raw({ type: "application/json" }), async (req, res) => {
  const sent = req.headers["x-shop-hmac-sha256"];
  if (typeof sent !== "string" || !hmacMatches(req.body, sent, process.env.SHOP_HOOK_SECRET)) return res.status(401).send("bad signature");
  try {
    await recordPaidOrder(JSON.parse(req.body.toString("utf8")));
    res.sendStatus(204);
  } catch (err) {
    // ok: error-detail-leak -- every run here passed the HMAC check: only the shop that signed the payload reads this
    res.status(400).send(`order hook failed: ${err.message}`);
  }
});

router.post("/hooks/refunds", express.raw({ type: "application/json" }), async (req, res) => {
  const sent = req.headers["x-shop-hmac-sha256"];
  if (typeof sent !== "string" || !hmacMatches(req.body, sent, process.env.SHOP_HOOK_SECRET)) console.warn("refund hook signature mismatch");
  try {
    await recordPaidOrder(JSON.parse(req.body.toString("utf8")));
    res.sendStatus(204);
  } catch (err) {
    // A failed check only logs: anyone reaches this catch.
    // expect: error-detail-leak
    res.status(400).send(`refund hook failed: ${err.message}`);
  }
});

module.exports = router;
