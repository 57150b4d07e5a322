// Not wrapped with fastify-plugin: this hook guards only routes registered inside this plugin.
import type { FastifyInstance } from "fastify";
import { sessions } from "../store";

export async function auditGate(instance: FastifyInstance) {
  instance.addHook("preHandler", async (request, reply) => {
    const member = await sessions.lookup(request.headers["x-session"]);
    if (!member) return reply.code(401).send({ error: "sign in first" });
  });
}
