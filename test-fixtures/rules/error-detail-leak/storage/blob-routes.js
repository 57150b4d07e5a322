const express = require("express");
const fs = require("node:fs/promises");
const path = require("node:path");
const BlobFiles = require("./blob-files.js");

const router = express.Router();

router.get("/blobs/:id", async (req, res) => {
  try {
    res.end(await fs.readFile(path.join(process.env.BLOB_ROOT, path.basename(req.params.id))));
  } catch (err) {
    // A response's write is one: the caught error's text goes to the client.
    // expect: error-detail-leak
    res.status(500).write(err.message);
    res.end();
  }
});

router.post("/blobs/:id/touch", (req, res) => {
  BlobFiles.write({ root: process.env.BLOB_ROOT }, path.basename(req.params.id), { touchedAt: Date.now() }, (code) => res.sendStatus(code ? 500 : 204));
});

module.exports = router;
