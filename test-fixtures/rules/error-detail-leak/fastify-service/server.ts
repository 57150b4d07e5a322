// Fastify answers an Error handed to `reply.send` with the status it carries (a 401, a 404), where a plain object is
// answered 200: replacing the whole error is only a suggestion. So is a status set in a branch before the send.
import Fastify from "fastify";
import { loadPoster } from "./posters";

const app = Fastify();
const refusals: Record<string, true> = { POSTER_MISSING: true, POSTER_LOCKED: true };

app.setErrorHandler((error, _request, reply) => {
  if (refusals[error.message]) reply.code(409);
  // expect: error-detail-leak
  reply.send(error);
});

app.get("/posters/:id", async (request, reply) => {
  try {
    return await loadPoster((request.params as { id: string }).id);
  } catch (err) {
    // expect: error-detail-leak
    reply.send(err);
  }
});

app.get("/posters/:id/print", async (request, reply) => {
  try {
    return await loadPoster((request.params as { id: string }).id);
  } catch (err) {
    // expect: error-detail-leak
    return reply.code(500).send({ error: (err as Error).message });
  }
});

export default app;
