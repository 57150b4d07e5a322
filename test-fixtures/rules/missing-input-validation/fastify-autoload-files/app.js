import fastify from "fastify";
import autoload from "@fastify/autoload";
import path from "node:path";

const server = fastify();
// Every file under routes/ is a plugin @fastify/autoload registers: its default export gets a Fastify instance.
server.register(autoload, { dir: path.join(import.meta.dirname, "routes") });
server.listen({ port: 4011 });
