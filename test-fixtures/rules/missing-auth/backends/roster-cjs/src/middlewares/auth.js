const passport = require("passport");

/** Passport's verdict for the request: a 401 without a user, a 403 without one of `roles`. */
const judge = (req, next, roles) => (err, user) => {
  if (err || !user) return next(Object.assign(new Error("Unauthorized"), { status: 401 }));
  if (!roles.includes(user.role)) return next(Object.assign(new Error("Forbidden"), { status: 403 }));
  req.user = user;
  return next();
};

exports.requireRole = (...roles) => (req, res, next) => passport.authenticate("jwt", { session: false }, judge(req, next, roles))(req, res, next);

exports.providerToken = (provider) => passport.authenticate(provider, { session: false });

exports.labelRequest = (label) => (req, res, next) => {
  req.label = `${label}:${req.user ? req.user.id : "anonymous"}`;
  next();
};
