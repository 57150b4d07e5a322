import { bookmarks } from "../store.js";

export default async function bookmarkRoutes(scope) {
  scope.post(
    "/",
    {
      schema: {
        body: {
          type: "object",
          required: ["url"],
          properties: { url: { type: "string", format: "uri", maxLength: 2048 }, title: { type: "string", maxLength: 200 } },
        },
      },
    },
    async (request) => {
      // ok: missing-input-validation -- the route's JSON schema is checked by Fastify before the handler runs
      const { url, title } = request.body;
      return bookmarks.add({ url, title });
    },
  );

  scope.put("/:id", { config: { rateLimit: false } }, async (request) => {
    // expect: missing-input-validation
    const { title } = request.body;
    return bookmarks.rename(request.params.id, title);
  });
}
