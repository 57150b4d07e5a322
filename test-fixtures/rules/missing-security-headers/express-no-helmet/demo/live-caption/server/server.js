// A demo server beside the page it serves, kept under `demo/`: sample code for readers, never deployed.
const express = require("express");

// ok: missing-security-headers -- under a `demo/` folder: sample code
const app = express();
app.use(express.static("../client"));
app.get("/captions", (_req, res) => res.json([]));

app.listen(9000);
