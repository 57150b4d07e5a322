// With @fastify/formbody registered, a route takes urlencoded forms besides Fastify's own JSON: the schema accepts a
// seat count as a number or as its text. The app without the plugin (below) keeps a JSON-only schema.
import Fastify from "fastify";
import formbody from "@fastify/formbody";
import { db } from "../lib/db";

const events = Fastify();
events.register(formbody);

events.post("/events/:id/signups", async (request, reply) => {
  // expect: missing-input-validation
  const form = request.body as { email: string; seats: number };
  if (form.seats > 4) return reply.code(422).send({ error: "at most four seats" });
  return db.signup.create({ data: { email: form.email.toLowerCase(), seats: form.seats } });
});

const api = Fastify();

api.post("/waitlist", async (request, reply) => {
  // expect: missing-input-validation
  const entry = request.body as { email: string; position: number };
  if (entry.position < 0) return reply.code(422).send({ error: "no negative positions" });
  return db.waitlist.create({ data: { email: entry.email.toLowerCase(), position: entry.position } });
});
