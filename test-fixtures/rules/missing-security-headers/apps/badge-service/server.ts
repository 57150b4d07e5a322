import express from "express";

// expect: missing-security-headers
const badges = express();
badges.get("/badge/:name", (req, res) => {
  // Express sends a string as text/html: this echoes the name into a page.
  res.send(`<svg><text>${req.params.name}</text></svg>`);
});
badges.listen(4001);
