const express = require("express");

function createCharts(settings) {
  // ok: missing-security-headers -- a sub-app: server.js mounts what this function returns behind its helmet()
  const charts = express();
  charts.get("/", (req, res) => res.send(`<h1>Tides for ${settings.region}</h1>`));
  return charts;
}

module.exports = createCharts;
