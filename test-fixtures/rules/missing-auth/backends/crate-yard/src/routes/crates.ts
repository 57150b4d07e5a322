import type { FastifyInstance } from "fastify";
import { attachBearerGate, tagForDocs } from "../plugins/bearer";
import { requireOperator, requireTenant } from "../plugins/operator";

export default async function crateRoutes(app: FastifyInstance) {
  app.register(async (owned) => {
    // ok: missing-auth -- attachBearerGate registers a fastify-plugin hook on this scope that throws without a verified bearer token
    attachBearerGate(owned);
    owned.delete("/crates/:id", async (request) => ({ removed: (request.params as { id: string }).id }));
  });

  app.register(async (docs) => {
    tagForDocs(docs);
    // expect: missing-auth
    docs.delete("/drafts/:id", async (request) => ({ removed: (request.params as { id: string }).id }));
  });

  app.register(async (tenants) => {
    requireTenant(tenants);
    // expect: missing-auth
    tenants.post("/tenants/:id/purge", async (request) => ({ purged: (request.params as { id: string }).id }));
  });

  app.register(async (ops) => {
    requireOperator(ops);
    // ok: missing-auth -- requireOperator's hook hands an error to done() unless the API key is an operator's
    ops.post("/ops/reindex", async () => ({ started: true }));
  });
}
