import express from "express";
import { encodeAck } from "./wire";

// ok: missing-security-headers -- its one answer is declared protobuf before it is sent; no browser renders that as a page
const sink = express();
sink.use(express.raw({ type: "application/x-protobuf", limit: "2mb" }));
sink.post("/v1/logs", (req, res) => {
  const ack = encodeAck(req.body.length);
  res.setHeader("Content-Type", "application/x-protobuf");
  res.send(ack);
});
sink.listen(4318);
