// The module's default is a list of middleware: the session check, then a role check written in place.
import signedIn from "./signed-in.js";

export default [
  signedIn,
  function ownerOnly(req, res, next) {
    if (req.user.role === "owner") return next();
    return res.status(403).end();
  },
];
