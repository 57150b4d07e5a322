// A list of middleware too, but nothing in it checks who is calling.
export default [
  function stampArrival(req, res, next) {
    req.arrivedAt = Date.now();
    next();
  },
];
