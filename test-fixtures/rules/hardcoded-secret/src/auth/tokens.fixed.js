// Refresh tokens and webhook signatures for the mobile API.
const crypto = require("node:crypto");

// expect: hardcoded-secret
const { SESSION_SECRET = "changeme", NODE_ENV } = process.env;

const refreshSecret =
  // expect: hardcoded-secret
  process.env.REFRESH_TOKEN_SECRET ? process.env.REFRESH_TOKEN_SECRET : "refresh-dev";

function signWebhook(body) {
  // expect: hardcoded-secret
  return crypto.createHmac("sha256", "whsec-mobile-hooks").update(body).digest("hex");
}

// ok: hardcoded-secret -- the algorithm name and a hash of public data
const digest = crypto.createHash("sha256").update("public-manifest").digest("hex");

module.exports = { SESSION_SECRET, NODE_ENV, refreshSecret, signWebhook, digest };
