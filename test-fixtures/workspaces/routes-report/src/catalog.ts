// A Fastify catalog: one route validated by its JSON schema, and one that is not and holds a hard-coded key, whose
// finding the report must show without the key's value.
import Fastify from "fastify";

export const catalog = Fastify();

catalog.post(
  "/products",
  { schema: { body: { type: "object", required: ["name"], properties: { name: { type: "string", maxLength: 80 } } } } },
  async (request) => ({ created: request.body }),
);

catalog.put("/products/:id/price", async (request) => {
  const pricingKey = "sk_live_9fJ2kQ7xTm4Lp8Wz3RvB6nYc";
  return { updated: request.body, signedWith: pricingKey.length };
});
