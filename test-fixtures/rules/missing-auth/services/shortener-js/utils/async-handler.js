// Hands a rejected promise to Express's error handler; calls the wrapped middleware with the same arguments.
function asyncHandler(fn) {
  return function wrapped(...args) {
    const result = fn(...args);
    const next = args[args.length - 1];
    return Promise.resolve(result).catch(next);
  };
}

// Times the wrapped middleware and reports it: more than forwarding, so it is a wrapper of its own.
function timed(fn) {
  return async function measured(req, res, next) {
    const started = Date.now();
    await fn(req, res, next);
    await reportDuration(req.path, Date.now() - started);
  };
}

async function reportDuration(path, milliseconds) {
  return { path, milliseconds };
}

module.exports = { asyncHandler, timed };
