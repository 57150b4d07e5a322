"use strict";

module.exports = async function (fastify) {
  fastify.addHook("onRequest", fastify.noteCaller);

  // expect: missing-auth
  fastify.post("/", async (request) => ({ logged: request.body.species }));
};
