// The whole module is a middleware that only stamps the request: no check.
module.exports = (req, res, next) => {
  req.receivedAt = Date.now();
  next();
};
