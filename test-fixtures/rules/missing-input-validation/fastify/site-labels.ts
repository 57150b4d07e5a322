import type { FastifyInstance } from "fastify";
import { and, eq, like } from "drizzle-orm";
import { memberTable, siteTable, sqlDb as db } from "../lib/tables";

export default async function siteLabelRoutes(app: FastifyInstance) {
  app.post<{ Body: { siteId: number; slug: string } }>("/sites/slug", async (request, reply) => {
    // ok: missing-input-validation -- slug is pattern-tested before use, siteId only bound in drizzle comparisons
    const { siteId, slug } = request.body;
    if (!/^[a-z0-9-]{1,48}$/.test(slug)) return reply.code(400).send({ error: "invalid slug" });
    const [site] = await db.select().from(siteTable).where(and(eq(siteTable.id, siteId), eq(siteTable.ownerId, request.user.id)));
    if (!site) return reply.code(404).send();
    await db.update(siteTable).set({ slug }).where(eq(siteTable.id, siteId));
    return reply.send({ ok: true });
  });

  app.post<{ Body: { siteId: number; role: string } }>("/sites/members", async (request, reply) => {
    // expect: missing-input-validation
    const { siteId, role } = request.body;
    // siteId is bound, but role is written to the row as sent.
    await db.insert(memberTable).values({ siteId, userId: request.user.id, role }).where(eq(memberTable.siteId, siteId));
    return reply.send({ ok: true });
  });

  app.get<{ Querystring: { prefix?: string } }>("/sites/find", async (request, reply) => {
    // A `like` pattern is not one compared value: `%` in it matches every row.
    // expect: missing-input-validation
    const rows = await db.select().from(siteTable).where(like(siteTable.name, request.query.prefix));
    return reply.send(rows);
  });

  app.get<{ Querystring: Record<string, string> }>("/sites/thumbnail", async (request, reply) => {
    // ok: missing-input-validation -- the query is only counted: no key or value of it is used
    if (Object.keys(request.query).length === 0) return reply.send({ size: "original" });
    return reply.send({ size: "custom" });
  });

  app.get<{ Querystring: Record<string, string> }>("/sites/echo", async (request, reply) => {
    // expect: missing-input-validation
    const names = Object.keys(request.query).map((name) => name.toLowerCase());
    return reply.send(await db.select().from(siteTable).where(eq(siteTable.tags, names)));
  });
}
