import Fastify from "fastify";
import { serveToolCall } from "@kiosk-vendor/mcp-transport";

export const consoleApp = Fastify();

// ok: missing-auth -- Node's own request and response go to the transport package, which writes the answer itself
consoleApp.post("/console/tools", async (request, reply) => {
  reply.hijack();
  await serveToolCall(request.raw, reply.raw, request.body);
});
