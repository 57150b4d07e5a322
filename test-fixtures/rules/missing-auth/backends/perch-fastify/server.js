"use strict";

const Fastify = require("fastify");

const app = Fastify();
app.register(require("@fastify/jwt"), { secret: process.env.PERCH_JWT_KEY });

// A decorated preHandler: @fastify/jwt's request.jwtVerify() rejects a missing or bad token with a 401 error, and
// reply.send(err) answers with that status; the hook ends there.
app.decorate("memberOnly", async function (request, reply) {
  try {
    await request.jwtVerify();
  } catch (err) {
    reply.send(err);
  }
});

// Looks as if it checks, but only logs the failure: every request goes on.
app.decorate("noteCaller", async function (request) {
  try {
    await request.jwtVerify();
  } catch (err) {
    request.log.warn(err);
  }
});

app.register(require("./routes/perches"), { prefix: "/perches" });
app.register(require("./routes/sightings"), { prefix: "/sightings" });
app.listen({ port: 3000 });
