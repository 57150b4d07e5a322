import type { FastifyInstance } from "fastify";
import { db } from "../lib/db";

export default async function inventoryRoutes(app: FastifyInstance) {
  app.route({
    method: "PATCH",
    url: "/inventory/:sku",
    handler: async (request, reply) => {
      // expect: missing-input-validation
      const stock = await db.inventory.update({ where: { sku: (request.params as { sku: string }).sku }, data: request.body as object });
      return reply.send(stock);
    },
  });
}
