// A product whose description mentions local, not a development tool: it is deployed.
const express = require("express");

const app = express();
app.use(express.json({ limit: "1mb" }));

const notes = new Map();

// expect: missing-auth
app.delete("/notes", (req, res) => {
  notes.clear();
  res.status(204).end();
});

app.listen(8789);
