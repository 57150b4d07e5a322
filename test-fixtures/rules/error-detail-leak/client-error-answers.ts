// A client-error answer that carries an error's message is often text the app's own screen shows: here the setup form
// says why the database refused the connection string it was given. The message can still hold internals, so it is
// reported, but swapping it for "Internal server error" would hide what the user needs to act on: the fix is only
// offered, never applied by --fix (findings.snap: "fix suggestion"). The 500 answer below still gets the applied fix.
// A status the error carries, with a 4xx as the fallback, may be that refusal too (the sign-in answers below).
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

app.post("/session", async (req, res) => {
  try {
    res.json(await connectTo(req.body.workspace));
  } catch (error: any) {
    // The error says why this caller was refused; without its own status it is an authentication failure.
    const status = error.status ?? 401;
    // expect: error-detail-leak
    res.status(status).json({ message: error.message });
  }
});

app.post("/session/renew", async (req, res) => {
  try {
    res.json(await connectTo(req.body.workspace));
  } catch (error: any) {
    // expect: error-detail-leak
    res.status(error.statusCode || 403).json({ message: error.message });
  }
});

app.post("/session/close", async (req, res) => {
  try {
    res.json(await connectTo(req.body.workspace));
  } catch (error: any) {
    // The status is the error's own, 500 only for errors without one: a route's deliberate 4xx refusal may pass
    // here with the message its client shows, so the generic message is only offered.
    // expect: error-detail-leak
    res.status(error.statusCode || 500).json({ message: error.message });
  }
});
