import { createHash, createHmac } from "node:crypto";

/** The HMAC the partner computes over the raw body with the key both sides share. */
export function partnerHmac({ payload, sharedKey }: { payload: string; sharedKey: string }): string {
  return createHmac("sha256", sharedKey).update(payload, "utf8").digest("base64");
}

/** A plain hash of the body: anyone holding the body can compute it. */
export function bodyChecksum(payload: string): string {
  return createHash("sha256").update(payload).digest("hex");
}
