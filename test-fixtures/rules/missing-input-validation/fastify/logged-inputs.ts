import type { FastifyInstance } from "fastify";
import { verifyPartnerDelivery } from "../lib/partner-webhooks";
import { db } from "../lib/db";
import { serviceLog } from "../lib/service-log";

// Handlers that write the input to the log before doing anything with it: the log line records the input, it does
// not use it. What the handler does afterwards decides.
export default async function loggedInputRoutes(app: FastifyInstance) {
  app.post("/partner/deliveries", async (request, reply) => {
    // ok: missing-input-validation -- logging the payload is not a use; it is then only checked against its signature
    request.log.info({ payload: request.body }, "partner delivery received");
    const delivery = verifyPartnerDelivery(request.rawBody as string, request.headers["x-partner-signature"] as string);
    return reply.send({ id: delivery.id });
  });

  app.get("/lookup", async (request, reply) => {
    // ok: missing-input-validation -- the logged field is checked by hand before it is used
    console.info("lookup", { term: (request.query as { term?: unknown }).term });
    const { term } = request.query as { term?: unknown };
    if (typeof term !== "string") return reply.status(400).send({ error: "term must be text" });
    return reply.send(await db.items.findMany({ where: { name: term } }));
  });

  app.get("/catalog/search", async (request, reply) => {
    // ok: missing-input-validation -- a logger the project's own factory makes (around pino) only records the value
    serviceLog.info({ phrase: (request.query as { phrase?: unknown }).phrase }, "catalog search");
    const { phrase } = request.query as { phrase?: unknown };
    if (typeof phrase !== "string" || phrase.length > 100) return reply.status(400).send({ error: "phrase must be short text" });
    return reply.send(await db.items.findMany({ where: { name: phrase } }));
  });

  app.get("/catalog/browse", async (request, reply) => {
    // expect: missing-input-validation
    const query = request.query as { shelf?: string };
    serviceLog.info({ shelf: query.shelf }, "catalog browse");
    return reply.send(await db.items.findMany({ where: { shelf: query.shelf } }));
  });

  app.post("/notes", async (request, reply) => {
    request.log.debug({ note: request.body }, "note received");
    // expect: missing-input-validation
    const note = await db.notes.create({ data: request.body as object });
    return reply.send(note);
  });
}
