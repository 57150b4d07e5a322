// Loaded by name from loader.ts (`import(path.join(here, "..", "stations", ...))`): no import names it, yet it runs.
import Fastify from "fastify";
import { playlists } from "../store.js";

const fm = Fastify();

// expect: missing-auth
fm.delete<{ Params: { id: string } }>("/fm/playlists/:id", async (request) => {
  await playlists.remove(request.params.id);
  return { removed: true };
});

export function start() {
  return fm.listen({ port: 3300 });
}
