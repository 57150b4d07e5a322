import { createHmac, timingSafeEqual } from "node:crypto";

/** Checks an HMAC-signed token (`payload.signature`) against the key from the environment. */
export async function verifyToken(token: string): Promise<{ sub: string } | undefined> {
  const key = process.env.AUTH_TOKEN_KEY;
  const [payload, signature] = token.split(".");
  if (!key || !payload || !signature) return undefined;
  const expected = createHmac("sha256", key).update(payload).digest("base64url");
  if (expected.length !== signature.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) return undefined;
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { sub: string };
}
