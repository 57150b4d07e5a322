import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** Shape check of a caller's link: a parsed URL whose scheme is on an allow-list, or nothing. */
function parseWebLink(raw?: string): URL | null {
  try {
    if (!raw) return null;
    const link = new URL(raw);
    if (link.protocol !== "https:" && link.protocol !== "http:") return null;
    return link;
  } catch {
    return null;
  }
}

/** Parsed as a URL too, but nothing looks at where it points. */
function asLink(raw: string): URL {
  const link = new URL(raw);
  return link;
}

async function preview(request: FastifyRequest<{ Querystring: { link?: string } }>, reply: FastifyReply) {
  // ok: missing-input-validation -- the only field goes through a helper that parses it and allow-lists its scheme
  const link = parseWebLink(request.query.link);
  if (!link) return reply.status(404).send("Not found");
  return reply.send({ host: link.host });
}

async function unfurl(request: FastifyRequest<{ Querystring: { link: string } }>, reply: FastifyReply) {
  // expect: missing-input-validation
  const link = asLink(request.query.link);
  return reply.send({ host: link.host });
}

export default async function linkRoutes(app: FastifyInstance) {
  app.get("/preview", preview);
  app.get("/unfurl", unfurl);
}
