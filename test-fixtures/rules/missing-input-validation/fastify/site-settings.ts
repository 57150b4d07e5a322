import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import { db } from "../lib/db";

const fastify = Fastify();

interface RenameShelfRoute {
  Body: {
    shelfId: number;
    label: string;
    archived?: boolean;
  };
}

// The route's generic declares what the client sends: the schema takes those types, not what a field's name suggests
// (a `shelfId` the web app sends as a number must not be made a string).
export async function renameShelf(request: FastifyRequest<RenameShelfRoute>, reply: FastifyReply) {
  // expect: missing-input-validation
  const { shelfId, label, archived } = request.body;
  await db.shelf.update({ where: { id: shelfId }, data: { label, archived } });
  return reply.send({ ok: true });
}

fastify.post("/shelves/rename", renameShelf);

// Nothing declares the fields' types and the handler only passes them on: each takes `z.any()`, whatever its name.
fastify.post("/shelves/move", async (request, reply) => {
  // expect: missing-input-validation
  const { shelfId, roomName } = request.body as any;
  await db.shelf.update({ where: { id: shelfId }, data: { roomName } });
  return reply.send({ ok: true });
});

export default fastify;
