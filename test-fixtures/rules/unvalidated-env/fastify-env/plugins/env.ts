import fastifyEnv from "@fastify/env";
import type { FastifyInstance } from "fastify";

const schema = {
  type: "object",
  required: ["DB_HOST", "DB_PORT"],
  properties: {
    DB_HOST: { type: "string" },
    DB_PORT: { type: "number", default: 5432 },
  },
};

export default async function envPlugin(app: FastifyInstance) {
  await app.register(fastifyEnv, { schema, dotenv: true });
}
