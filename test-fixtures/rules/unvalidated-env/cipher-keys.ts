// The key argument is known by what the callee is, however the file names it: an aliased named import, a require.
import { createHmac as hmacOf } from "node:crypto";

export function tagFor(payload: string): string {
  // expect: unvalidated-env
  return hmacOf("sha256", `${process.env.TAG_KEY}`).update(payload).digest("hex");
}

export function sealFor(payload: string, iv: Buffer): Buffer {
  // expect: unvalidated-env
  const cipher = require("node:crypto").createCipheriv("aes-256-gcm", String(process.env.SEAL_KEY), iv);
  return Buffer.concat([cipher.update(payload), cipher.final()]);
}

export function labelFor(payload: string): string {
  // ok: unvalidated-env -- the stringified value is the data hashed, not the key
  return hmacOf("sha256", "fixed-label").update(`${process.env.DEPLOY_ID}`).update(payload).digest("hex");
}
