// Page revisions in a CommonJS router: the version number comes from the query string and is coerced by lodash.
const express = require("express");
const _ = require("lodash");

const router = express.Router();
const pages = { revision: async (path, version) => ({ path, version }) };

// ok: missing-input-validation -- the one query value is coerced to a safe integer before use
router.get("/history", async (req, res) => {
  const version = req.query.v ? _.toSafeInteger(req.query.v) : 0;
  res.json(await pages.revision(req.path, version));
});

router.get("/compare", async (req, res) => {
  // expect: missing-input-validation
  const versions = req.query.versions.split(",");
  res.json(await pages.revision(req.path, versions));
});

module.exports = router;
