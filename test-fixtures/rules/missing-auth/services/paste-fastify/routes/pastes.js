import { requireSession } from "../session.js";
import { pastes } from "../store.js";

async function pasteRoutes(instance) {
  // ok: missing-auth -- a Fastify route option: the preValidation hook checks the session before the handler
  instance.delete("/:id", { preValidation: [requireSession] }, async (request) => {
    await pastes.remove(request.params.id);
    return { removed: true };
  });

  // expect: missing-auth
  instance.post("/:id/pin", { config: { audit: true } }, async (request) => {
    await pastes.pin(request.params.id);
    return { pinned: true };
  });
}

export default pasteRoutes;
