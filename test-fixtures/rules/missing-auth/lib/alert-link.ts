import jwt from "jsonwebtoken";

const ALERT_LINK_KEY = process.env.ALERT_LINK_KEY ?? "";

type AlertLink = { watcherId: string; roomId: string };

/** What an alert e-mail's link was signed for, or null when the key did not sign it (or it expired). */
export function openAlertLink(link: string): AlertLink | null {
  try {
    return jwt.verify(link, ALERT_LINK_KEY) as AlertLink;
  } catch {
    return null;
  }
}

/** The same check, but a bad link comes back as a truthy marker the caller has to look at. */
export function openAlertLinkOrMark(link: string): AlertLink | { broken: true } {
  try {
    return jwt.verify(link, ALERT_LINK_KEY) as AlertLink;
  } catch {
    return { broken: true };
  }
}
