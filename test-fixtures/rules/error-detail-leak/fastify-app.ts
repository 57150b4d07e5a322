import Fastify from "fastify";
import { db } from "./db";

const fastify = Fastify({ logger: true });

fastify.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  if (error.validation) {
    // ok: error-detail-leak -- only Fastify's schema check sets `validation`: its message describes what the caller sent
    return reply.status(400).send({ error: error.message });
  }
  if (error.statusCode === 413) {
    // expect: error-detail-leak
    return reply.status(413).send({ error: error.message, stack: error.stack });
  }
  // expect: error-detail-leak
  reply.status(500).send({ error: error.message });
});

fastify.get("/invoices/:id", async (request, reply) => {
  try {
    return await db.query("select * from invoices where id = $1", [(request.params as { id: string }).id]);
  } catch (err) {
    // expect: error-detail-leak
    return reply.code(500).send({ error: "query failed", detail: (err as { detail?: string }).detail });
  }
});

fastify.get("/health", async (_request, reply) => {
  try {
    await db.query("select 1");
    return { ok: true };
  } catch (err) {
    fastify.log.error(err);
    // ok: error-detail-leak -- generic answer, error logged
    return reply.code(503).send({ ok: false });
  }
});

fastify.decorate("requireSession", async function (request, reply) {
  try {
    await request.jwtVerify();
  } catch (err) {
    // ok: error-detail-leak -- the try only runs @fastify/jwt's request check, whose errors are its fixed 401 answers
    return reply.send(err);
  }
});

fastify.decorate("requireMember", async function (request, reply) {
  try {
    await request.jwtVerify();
    await db.query("select 1 from members where id = $1", [(request.user as { id: string }).id]);
  } catch (err) {
    // expect: error-detail-leak
    return reply.send(err);
  }
});

export default fastify;
