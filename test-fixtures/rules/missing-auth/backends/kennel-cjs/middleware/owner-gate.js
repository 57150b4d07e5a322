const jwt = require("jsonwebtoken");

// The whole module is the guard: it verifies the bearer token and lets only the owner of `:id` through.
module.exports = async (req, res, next) => {
  const header = req.headers.authorization || "";
  let claims;
  try {
    claims = jwt.verify(header.replace("Bearer ", ""), process.env.KENNEL_JWT_KEY);
  } catch (err) {
    return res.status(401).send("sign in first");
  }
  if (String(claims.sub) !== req.params.id) return res.status(403).send("not your kennel");
  return next();
};
