// A package the project ships for readers to copy: its own manifest says it is an example, not a service to run.
const express = require("express");

const app = express();
app.use(express.json());
app.post("/events", (req, res) => {
  console.log("event", req.body.type);
  res.sendStatus(204);
});

// ok: missing-graceful-shutdown -- an example package (its package.json description says so), not a deployed server
app.listen(8888);
