import Fastify from "fastify";
import fastifyJwt from "@fastify/jwt";
import { products } from "./products";

const fastify = Fastify({ logger: true });
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET! });
fastify.decorate("authenticate", async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch {
    return reply.code(401).send({ error: "unauthorized" });
  }
});

// ok: missing-auth -- a catalogue read
fastify.get("/products", async () => products.list());

// ok: missing-auth -- the preHandler hook authenticates
fastify.post("/products", { preHandler: [fastify.authenticate] }, async (request, reply) => {
  reply.code(201);
  return products.create(request.body as { name: string; priceCents: number });
});

// ok: missing-auth -- the same hook guards the edit
fastify.put("/products/:id", { preHandler: [fastify.authenticate] }, async (request) => products.update((request.params as { id: string }).id, request.body as { name: string }));

// Its guarded siblings make this one a deviation: the editor offers their hook (a suggestion, never --fix).
// expect: missing-auth
fastify.delete("/products/:id", async (request, reply) => {
  await products.remove((request.params as { id: string }).id);
  return reply.code(204).send();
});

// expect: missing-auth
fastify.get("/internal/reindex-status", async () => products.reindexStatus());

await fastify.listen({ port: 3002 });
