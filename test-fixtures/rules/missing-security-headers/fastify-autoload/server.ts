import Fastify from "fastify";
import fp from "fastify-plugin";
import serviceApp from "./app";

// ok: missing-security-headers -- the app plugin autoloads plugins/external, where the helmet plugin lives
const server = Fastify({ logger: true });
server.register(fp(serviceApp));
await server.listen({ port: 3000 });
