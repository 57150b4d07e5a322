const express = require("express");
const { pollTargets } = require("./lib/poll");

const app = express();
app.get("/status", async (_req, res) => {
  res.json(await pollTargets());
});
app.listen(8080);
