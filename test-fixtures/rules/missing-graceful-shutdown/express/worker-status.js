const express = require("express");

const status = express();
status.get("/", (req, res) => res.send("up"));

// expect: missing-graceful-shutdown
status.listen(9100, () => {
  console.log("status page up");
});
