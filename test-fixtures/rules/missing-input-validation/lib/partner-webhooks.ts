// Checks a partner's delivery notification against its HMAC signature before parsing it.
import { createHmac, timingSafeEqual } from "node:crypto";

export function verifyPartnerDelivery(rawBody: string, signature: string): { id: string } {
  const expected = createHmac("sha256", process.env.PARTNER_WEBHOOK_KEY ?? "").update(rawBody).digest("hex");
  if (!signature || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) throw new Error("bad signature");
  const parsed: unknown = JSON.parse(rawBody);
  if (typeof parsed !== "object" || parsed === null || typeof (parsed as { id?: unknown }).id !== "string") throw new Error("bad payload");
  return { id: (parsed as { id: string }).id };
}
