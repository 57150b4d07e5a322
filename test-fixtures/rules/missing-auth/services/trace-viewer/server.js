// The inspector a developer starts on their own machine: its manifest says it is a local development tool.
const express = require("express");

const app = express();
app.use(express.json({ limit: "1mb" }));

const spans = [];

// ok: missing-auth -- a local development tool's route (its package.json description says so)
app.delete("/spans", (req, res) => {
  spans.length = 0;
  res.status(204).end();
});

app.listen(8788);
