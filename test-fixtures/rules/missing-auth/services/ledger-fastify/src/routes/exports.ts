// This plugin's hook only reads paging headers and answers 400 when that fails: it identifies nobody.
import type { FastifyInstance } from "fastify";
import { loadPaging } from "../partner-keys";
import { entries } from "../store";

export async function exportRoutes(fastify: FastifyInstance) {
  fastify.addHook("preHandler", async (req, reply) => {
    try {
      await loadPaging(req.headers);
    } catch {
      return reply.status(400).send({ error: "bad paging headers" });
    }
  });

  // expect: missing-auth
  fastify.post("/entries", async (req) => entries.add(req.body));
}
