const jwt = require("jsonwebtoken");

function memberOnly(req, res, next) {
  const token = (req.get("authorization") || "").replace(/^Bearer /, "");
  try {
    req.member = jwt.verify(token, process.env.JWT_SECRET);
  } catch {
    return res.status(401).end();
  }
  return next();
}

function stamp(req, res, next) {
  req.receivedAt = new Date().toISOString();
  next();
}

// The module's object is held in a variable first, then handed out whole.
const gate = { memberOnly: memberOnly, stamp };
module.exports = gate;
