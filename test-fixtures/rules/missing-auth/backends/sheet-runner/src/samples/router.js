// The product's own module for lab samples: the server mounts it, so `samples/` here names a subject, not sample code.
const express = require("express");

const samples = express.Router();
// expect: missing-auth
samples.post("/api/samples", (req, res) => res.status(201).json(req.body));

module.exports = samples;
