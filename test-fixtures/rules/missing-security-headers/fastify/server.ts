import Fastify from "fastify";

// expect: missing-security-headers
const app = Fastify({ logger: true });

app.get("/health", async () => ({ ok: true, uptime: process.uptime() }));
app.get("/status", async (_request, reply) => reply.type("text/html").send(`<p>up ${process.uptime()}s</p>`));

await app.listen({ port: 3000 });
