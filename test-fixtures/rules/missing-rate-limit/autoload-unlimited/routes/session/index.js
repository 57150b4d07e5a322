export default async function sessionRoutes(app) {
  // expect: missing-rate-limit
  app.post("/login", async (request) => ({ accepted: Boolean(request.body) }));
}
