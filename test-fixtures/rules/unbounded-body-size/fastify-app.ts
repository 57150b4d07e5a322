import Fastify from "fastify";

// expect: unbounded-body-size
const fastify = Fastify({ logger: true, bodyLimit: 100 * 1024 * 1024 });
// ok: unbounded-body-size -- Fastify's default is 1 MiB
export const small = Fastify({ logger: true });
// ok: unbounded-body-size -- within the maximum
export const medium = Fastify({ bodyLimit: 5 * 1024 * 1024 });

fastify.post("/ingest", async () => ({ ok: true }));

export default fastify;
