"use strict";

// A plugin file that imports no framework: Fastify hands it the instance.
module.exports = async function (fastify) {
  // expect: missing-auth
  fastify.post("/claim", async (request) => ({ claimed: request.body.perchId }));

  // An in-place plugin is a scope of its own: its hook reaches only the routes registered inside it, though its
  // parameter has the outer one's name.
  fastify.register(async function (fastify) {
    fastify.addHook("preHandler", fastify.memberOnly);

    // ok: missing-auth -- the scope's preHandler is the decorated memberOnly check
    fastify.post("/", async (request) => ({ saved: request.body.name }));

    // ok: missing-auth -- same scope, same hook
    fastify.delete("/:id", async (request) => ({ removed: request.params.id }));
  });
};
