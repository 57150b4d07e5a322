// Invitation links point at the web app. A deployment names it with APP_ORIGIN; older ones only set the public
// variable the frontend build reads, which is why the second read is only a fallback. The env module the fix writes
// must not require that fallback: a deployment that sets APP_ORIGIN alone would stop at start-up. The signing key
// is read only when a link is made, not while the module loads, so it is optional there too (its read keeps `!`).
import { createHmac } from "node:crypto";

export function inviteLink(inviteId: string): string {
  // expect: unvalidated-env
  const origin = process.env.APP_ORIGIN || process.env.PUBLIC_APP_ORIGIN!;
  // ok: unvalidated-env -- handed on whole to createHmac, which throws at once on a missing key
  const signature = createHmac("sha256", process.env.INVITE_SIGNING_KEY!).update(inviteId).digest("hex");
  return `${origin}/invites/${inviteId}?sig=${signature}`;
}
