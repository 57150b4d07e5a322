import express from "express";
import Gatekeeper from "./guards/gatekeeper.js";
import legacyKeys from "./guards/legacy-keys.cjs";
import Access from "./guards/access.js";
import Ownership from "./guards/ownership.js";
import { ledger } from "./lib/ledger.js";
import { appLog } from "./lib/app-log.js";
import { auditTrail } from "./lib/audit-trail.js";

const app = express();
app.use(express.json());

// ok: missing-auth -- the factory's middleware refuses a caller without a live session (401 through a helper)
app.post("/entries", Gatekeeper.signedIn(), async (req, res) => {
  res.status(201).json(await ledger.record(req.member.id, req.body.amount));
});

// ok: missing-auth -- a function of the exported object that answers 403 without the bookkeeper role
app.post("/periods/close", Gatekeeper.bookkeeper, async (req, res) => {
  res.json(await ledger.close(req.body.period));
});

// ok: missing-auth -- a function of the object module.exports holds, refusing a wrong partner key
app.post("/partners/import", legacyKeys.partnerKey, async (req, res) => {
  res.json(await ledger.importFrom(req.get("x-partner-id"), req.body.rows));
});

// ok: missing-auth -- the factory returns the basic-auth factory's middleware, which refuses a wrong pair
app.post("/ledger/rebuild", Gatekeeper.operators(), async (req, res) => {
  res.json(await ledger.close("all"));
});

// ok: missing-auth -- the member's list starts with the session factory's middleware
app.post("/periods/:period/audit", Access.auditors, async (req, res) => {
  res.json(await ledger.close(req.period));
});

// ok: missing-auth -- the member makes a list that starts with the session factory's middleware
app.post("/periods/:period/lock", Access.periodClerks("clerk"), async (req, res) => {
  res.json(await ledger.close(req.period));
});

// The member's list only loads the period.
// expect: missing-auth
app.post("/periods/:period/reopen", Access.openDesk, async (req, res) => {
  res.json(await ledger.close(req.period));
});

// ok: missing-auth -- the member is the ownership check handed to a wrapper that only forwards to it
app.post("/entries/:entry/void", Ownership.ownsEntry, async (req, res) => {
  res.json(await ledger.record(req.params.entry, 0));
});

// The wrapper lets every caller through on the demo deployment.
// expect: missing-auth
app.post("/entries/:entry/annotate", Ownership.ownsEntryOutsideDemo, async (req, res) => {
  res.json(await ledger.record(req.params.entry, 0));
});

// ok: missing-auth -- a log line first, then the shared-token check refuses with 401
app.post("/hooks/reindex", async (req, res) => {
  appLog.verbose("reindex hook called");
  if (req.headers["x-hook-token"] !== process.env.HOOK_TOKEN) return res.status(401).json({ error: "bad token" });
  res.json(await ledger.close("reindex"));
});

// The audit entry is written before the token is checked: anyone can add one.
// expect: missing-auth
app.post("/hooks/replay", async (req, res) => {
  await auditTrail.info(`replay asked by ${req.ip}`);
  if (req.headers["x-hook-token"] !== process.env.HOOK_TOKEN) return res.status(401).json({ error: "bad token" });
  res.json(await ledger.close("replay"));
});

// Logging the session is no check: anyone may record an entry here.
// expect: missing-auth
app.post("/entries/quick", Gatekeeper.noteVisit, async (req, res) => {
  res.status(201).json(await ledger.record(req.body.memberId, req.body.amount));
});

app.listen(Number(process.env.PORT ?? 3000));
