// An archive server that still promises to run on Node 8 (see its engines): Node's crypto module has no randomUUID
// there and `require("node:crypto")` fails, so the reference id comes from randomBytes of the plain `crypto` module.
const { randomBytes } = require("crypto");
const express = require("express");
const archive = require("./archive");

const app = express();

app.get("/archives/:name", async (req, res) => {
  try {
    res.send(await archive.read(req.params.name));
  } catch (err) {
    // expect: error-detail-leak
    const errorId = randomBytes(16).toString("hex");
    console.error(errorId, err);
    res.status(500).send("archive failed: " + `Internal server error (reference ${errorId})`);
  }
});

module.exports = app;
