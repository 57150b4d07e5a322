import type { FastifyInstance } from "fastify";

export default async function (app: FastifyInstance) {
  // ok: missing-rate-limit -- the autoloaded @fastify/rate-limit plugin covers it
  app.post("/login", async (request) => ({ accepted: Boolean(request.body) }));
}
