/** Hands an async middleware's failure to Express: it only forwards. */
export function forwardErrors(fn) {
  return (req, res, next) => fn(req, res, next).catch(next);
}

/** Skips the middleware it wraps on the demo deployment. */
export function demoBypass(fn) {
  return (req, res, next) => (process.env.LEDGER_DEMO === "1" ? next() : fn(req, res, next));
}
