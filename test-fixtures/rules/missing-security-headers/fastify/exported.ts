import fastify from "fastify";

export function buildServer() {
  // expect: missing-security-headers
  const server = fastify();
  server.get("/ready", async () => ({ ready: true }));
  return server;
}
