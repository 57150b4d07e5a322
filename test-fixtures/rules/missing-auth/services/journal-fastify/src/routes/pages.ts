import type { FastifyInstance } from "fastify";
import { pages } from "../store";

export async function pageRoutes(app: FastifyInstance) {
  // ok: missing-auth -- the fastify-plugin gate registered in the enclosing /members scope runs first
  app.delete("/:id", async (request) => pages.drop((request.params as { id: string }).id));
}
