import { createHmac, timingSafeEqual } from "node:crypto";

/** Checks an HMAC of the raw text against the sender's signature and only then parses it. */
export function openEnvelope(input: { raw: string; signature: string; secret: string }): { id: string } {
  const expected = createHmac("sha256", input.secret).update(input.raw).digest("hex");
  if (expected.length !== input.signature.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(input.signature))) throw new Error("bad signature");
  return JSON.parse(input.raw) as { id: string };
}
