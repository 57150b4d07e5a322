// A session check that answers 401 itself: a guard Harden accepts on its own.
function signedIn(req, res, next) {
  if (req.isAuthenticated()) return next();
  return res.status(401).json({ error: "sign in first" });
}

export default signedIn;
