// A component of the web app: what it imports runs in the browser.
import { useEffect, useState } from "react";
import { sessionExpiresSoon } from "../refresh-session";

export function SessionBadge() {
  const [expiring, setExpiring] = useState(false);
  useEffect(() => setExpiring(sessionExpiresSoon()), []);
  return <span>{expiring ? "Session ends soon" : "Signed in"}</span>;
}
