// The container's liveness answer, started beside the worker: each request is answered on the spot with a fixed body,
// so a SIGTERM never cuts off work in flight.
const express = require("express");

const probe = express();
probe.get("/alive", (req, res) => {
  res.status(204).end();
});
probe.head("/alive", (req, res) => res.sendStatus(204));

// ok: missing-graceful-shutdown -- every route answers a literal at once; nothing is ever in flight to drain
probe.listen(process.env.PROBE_PORT || 7070);
