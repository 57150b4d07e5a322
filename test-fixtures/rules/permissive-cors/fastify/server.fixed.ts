import Fastify from "fastify";
import fastifyCors from "@fastify/cors";

const app = Fastify({ logger: true });

// ok: permissive-cors -- the plugin's default is `*` without credentials
await app.register(fastifyCors);

// ok: permissive-cors -- a literal `*` is sent as is, and browsers refuse it for credentialed requests
await app.register(fastifyCors, { origin: "*", credentials: true });

// expect: permissive-cors
await app.register(fastifyCors, { origin: (process.env.ALLOWED_ORIGINS ?? "").split(","), credentials: true });

// ok: permissive-cors -- origins from configuration
await app.register(fastifyCors, { origin: process.env.ALLOWED_ORIGINS?.split(","), credentials: true });

app.post("/payments", async (request, reply) => reply.code(202).send({ queued: true }));

await app.listen({ port: 3000 });
