const express = require("express");
const { requireSignedBody, requirePairedKiln, noteSignature } = require("./checks");
const { Kilns } = require("./store");

const app = express();
app.use(express.json({ limit: "100kb" }));

// ok: missing-auth -- requireSignedBody answers 400 without next() unless the body's signature verifies
app.delete("/firings/:id", requireSignedBody, async (req, res) => {
  res.json(await Kilns.removeFirings(req.params.id));
});

// ok: missing-auth -- requirePairedKiln answers 400 unless the sent kiln token names a paired kiln
app.post("/kilns/:id/reset", [requirePairedKiln], async (req, res) => {
  res.json(await Kilns.removeFirings(req.params.id));
});

// expect: missing-auth
app.delete("/drafts/:id", noteSignature, async (req, res) => {
  res.json(await Kilns.removeFirings(req.params.id));
});

app.listen(3000);
