const express = require("express");

const status = express();
const queue = { depth: () => 0 };
status.get("/", (req, res) => res.json({ depth: queue.depth() }));

// expect: missing-graceful-shutdown
status.listen(9100, () => {
  console.log("status page up");
});
