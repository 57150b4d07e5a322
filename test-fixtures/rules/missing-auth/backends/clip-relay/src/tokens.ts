import { createHmac, timingSafeEqual } from "node:crypto";

/** `<payload>.<hmac>` signed with RELAY_TOKEN_KEY. */
export function verifyRelayToken(token: string): boolean {
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return false;
  const expected = createHmac("sha256", process.env.RELAY_TOKEN_KEY ?? "").update(payload).digest();
  const sent = Buffer.from(signature, "base64url");
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}
