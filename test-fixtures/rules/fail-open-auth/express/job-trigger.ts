import crypto from "node:crypto";
import express from "express";

const app = express();

function signatureOf(body: unknown, key: string): string {
  return crypto.createHmac("sha256", key).update(JSON.stringify(body)).digest("hex");
}

// A job trigger checked by signature, unless a deploy setting has one exact value: unset means unchecked.
function requireJobSignature(req: express.Request, res: express.Response, next: express.NextFunction) {
  // expect: fail-open-auth configSwitch
  if (process.env.JOB_SIGNATURES !== "on") return next();
  const key = process.env.JOB_SIGNING_KEY;
  if (!key) return res.status(500).json({ error: "job signing is not configured" });
  if (req.header("x-job-signature") !== signatureOf(req.body, key)) return res.status(401).json({ error: "bad signature" });
  next();
}

// ok: fail-open-auth -- the setting only chooses which check runs; both branches verify and reject.
function requireJobCaller(req: express.Request, res: express.Response, next: express.NextFunction) {
  const key = process.env.JOB_SIGNING_KEY;
  if (!key) return res.status(500).json({ error: "job signing is not configured" });
  if (process.env.JOB_AUTH_MODE === "header") {
    if (req.header("x-job-key") !== key) return res.status(401).json({ error: "bad key" });
    return next();
  }
  if (req.header("x-job-signature") !== signatureOf(req.body, key)) return res.status(401).json({ error: "bad signature" });
  next();
}

// ok: fail-open-auth -- the shortcut needs the setting spelled out on purpose; unset or mistyped, every caller is checked.
function requireReplayCaller(req: express.Request, res: express.Response, next: express.NextFunction) {
  if (process.env.LOCAL_REPLAY_TOKEN && process.env.LOCAL_REPLAY_OPEN === "yes") return next();
  const key = process.env.JOB_SIGNING_KEY;
  if (!key) return res.status(500).json({ error: "job signing is not configured" });
  if (req.header("x-job-signature") !== signatureOf(req.body, key)) return res.status(401).json({ error: "bad signature" });
  next();
}

// A shortcut written as "not off": unset, the negation holds and nobody is checked.
function requireArchiveCaller(req: express.Request, res: express.Response, next: express.NextFunction) {
  // expect: fail-open-auth configSwitch
  if (!(process.env.ARCHIVE_CHECKS === "enforce")) return next();
  const key = process.env.JOB_SIGNING_KEY;
  if (!key) return res.status(500).json({ error: "job signing is not configured" });
  if (req.header("x-job-signature") !== signatureOf(req.body, key)) return res.status(401).json({ error: "bad signature" });
  next();
}

app.post("/jobs/run", express.json(), requireJobSignature, (_req, res) => res.json({ started: true }));
app.post("/jobs/retry", express.json(), requireJobCaller, (_req, res) => res.json({ started: true }));
app.post("/jobs/replay", express.json(), requireReplayCaller, (_req, res) => res.json({ started: true }));
app.post("/jobs/archive", express.json(), requireArchiveCaller, (_req, res) => res.json({ started: true }));
app.listen(3000);
