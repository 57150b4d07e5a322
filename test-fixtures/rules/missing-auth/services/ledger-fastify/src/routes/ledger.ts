// Every route of this plugin runs behind its preHandler hook, which answers 401 when the partner lookup fails.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { loadPartner } from "../partner-keys";
import { entries } from "../store";

export async function ledgerRoutes(fastify: FastifyInstance) {
  fastify.addHook("preHandler", async (req: FastifyRequest, reply) => {
    try {
      const partner = await loadPartner(req.headers);
      (req as FastifyRequest & { partner?: unknown }).partner = partner;
    } catch (error) {
      if (error instanceof TypeError) return reply.status(401).send({ error: "malformed partner id" });
      return reply.status(401).send({ error: "unauthorized" });
    }
  });

  // ok: missing-auth -- the plugin's preHandler refuses callers whose partner headers do not check out
  fastify.route({
    method: "POST",
    url: "/entries",
    handler: async (req) => entries.add(req.body),
  });

  // ok: missing-auth -- covered by the same plugin-wide hook
  fastify.delete("/entries/:id", async (req) => entries.remove((req.params as { id: string }).id));
}
