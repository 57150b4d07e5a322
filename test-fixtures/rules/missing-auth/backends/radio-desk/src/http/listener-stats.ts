// Run as a child process by main.ts (`fork(...)`): no import names it, and it serves requests all the same.
import Fastify from "fastify";
import { playlists } from "../store.js";

const stats = Fastify();

// expect: missing-auth
stats.delete<{ Params: { id: string } }>("/stats/:id", async (request) => {
  await playlists.remove(request.params.id);
  return { removed: true };
});

stats.listen({ port: Number(process.env.STATS_PORT ?? 3400) });
