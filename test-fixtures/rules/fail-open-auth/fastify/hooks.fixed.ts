import type { FastifyInstance } from "fastify";

export async function authPlugin(app: FastifyInstance) {
  app.addHook("onRequest", async (request, reply) => {
    // expect: fail-open-auth
    const token = request.headers.authorization;
    if (!token) return reply.code(401).send({ error: "Unauthorized" });
  });
}

export async function strictAuthPlugin(app: FastifyInstance) {
  app.addHook("onRequest", async (request, reply) => {
    const token = request.headers.authorization;
    // ok: fail-open-auth -- an empty return after a rejection path is the normal "continue"
    if (token === `Bearer ${process.env.SERVICE_TOKEN}`) return;
    return reply.code(401).send({ error: "Unauthorized" });
  });
}
