const express = require("express");

const app = express();
const isDev = process.env.NODE_ENV === "development";

if (isDev) {
  app.post("/dev/echo", (req, res) => {
    // ok: missing-input-validation -- registered only in development: production serves no such route
    res.json({ received: req.body.message.trim() });
  });
}

app.post("/echo", (req, res) => {
  // expect: missing-input-validation
  res.json({ received: req.body.message.trim() });
});

module.exports = app;
