import { bookmarks } from "../../../fastify-plugin-files/store.js";

export default async function noteRoutes(scope) {
  scope.post(
    "/",
    { schema: { body: { type: "object", required: ["text"], properties: { text: { type: "string", maxLength: 500 } } } } },
    async function (request) {
      // ok: missing-input-validation -- autoloaded, so Fastify checks the route's JSON schema before the handler runs
      const { text } = request.body;
      return bookmarks.add({ url: "note:", title: text });
    },
  );

  scope.put("/:id", async function (request) {
    // expect: missing-input-validation
    const { text } = request.body;
    return bookmarks.rename(request.params.id, text);
  });
}
