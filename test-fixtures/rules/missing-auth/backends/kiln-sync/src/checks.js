const crypto = require("node:crypto");
const { Kilns } = require("./store");

const publicKey = process.env.KILN_PUBLIC_KEY;

// The body must carry a signature made with the paired key; a bad one is answered 400, and next() is not called.
function requireSignedBody(req, res, next) {
  const signature = req.header("x-kiln-signature");
  if (!signature) return res.status(400).json({ error: "unsigned payload" });
  const genuine = crypto.verify("sha256", Buffer.from(JSON.stringify(req.body)), publicKey, Buffer.from(signature, "base64"));
  if (!genuine) return res.status(400).json({ error: "payload signature does not match" });
  next();
}

// The kiln's token is looked up; an unknown or unpaired kiln is answered 400.
async function requirePairedKiln(req, res, next) {
  try {
    const token = req.header("x-kiln-token");
    if (!token) return res.status(400).json({ error: "kiln token required" });
    const kiln = await Kilns.findOne({ token: String(token) });
    if (!kiln) return res.status(400).json({ error: "unknown kiln" });
    res.locals.kiln = kiln;
    next();
  } catch (error) {
    res.status(500).json({ error: "lookup failed" });
  }
}

// Verifies, but only logs a mismatch and lets the request through.
function noteSignature(req, res, next) {
  const signature = req.header("x-kiln-signature");
  const genuine = signature && crypto.verify("sha256", Buffer.from(JSON.stringify(req.body)), publicKey, Buffer.from(signature, "base64"));
  if (!genuine) console.warn("unsigned kiln payload");
  next();
}

module.exports = { requireSignedBody, requirePairedKiln, noteSignature };
