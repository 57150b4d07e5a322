const express = require("express");

function createApp() {
  // expect: missing-security-headers
  const app = express();
  app.get("/ping", (req, res) => res.send("pong"));
  return app;
}

module.exports = { createApp };
