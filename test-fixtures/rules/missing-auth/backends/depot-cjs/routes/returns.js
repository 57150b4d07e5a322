const express = require("express");

function returnRoutes(options) {
  const router = express.Router();
  const returns = [];
  // expect: missing-auth -- mounted in place with no guard in front
  router.delete("/:id", (req, res) => {
    returns.splice(Number(req.params.id) % options.window, 1);
    res.status(204).end();
  });
  return router;
}

module.exports = returnRoutes;
