const express = require("express");
const rateLimit = require("express-rate-limit");

const app = express();
// expect: untrusted-forwarded-for
app.set("trust proxy", true);
// The limiter keys on req.ip by default: a client that writes X-Forwarded-For gets a fresh budget each time.
app.use(rateLimit({ windowMs: 60_000, limit: 30 }));
app.get("/notes", (req, res) => res.json({ notes: [] }));
app.listen(4001);
