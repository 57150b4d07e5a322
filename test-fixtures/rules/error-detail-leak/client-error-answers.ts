// A client-error answer that carries an error's message is often text the app's own screen shows: here the setup form
// says why the database refused the connection string it was given. The message can still hold internals, so it is
// reported, but swapping it for "Internal server error" would hide what the user needs to act on: the fix is only
// offered, never applied by --fix (findings.snap: "fix suggestion"). The 500 answer below still gets the applied fix.
// (A thrown exception built on BadRequestException is the same case: nest/shelves.service.ts.)
import express from "express";
import { connectTo } from "./lib/setup";

const app = express();

app.post("/setup/database", async (req, res) => {
  try {
    await connectTo(req.body.connectionString);
    res.json({ ok: true });
  } catch (error: any) {
    // expect: error-detail-leak
    res.status(400).json("The database refused the connection: " + error.message);
  }
});

app.get("/setup/status", async (_req, res) => {
  try {
    res.json(await connectTo("default"));
  } catch (error: any) {
    // expect: error-detail-leak
    res.status(500).json({ error: error.message });
  }
});
