import { createHmac } from "node:crypto";

// The package's .env.example gives ALERT_LINK_SECRET a value, so a deployment sets it: the fallback is removed.
// expect: hardcoded-secret
const linkSecret = process.env.ALERT_LINK_SECRET || "alerts-dev-signing-secret";

// Nothing tells a deployment to set POLLEN_LINK_SECRET (the template leaves it out): removing the fallback is only offered.
// expect: hardcoded-secret
const pollenSecret = process.env.POLLEN_LINK_SECRET || "pollen-dev-signing-secret";

export function signAlertLink(subscriberId: string): string {
  return createHmac("sha256", linkSecret).update(subscriberId).digest("hex");
}

export function signPollenLink(subscriberId: string): string {
  return createHmac("sha256", pollenSecret).update(subscriberId).digest("hex");
}
