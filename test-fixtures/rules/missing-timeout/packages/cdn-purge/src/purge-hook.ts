import express from "express";
import { purgeAll, purgePath } from "./purge-client.js";

export function startPurgeHook() {
  const app = express();
  app.post("/purge", async (req, res) => res.json({ purged: await purgePath(String(req.query.path)) }));
  app.post("/purge-all", async (_req, res) => res.json({ purged: await purgeAll() }));
  app.listen(8080);
}
