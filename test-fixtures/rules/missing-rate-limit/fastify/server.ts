import Fastify from "fastify";
import { login, register } from "./handlers";

const fastify = Fastify({ logger: true });

// expect: missing-rate-limit
fastify.post("/auth/login", login);

// expect: missing-rate-limit
fastify.post("/auth/register", { schema: { body: { type: "object" } } }, register);

await fastify.listen({ port: 3000 });
