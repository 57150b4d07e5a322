// Middleware exported in place on `exports`. A page app sends visitors without a session to the login form instead of
// answering 401: ending the response without `next()` stops the chain all the same.
exports.mustSignIn = function (req, res, next) {
  if (req.isAuthenticated()) return next();
  if (req.method === "GET") req.session.returnTo = req.originalUrl;
  res.redirect("/login");
};

// Redirects too, but its test is about the path, not the caller.
exports.onlyUnderPatterns = function (req, res, next) {
  if (req.path.startsWith("/patterns")) return next();
  res.redirect("/");
};

// Reads the session, but lets anonymous callers through as well: `next` runs on both branches.
exports.rememberReturn = function (req, res, next) {
  if (req.isAuthenticated()) return next();
  req.session.returnTo = req.originalUrl;
  next();
};
