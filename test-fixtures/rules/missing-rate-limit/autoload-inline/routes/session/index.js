export default async function sessionRoutes(app) {
  // ok: missing-rate-limit -- @fastify/rate-limit, registered on the app before the autoload, covers it
  app.post("/login", async (request) => ({ accepted: Boolean(request.body) }));
}
