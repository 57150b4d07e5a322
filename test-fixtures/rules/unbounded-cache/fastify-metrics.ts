import Fastify from "fastify";

const fastify = Fastify();

// expect: unbounded-cache
const hitsByPath: Record<string, number> = {};
// ok: unbounded-cache -- the size is checked before adding
const recentIps = new Set<string>();
// ok: unbounded-cache -- fixed keys cannot grow the registry
const handlersByKind = new Map<string, () => void>();

fastify.addHook("onRequest", async (request) => {
  hitsByPath[request.url] = (hitsByPath[request.url] ?? 0) + 1;
  if (recentIps.size < 10_000) recentIps.add(request.ip);
});

fastify.get("/register", async () => {
  handlersByKind.set("audit", () => undefined);
  return { ok: true };
});

export default fastify;
