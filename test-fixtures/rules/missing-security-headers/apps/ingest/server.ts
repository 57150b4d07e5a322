import express from "express";

// ok: missing-security-headers -- a JSON ingestion endpoint: JSON answers and literal plain replies only
const ingest = express();
ingest.use(express.json({ limit: "100kb" }));
ingest.post("/events", (req, res) => {
  if (!Array.isArray(req.body)) return res.status(400).send("expected an array");
  res.status(202).json({ accepted: req.body.length });
});
ingest.get("/healthz", (_req, res) => res.sendStatus(204));
ingest.listen(4000);
