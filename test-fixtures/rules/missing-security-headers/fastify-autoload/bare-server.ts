import Fastify from "fastify";
import fp from "fastify-plugin";
import path from "node:path";
import autoload from "@fastify/autoload";

async function appPlugin(fastify: ReturnType<typeof Fastify>) {
  await fastify.register(autoload, { dir: path.join(import.meta.dirname, "plugins/app") });
}

// expect: missing-security-headers
const bare = Fastify();
bare.register(fp(appPlugin));
await bare.listen({ port: 3001 });
