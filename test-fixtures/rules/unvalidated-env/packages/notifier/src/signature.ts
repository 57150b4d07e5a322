import { createHmac } from "node:crypto";

export function signDelivery(body: string): string {
  // ok: unvalidated-env -- the raw value is handed to createHmac, which throws on a missing key: loud, not silent
  return createHmac("sha256", process.env.DELIVERY_SIGNING_KEY!).update(body).digest("hex");
}
