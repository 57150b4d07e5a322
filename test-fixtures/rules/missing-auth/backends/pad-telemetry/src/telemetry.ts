import express from "express";
import log4js from "log4js";
import { db } from "./db";

const browserLog = log4js.getLogger("browser");
const app = express();
app.use(express.json());

const describe = (details: Record<string, unknown>): string =>
  Object.entries(details)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(" ");

// The editor page reports why its connection dropped; the handler writes the report to the log and answers a fixed
// text. A log line grants nothing and reads nothing back, so anonymous editors may send it.
// ok: missing-auth -- only logs what was sent (through a log4js logger) and answers a fixed body
app.post("/telemetry/disconnect", (req, res) => {
  if (!req.body || typeof req.body.details !== "object") {
    browserLog.warn("disconnect report without details");
    res.status(400).end("missing details");
    return;
  }
  browserLog.info(`disconnect: ${describe(req.body.details)}`);
  res.end("OK");
});

// Keeping the report in the database is a write anyone could fill.
// expect: missing-auth
app.post("/telemetry/crash", async (req, res) => {
  browserLog.error("crash report received");
  await db.insert("crash_reports", req.body);
  res.end("OK");
});

export default app;
