import type { FastifyInstance } from "fastify";
import { pages } from "../store";

export async function draftRoutes(app: FastifyInstance) {
  // expect: missing-auth
  app.delete("/:id", async (request) => pages.drop((request.params as { id: string }).id));
}
