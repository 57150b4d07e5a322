// The desk's first server, replaced by desk-server.ts: nothing imports it, and neither the package's scripts that
// run the service nor its Procfile start it, so its routes are never served.
import Fastify from "fastify";
import { playlists } from "../store.js";

const app = Fastify();

// ok: missing-auth -- nothing launches or imports this module, so no request ever reaches the route
app.delete<{ Params: { id: string } }>("/playlists/:id", async (request) => {
  await playlists.remove(request.params.id);
  return { removed: true };
});

app.listen({ port: 3100 });
