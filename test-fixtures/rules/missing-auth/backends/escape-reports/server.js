// Route paths with URL escapes: `%` and two hex digits is part of a path, unlike a format string's `%s`.
const express = require("express");
const cookieParser = require("cookie-parser");

const reports = new Map();
const app = express();
app.use(cookieParser());

function requireSession(req, res, next) {
  if (!req.cookies.sid) return res.status(401).json({ error: "sign in" });
  next();
}

app.get("/reports", requireSession, (req, res) => res.json([...reports.keys()]));

// expect: missing-auth
app.delete("/reports/caf%c3%a9", (req, res) => res.json({ removed: reports.delete("café") }));

// expect: missing-auth
app.delete("/reports/%de%ad", (req, res) => res.json({ removed: reports.delete("dead") }));

app.listen(8080);
