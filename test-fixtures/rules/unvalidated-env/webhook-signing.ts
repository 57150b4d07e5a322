import crypto from "node:crypto";
import jwt from "jsonwebtoken";

// expect: unvalidated-env
const signingKey = `${process.env.RECEIPT_SIGNING_KEY}`;
// ok: unvalidated-env -- text around the read: a readable label, not a stringified secret
const label = `receipts-${process.env.REGION}`;
// ok: unvalidated-env -- stringified, but only ever logged: a missing value prints "undefined" and nothing trusts it
const releaseName = String(process.env.RELEASE);

export function signReceipt(body: string): string {
  console.info("signing receipt", releaseName);
  return crypto.createHmac("sha256", signingKey).update(body).update(label).digest("hex");
}

export function receiptToken(receiptId: string): string {
  // expect: unvalidated-env
  return jwt.sign({ receiptId }, String(process.env.RECEIPT_TOKEN_KEY), { algorithm: "HS256", expiresIn: "1h" });
}
