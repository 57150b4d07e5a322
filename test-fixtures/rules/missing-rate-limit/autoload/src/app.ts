import * as path from "node:path";
import autoload from "@fastify/autoload";
import type { FastifyInstance } from "fastify";

export default async function buildApp(app: FastifyInstance) {
  await app.register(autoload, { dir: path.join(import.meta.dirname, "plugins/external") });
  app.register(autoload, { dir: path.join(import.meta.dirname, "routes") });
}
