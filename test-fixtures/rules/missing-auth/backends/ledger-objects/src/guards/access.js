// Middleware chains kept as members of one object: a list, or a function that makes one.
import Gatekeeper from "./gatekeeper.js";

function loadPeriod(req, res, next) {
  req.period = req.params.period;
  next();
}

const Access = {
  auditors: [Gatekeeper.signedIn(), loadPeriod],
  periodClerks: (role) => [Gatekeeper.signedIn(), loadPeriod, (req, res, next) => (req.session?.role === role ? next() : res.sendStatus(403))],
  // Loads the period only: no check of the caller.
  openDesk: [loadPeriod],
};

export default Access;
