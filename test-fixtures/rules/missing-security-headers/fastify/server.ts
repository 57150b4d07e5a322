import Fastify from "fastify";

// expect: missing-security-headers
const app = Fastify({ logger: true });

app.get("/health", async () => ({ ok: true, uptime: process.uptime() }));

await app.listen({ port: 3000 });
