import type { FastifyReply } from "fastify";

// This package also answers pages, which is what makes headers matter for its servers.
export async function sendHome(reply: FastifyReply, name: string): Promise<void> {
  await reply.type("text/html").send(["<h1>Hello ", name, "</h1>"].join(""));
}
