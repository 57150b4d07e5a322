const express = require("express");

module.exports = function shelfRoutes(options) {
  const router = express.Router();
  const shelves = [];
  // ok: missing-auth -- the mount in server.js puts requireMember in front of every route of this router
  router.post("/", (req, res) => {
    if (shelves.length >= options.capacity) return res.status(409).end();
    shelves.push({ label: String(req.body.label).slice(0, 40) });
    res.status(201).end();
  });
  return router;
};
