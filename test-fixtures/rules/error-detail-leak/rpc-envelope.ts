import express from "express";
import { db } from "./db";

const rpc = express.Router();

rpc.post("/rpc", async (req, res) => {
  try {
    res.json({ jsonrpc: "2.0", id: req.body.id, result: (await db.query("select rpc_call($1, $2)", [req.body.method, req.body.params])).rows });
  } catch (failure) {
    const message = failure instanceof Error ? failure.message : "unknown failure";
    // expect: error-detail-leak
    res.json({ jsonrpc: "2.0", id: req.body.id, error: { code: -32603, message } });
  }
});

rpc.post("/batch", async (req, res) => {
  try {
    res.json((await db.query("select rpc_batch($1)", [req.body.calls])).rows);
  } catch (problem) {
    if (req.query.format === "text") {
      // expect: error-detail-leak
      return res.status(500).type("text").send(`batch failed: ${String(problem)}`);
    }
    // expect: error-detail-leak
    res.status(500).json({ failed: true, reason: (problem as Error).message });
  }
});

export default rpc;
