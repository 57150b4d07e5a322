import Fastify from "fastify";
import { both, matches, readSetting, store } from "./store";

const server = Fastify();

// Each tenant keeps the shared key its mail provider sends with every bounce; a caller must send that same key.
// ok: missing-auth -- the key header is compared with the key the tenant stored, and a mismatch is answered 401
server.post("/hooks/bounces", async (request, reply) => {
  const { tenant } = request.body as { tenant?: string };
  if (!tenant) return reply.status(400).send({ error: "tenant required" });
  const record = await store.client().settings.findFirst({ where: both(matches("tenant", tenant), matches("name", "bounce-key")) });
  const sentKey = request.headers["x-bounce-key"];
  const expectedKey = readSetting(record?.value, "bounce-key").map((setting) => setting.key).orElse(null);
  if (!expectedKey) return reply.status(400).send({ error: "no key configured" });
  if (expectedKey !== sentKey) {
    return reply.status(401).send({ error: "bad key" });
  }
  await store.recordBounce(tenant, request.body);
  return reply.status(204).send();
});

// A value from the body compared with a stored one proves nothing the sender was given in secret.
// expect: missing-auth
server.post("/hooks/complaints", async (request, reply) => {
  const { tenant } = request.body as { tenant?: string };
  if (!tenant) return reply.status(400).send({ error: "tenant required" });
  const record = await store.findTenantSetting(tenant, "owner");
  const sentOwner = (request.body as { owner?: string }).owner;
  if (record?.value !== sentOwner) {
    return reply.status(401).send({ error: "wrong owner" });
  }
  await store.recordComplaint(tenant, request.body);
  return reply.status(204).send();
});

// The stored key compared with the header, but a mismatch only logged: anyone gets through.
// expect: missing-auth
server.post("/hooks/opens", async (request, reply) => {
  const { tenant } = request.body as { tenant?: string };
  if (!tenant) return reply.status(400).send({ error: "tenant required" });
  const record = await store.findTenantSetting(tenant, "bounce-key");
  const sentKey = request.headers["x-bounce-key"];
  if (record?.value !== sentKey) console.warn("key mismatch");
  await store.recordComplaint(tenant, request.body);
  return reply.status(204).send();
});

server.listen({ port: 3000 });
