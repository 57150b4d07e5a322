// Fastify app for the partner API: JWT auth through @fastify/jwt.
import fastifyJwt from "@fastify/jwt";
import Fastify from "fastify";

const app = Fastify({ logger: true });

// expect: hardcoded-secret
app.register(fastifyJwt, { secret: "partner-api-signing" });

app.get("/whoami", async (request, reply) => {
  await request.jwtVerify();
  // ok: hardcoded-secret -- a `secret` field in a response body is not a key
  return reply.send({ secret: "hidden", user: request.user });
});

export default app;
