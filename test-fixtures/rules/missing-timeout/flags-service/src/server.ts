import express from "express";
import { loadRemoteRules } from "./remote-rules";

const app = express();
app.get("/rules", async (_req, res) => {
  res.json(await loadRemoteRules());
});
app.listen(8080);
