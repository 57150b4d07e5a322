// A stand-in for the payment provider that the end-to-end suite starts: its manifest says it is a test double.
const express = require("express");

const app = express();
app.use(express.json({ limit: "100kb" }));

const charges = [];

// ok: missing-auth -- a test double's route (its package.json description says it serves end-to-end tests)
app.post("/v1/charges", (req, res) => {
  charges.push({ amount: Number(req.body.amount) });
  res.status(201).json({ id: charges.length });
});

app.listen(4100);
