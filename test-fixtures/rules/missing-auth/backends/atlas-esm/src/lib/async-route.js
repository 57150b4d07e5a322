// Passes a rejected handler's error on to Express.
export default function asyncRoute(handler) {
  return (req, res, next) => Promise.resolve(handler(req, res, next)).catch(next);
}
