import Fastify from "fastify";
import { playlists } from "../store.js";

const desk = Fastify();

desk.addHook("onRequest", async (request, reply) => {
  if (request.headers.authorization !== `Bearer ${process.env.DESK_TOKEN}`) return reply.code(401).send();
});

desk.delete<{ Params: { id: string } }>("/playlists/:id", async (request) => {
  await playlists.remove(request.params.id);
  return { removed: true };
});

export function startDesk(port: number) {
  return desk.listen({ port });
}
