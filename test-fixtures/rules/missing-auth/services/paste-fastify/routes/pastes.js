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

  // A reader who was given a password sends it in the body, so the read is served on POST as well.
  instance.get("/:id/text", showPaste);
  // ok: missing-auth -- the same function a GET of this path runs, with no guard the GET has and the POST lacks
  instance.post("/:id/text", showPaste);

  instance.get("/:id/history", { preValidation: [requireSession] }, showPaste);
  // expect: missing-auth
  instance.post("/:id/history", showPaste);
}

async function showPaste(request) {
  const paste = await pastes.open(request.params.id, request.body?.password);
  return { text: paste.text };
}

export default pasteRoutes;
