import Fastify from "fastify";
import helmet from "@fastify/helmet";

// ok: missing-security-headers -- @fastify/helmet is registered
const server = Fastify();
await server.register(helmet, { contentSecurityPolicy: false });
server.get("/", async () => "ok");
await server.listen({ port: 3001 });
