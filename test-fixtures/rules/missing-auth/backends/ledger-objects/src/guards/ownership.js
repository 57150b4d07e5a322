// Ownership checks, exported as members of the module's default object, each handed to a wrapper first.
import { forwardErrors, demoBypass } from "../lib/wrappers.js";
import { sessionStore } from "../lib/session-store.js";

async function ownsEntry(req, res, next) {
  const memberId = req.session?.memberId;
  if (!memberId || !(await sessionStore.ownsEntry(memberId, req.params.entry))) return res.sendStatus(403);
  next();
}

export default {
  ownsEntry: forwardErrors(ownsEntry),
  ownsEntryOutsideDemo: demoBypass(ownsEntry),
};
