// Wrapped with fastify-plugin: the preHandler joins the registering scope and answers 401 without a known session.
import type { FastifyInstance } from "fastify";
import liftScope from "fastify-plugin";
import { sessions } from "../store";

export default liftScope(async (instance: FastifyInstance) => {
  instance.addHook("preHandler", async (request, reply) => {
    const member = await sessions.lookup(request.headers["x-session"]);
    if (!member) return reply.code(401).send({ error: "sign in first" });
  });
});
