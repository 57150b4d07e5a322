// The service's default options, built once at load and imported by every module that needs a port or a flag: a throw
// for the missing signing key here would stop a server whose embedder passes the key in its own options.
export const defaultServiceOptions = {
  port: Number(process.env.SERVICE_PORT) || 4242,
  // expect: hardcoded-secret
  signingKey: process.env.SERVICE_SIGNING_KEY || "signer-default-k3y",
  trustProxy: process.env.SERVICE_TRUST_PROXY === "true",
};

export function webhookSecret(): string {
  // Read when a webhook is verified: refusing a missing value here stops only that request.
  // expect: hardcoded-secret
  return process.env.SERVICE_WEBHOOK_SECRET || "hooks-default-s3cret";
}
