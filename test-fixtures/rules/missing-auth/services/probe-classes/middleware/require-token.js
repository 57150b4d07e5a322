// Refuses a request without a valid bearer token.
export function requireToken(req, res, next) {
  const header = req.headers.authorization;
  if (!header || header !== `Bearer ${process.env.PROBE_TOKEN}`) return res.status(401).json({ error: "unauthorized" });
  next();
}
