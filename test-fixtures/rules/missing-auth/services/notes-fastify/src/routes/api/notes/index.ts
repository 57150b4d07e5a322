import type { FastifyInstance } from "fastify";

const notes = new Map<string, string>();

export default async function (app: FastifyInstance) {
  // ok: missing-auth -- the autohooks.ts of a parent folder rejects requests without a session user
  app.post("/", async (request) => {
    notes.set(String(notes.size), String(request.body));
    return { ok: true };
  });
}
