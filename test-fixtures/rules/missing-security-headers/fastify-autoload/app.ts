import path from "node:path";
import autoload from "@fastify/autoload";
import type { FastifyInstance } from "fastify";

export default async function serviceApp(fastify: FastifyInstance) {
  await fastify.register(autoload, { dir: path.join(import.meta.dirname, "plugins/external") });
  await fastify.register(autoload, { dir: path.join(import.meta.dirname, "plugins/app") });
}
