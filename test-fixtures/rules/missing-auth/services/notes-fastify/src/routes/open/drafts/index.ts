import type { FastifyInstance } from "fastify";

const drafts = new Map<string, string>();

export default async function (app: FastifyInstance) {
  // expect: missing-auth
  app.delete("/:id", async (request) => {
    drafts.delete((request.params as { id: string }).id);
    return { ok: true };
  });
}
