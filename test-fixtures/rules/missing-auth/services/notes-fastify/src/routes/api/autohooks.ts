// Loaded by @fastify/autoload for this folder and, with cascadeHooks, every folder below it.
import type { FastifyInstance } from "fastify";

export default async function (app: FastifyInstance) {
  app.addHook("onRequest", async (request, reply) => {
    if (!request.session.user) {
      return reply.code(401).send({ error: "sign in first" });
    }
  });
}
