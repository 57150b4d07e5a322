import type { FastifyInstance } from "fastify";
import { db } from "../lib/db";

// Schema parts kept in module constants and merged into each route's schema with a spread.
const renameShelf = {
  body: {
    type: "object",
    properties: { label: { type: "string", maxLength: 80 } },
    required: ["label"],
    additionalProperties: false,
  },
} as const;

const shelfDocs = { tags: ["shelves"], summary: "Shelf operations" } as const;
const withShelfBody = { ...renameShelf, description: "Renames a shelf" } as const;

export default async function shelfRoutes(app: FastifyInstance) {
  app.put<{ Body: { label: string } }>("/shelves/:id", { schema: { ...renameShelf, tags: ["shelves"] } }, async (request, reply) => {
    // ok: missing-input-validation -- the spread brings in a `body` schema, which Fastify compiles and enforces
    const shelf = await db.shelf.update({ where: { id: (request.params as { id: string }).id }, data: { label: request.body.label } });
    return reply.send(shelf);
  });

  app.patch<{ Body: { label: string } }>("/shelves/:id/label", { schema: { ...withShelfBody } }, async (request, reply) => {
    // ok: missing-input-validation -- the body schema arrives through two spreads
    const shelf = await db.shelf.update({ where: { id: (request.params as { id: string }).id }, data: { label: request.body.label } });
    return reply.send(shelf);
  });

  app.post<{ Body: { label: string } }>("/shelves", { schema: { ...shelfDocs } }, async (request, reply) => {
    // The spread holds only documentation: nothing checks the body.
    // expect: missing-input-validation
    const shelf = await db.shelf.create({ data: { label: request.body.label } });
    return reply.send(shelf);
  });
}
