// The guards live as functions of one object the module keeps under a name and exports whole.
import { sessionStore } from "../lib/session-store.js";

function answerSignInRequired(res) {
  res.setHeader("WWW-Authenticate", "Session");
  res.sendStatus(401);
}

const Gatekeeper = {
  // A factory: the middleware it makes checks the session and refuses through the helper above.
  signedIn() {
    const check = function (req, res, next) {
      if (!sessionStore.isLive(req.session)) return answerSignInRequired(res);
      req.member = sessionStore.memberOf(req.session);
      return next();
    };
    return check;
  },
  // Used as middleware itself.
  bookkeeper: (req, res, next) => {
    if (req.session?.role !== "bookkeeper") return res.status(403).json({ error: "bookkeepers only" });
    next();
  },
  // A factory of middleware that admits only the operator pairs it is handed (HTTP basic auth).
  operatorPair(pairs) {
    return function (req, res, next) {
      const [scheme, encoded] = (req.get("authorization") ?? "").split(" ");
      const [user, password] = Buffer.from(encoded ?? "", "base64").toString().split(":");
      if (scheme !== "Basic" || !pairs[user] || pairs[user] !== password) return answerSignInRequired(res);
      next();
    };
  },
  // Makes what the factory above makes, for the pair the settings name.
  operators() {
    return Gatekeeper.operatorPair({ [process.env.OPERATOR_USER]: process.env.OPERATOR_PASSWORD });
  },
  // Reads the session only to log it: lets every caller through.
  noteVisit(req, res, next) {
    console.info("ledger visit", req.session?.memberId ?? "anonymous");
    next();
  },
};

export default Gatekeeper;
