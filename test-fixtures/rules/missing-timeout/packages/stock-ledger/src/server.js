import express from "express";
import { ledger } from "../bin/ledger-client.js";

const app = express();
app.get("/stock/:sku", async (req, res) => {
  const { rows } = await ledger.query("select qty from stock where sku = $1", [req.params.sku]);
  res.json(rows[0] ?? null);
});
app.listen(3000);
