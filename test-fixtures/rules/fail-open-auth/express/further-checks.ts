import crypto from "node:crypto";
import express from "express";

const app = express();

interface Store {
  setIfAbsent(key: string, ttlSeconds: number): Promise<boolean>;
}

interface Device {
  id: string;
  tokenIssuedAt: Date;
}

const slotStore: Store | undefined = undefined;
const FRESHNESS_GATE_ENABLED = process.env.FRESHNESS_GATE_ENABLED === "1";
const DEVICE_SIGNING_KEY = process.env.DEVICE_SIGNING_KEY;

class Forbidden extends Error {
  readonly status = 403;
}

function signatureOf(payload: string, key: string): string {
  return crypto.createHmac("sha256", key).update(payload).digest("hex");
}

// A first-come claim on a slot: without its store every caller wins, which duplicates work but decides no access.
// The function's name mentions a session; it reads no credential and refuses no one.
export async function claimSessionSlot(slot: string): Promise<boolean> {
  // ok: fail-open-auth -- a dedupe claim, not an access decision: nothing here reads a credential or answers 401/403
  if (!slotStore) return true;
  return slotStore.setIfAbsent(`slot:${slot}`, 60);
}

// A further check on a device whose caller is already authenticated: an opt-in rollout switch turns it on.
export class AuthenticatedDevice {
  constructor(private readonly device: Device) {}

  async assertRecentToken(request: Request, cutoff: Date): Promise<void> {
    // ok: fail-open-auth -- the switch is only tested, never used as key material, and no request credential is read here
    if (!FRESHNESS_GATE_ENABLED) return;
    if (this.device.tokenIssuedAt >= cutoff) return;
    // Which answer to give depends on what asked; the header says nothing about who asked.
    if (request.headers.get("accept")?.includes("text/html")) throw new Forbidden("device token issued before the cutoff");
    throw new Forbidden("stale device token");
  }

  async assertSignedBy(payload: string, signature: string): Promise<void> {
    // expect: fail-open-auth missingConfig
    if (!DEVICE_SIGNING_KEY) return;
    if (signatureOf(payload, DEVICE_SIGNING_KEY) !== signature) throw new Forbidden("bad device signature");
  }
}

// The primary verifier of the request: a switch that turns it off when unset fails open for every route behind it.
function requireApiKey(req: express.Request, res: express.Response, next: express.NextFunction) {
  // expect: fail-open-auth missingConfig
  if (!process.env.API_KEYS_ENABLED) return next();
  // expect: fail-open-auth unsetKeyMatches
  if (req.header("x-api-key") !== process.env.SERVICE_API_KEY) return res.status(401).json({ error: "bad key" });
  next();
}

app.get("/reports", requireApiKey, (_req, res) => res.json({ reports: [] }));
app.listen(3000);
