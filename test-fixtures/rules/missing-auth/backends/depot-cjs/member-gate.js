exports.requireMember = (req, res, next) => {
  if (!req.session || !req.session.memberId) return res.status(401).json({ error: "sign in first" });
  next();
};
