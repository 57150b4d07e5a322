class HttpError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

// Builds the session middleware: strict ones refuse a request without a bearer token.
function makeSessionCheck(strict) {
  return function sessionCheck(req, res, next) {
    const header = req.headers.authorization;
    if (!header && strict) throw new HttpError("Unauthorized", 401);
    next();
  };
}

const requireUser = makeSessionCheck(true);

module.exports = { requireUser, HttpError };
