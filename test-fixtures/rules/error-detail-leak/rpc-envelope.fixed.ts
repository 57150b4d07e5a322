import express from "express";
import { db } from "./db";
import { randomBytes } from "crypto";

const rpc = express.Router();

rpc.post("/rpc", async (req, res) => {
  try {
    res.json({ jsonrpc: "2.0", id: req.body.id, result: (await db.query("select rpc_call($1, $2)", [req.body.method, req.body.params])).rows });
  } catch (failure) {
    const errorId = randomBytes(16).toString("hex");
    console.error(errorId, failure);
    // expect: error-detail-leak
    res.json({ jsonrpc: "2.0", id: req.body.id, error: { code: -32603, message: `Internal server error (reference ${errorId})` } });
  }
});

rpc.post("/batch", async (req, res) => {
  try {
    res.json((await db.query("select rpc_batch($1)", [req.body.calls])).rows);
  } catch (problem) {
    const errorId = randomBytes(16).toString("hex");
    console.error(errorId, problem);
    if (req.query.format === "text") {
      // expect: error-detail-leak
      return res.status(500).type("text").send(`batch failed: Internal server error (reference ${errorId})`);
    }
    // expect: error-detail-leak
    res.status(500).json({ failed: true, reason: `Internal server error (reference ${errorId})` });
  }
});

export default rpc;
