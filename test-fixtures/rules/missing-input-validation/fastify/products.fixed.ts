import Fastify from "fastify";
import { db } from "../lib/db";
import { z } from "zod";

const fastify = Fastify({ logger: true });

const createProductBody = z.object({ title: z.string(), priceCents: z.number(), tags: z.array(z.any()) });

fastify.post("/products", async (request, reply) => {
  const parsed = createProductBody.safeParse(request.body);
  if (!parsed.success) return reply.code(400).send({ error: parsed.error.flatten() });
  // expect: missing-input-validation
  const { title, priceCents, tags } = parsed.data as { title: string; priceCents: number; tags: string[] };
  if (priceCents <= 0) return reply.code(422).send({ error: "price must be positive" });
  const product = await db.product.create({ data: { title: title.trim(), priceCents, tags: tags.map((tag) => tag.toLowerCase()) } });
  return reply.code(201).send(product);
});

// ok: missing-input-validation -- Fastify validates the body against the route schema
fastify.post(
  "/products/:id/reviews",
  {
    schema: {
      body: {
        type: "object",
        required: ["rating"],
        properties: { rating: { type: "integer", minimum: 1, maximum: 5 }, text: { type: "string" } },
        additionalProperties: false,
      },
    },
  },
  async (request, reply) => {
    const review = await db.review.create({ data: { ...(request.body as object), productId: (request.params as { id: string }).id } });
    return reply.code(201).send(review);
  },
);

// ok: missing-input-validation -- reading the id param to look a product up
fastify.get("/products/:id", async (request, reply) => {
  const { id } = request.params as { id: string };
  const product = await db.product.findUnique({ where: { id } });
  return product ?? reply.code(404).send({ error: "not found" });
});

export default fastify;
