import Fastify from "fastify";

// expect: untrusted-forwarded-for
const fastify = Fastify({ logger: true, trustProxy: true });
// ok: untrusted-forwarded-for -- a hop count
export const internal = Fastify({ trustProxy: 1 });

const blocked = new Set<string>();

fastify.addHook("onRequest", async (request, reply) => {
  // expect: untrusted-forwarded-for
  const ip = (request.headers["x-forwarded-for"] as string | undefined) ?? request.ip;
  if (blocked.has(ip)) return reply.code(403).send();
});

// ok: untrusted-forwarded-for -- request.ip under a trusted hop count
internal.get("/ip", async (request) => ({ ip: request.ip }));

export default fastify;
