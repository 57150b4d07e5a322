const { subscribe: subscribeOptions, mute: muteOptions, searchQuery } = require("./follow-options");
const schemas = require("./follow-schemas");

module.exports = async function followRoutes(app) {
  app.post("/subscribe", subscribeOptions, async (request) => {
    // ok: missing-input-validation -- the imported route options carry a body schema that Fastify enforces
    const { channelId } = request.body;
    return { following: channelId };
  });

  app.post("/mute", muteOptions, async (request) => {
    // expect: missing-input-validation
    const { channelId } = request.body;
    return { muted: channelId };
  });

  app.get("/search", { schema: searchQuery }, async (request) => {
    // ok: missing-input-validation -- a Fastify route's options object, whose imported schema has a querystring part
    const { term } = request.query;
    return { results: [], term };
  });

  app.patch("/:channelId/label", { schema: schemas.rename }, async (request) => {
    // ok: missing-input-validation -- the schema, a member of the required schemas module, has a body part
    const { label } = request.body;
    return { channelId: request.params.channelId, label };
  });

  app.post("/:channelId/archive", { schema: schemas.archive }, async (request) => {
    // expect: missing-input-validation
    const { reason } = request.body;
    return { channelId: request.params.channelId, reason };
  });

  app.put("/:channelId", { config: { audit: true } }, async (request) => {
    // expect: missing-input-validation
    const { label } = request.body;
    return { channelId: request.params.channelId, label };
  });
};
