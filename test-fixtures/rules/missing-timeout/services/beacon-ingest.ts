import express from "express";
import { forwardBatch } from "../packages/beacon-sdk/src/forward";

const app = express();

app.post("/ingest", express.json(), async (req, res) => {
  const status = await forwardBatch("https://collector.internal", req.body.events);
  res.status(status).end();
});

export default app;
