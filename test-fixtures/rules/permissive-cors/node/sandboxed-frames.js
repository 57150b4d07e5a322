// The origin `null` is what a sandboxed iframe, a `data:` page or a local file sends: any website can produce it.
const http = require("http");
const express = require("express");
const cors = require("cors");

const widgetServer = http.createServer((req, res) => {
  // expect: permissive-cors
  res.setHeader("Access-Control-Allow-Origin", "null");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  res.end("{}");
});

const previewServer = http.createServer((req, res) => {
  // ok: permissive-cors -- the null origin without credentials reads only what an anonymous request could
  res.setHeader("Access-Control-Allow-Origin", "null");
  res.end("{}");
});

const reports = express();
reports.get("/reports", (req, res) => {
  res.set({
    // expect: permissive-cors
    "Access-Control-Allow-Origin": null,
    "Access-Control-Allow-Credentials": "true",
  });
  res.json([]);
});

const embeds = express();
// expect: permissive-cors
embeds.use(cors({ origin: "null", credentials: true }));

module.exports = { widgetServer, previewServer, reports, embeds };
