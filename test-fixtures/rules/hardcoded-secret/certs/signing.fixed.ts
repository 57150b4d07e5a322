// Signs outbound webhooks with the platform's RSA key.
import { createSign } from "node:crypto";

// expect: hardcoded-secret
const signingPrivateKey = process.env.SIGNING_PRIVATE_KEY || (() => { throw new Error("SIGNING_PRIVATE_KEY is not set"); })();

// ok: hardcoded-secret -- a public key may live in source
const partnerPublicKey = `-----BEGIN PUBLIC KEY-----
orBDUG2r0q4FE2F19L/i8gS7LLc1VOPZ3kjLs0GYVxxnznCWV7dVPmfKTYGitZi3
7vhyucnjP9Sf/0dhn3rEmc3JTcKtznF8SBmSDuAEcyFo6P8NyQhonETeF7Y1Pe3W
-----END PUBLIC KEY-----`;

export function signPayload(payload: string): string {
  return createSign("RSA-SHA256").update(payload).sign(signingPrivateKey, "base64");
}

export { partnerPublicKey };
