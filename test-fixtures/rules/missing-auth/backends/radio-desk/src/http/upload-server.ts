// Nothing imports this server either, but the Procfile starts its build as a process of its own.
import Fastify from "fastify";
import { playlists } from "../store.js";

const uploads = Fastify();

// expect: missing-auth
uploads.delete<{ Params: { id: string } }>("/uploads/:id", async (request) => {
  await playlists.remove(request.params.id);
  return { removed: true };
});

uploads.listen({ port: Number(process.env.UPLOADS_PORT ?? 3200) });
