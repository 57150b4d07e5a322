// Same shape, but a route awaits a render before answering: a request can be in flight when the signal comes.
const express = require("express");
const { renderPdf } = require("./pdf");

const renders = express();
renders.get("/alive", (req, res) => res.send("yes"));
renders.post("/render", async (req, res) => {
  res.send(await renderPdf(req.body));
});

// expect: missing-graceful-shutdown
renders.listen(7071);
