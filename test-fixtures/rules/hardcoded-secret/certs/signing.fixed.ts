// Signs outbound webhooks with the platform's RSA key.
import { createSign } from "node:crypto";

// expect: hardcoded-secret
const signingPrivateKey = `-----BEGIN PRIVATE KEY-----
bKyRKf135r9O+YkTHo4Y4uwDIrfmZYs4svnLsBB7DF8cEbzxN/jwMgQ9LkY4slFz
xuyRBMe9gsKlffgskUuwVRpAUM4wGyW53XeErHkl4CVObcCz2b0ijSOj0LsGyH6L
CqL5N8QqwjSsjA8hlXcwcgcfkRf+bQHVAGMoUXuv8Hmngu9dnm9JJG+lUtJp4iBJ
EMR4JoyT2fhiFR5ibVLnkwpOv7/nY09ELlkVZJzrjz+x9UQn2AaWclGDwfMC07EG
Ju1rbIoxAoPqnEw5z3LtlGKXbZQv9Elhny6wPjJetukxWPSyd3lTD/jKg4GhEjx1
1fW9lE+K4aUyrrjh0EiGeDCfIZrNPG/klHakRPjwXimvRPvFDxHEy3awRsALlu/y
-----END PRIVATE KEY-----`;

// ok: hardcoded-secret -- a public key may live in source
const partnerPublicKey = `-----BEGIN PUBLIC KEY-----
orBDUG2r0q4FE2F19L/i8gS7LLc1VOPZ3kjLs0GYVxxnznCWV7dVPmfKTYGitZi3
7vhyucnjP9Sf/0dhn3rEmc3JTcKtznF8SBmSDuAEcyFo6P8NyQhonETeF7Y1Pe3W
-----END PUBLIC KEY-----`;

export function signPayload(payload: string): string {
  return createSign("RSA-SHA256").update(payload).sign(signingPrivateKey, "base64");
}

export { partnerPublicKey };
