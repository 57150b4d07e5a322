import type { FastifyInstance } from "fastify";
import { db } from "../lib/db";
import { periodClause, periodLabel, tagClause } from "../lib/report-clauses";

type ReportQuery = { from?: string; until?: string; zone?: string; tags?: string; page?: string; owner?: string };

export default async function reportRoutes(app: FastifyInstance) {
  app.get<{ Querystring: ReportQuery }>("/reports/by-tag", async (request) => {
    // ok: missing-input-validation -- the text goes to a helper that parses it as JSON and checks the list it gives
    return db.$queryRawUnsafe(`SELECT * FROM reports WHERE ${tagClause(request.query.tags)}`);
  });

  app.get<{ Querystring: ReportQuery }>("/reports", async (request) => {
    // ok: missing-input-validation -- periodClause reads only from/until/zone of the query and hands them to a schema; page is converted
    const { page } = request.query;
    const where = periodClause(request.query);
    return db.$queryRawUnsafe(`SELECT * FROM reports WHERE ${where} LIMIT 20 OFFSET ${(Number(page) - 1) * 20}`);
  });

  app.get<{ Querystring: ReportQuery }>("/reports/mine", async (request) => {
    // The helper checks the period fields only: the owner value is used as it came.
    // expect: missing-input-validation
    const { owner } = request.query;
    const where = periodClause(request.query);
    return db.report.findMany({ where: { owner, clause: where } });
  });

  app.get<{ Querystring: ReportQuery }>("/reports/label", async (request) => {
    // periodLabel takes the period fields too, but checks neither.
    // expect: missing-input-validation
    const label = periodLabel(request.query);
    return db.report.findMany({ where: { label } });
  });

  app.get<{ Querystring: ReportQuery }>("/reports/summary", async (request) => {
    // ok: missing-input-validation -- the fields go, in a literal, to a function that hands each to a helper checking it
    const { from, until, tags } = request.query;
    return db.$queryRawUnsafe(summaryQuery({ from, until, tags }));
  });

  app.get<{ Querystring: ReportQuery }>("/reports/summary-by-owner", async (request) => {
    // expect: missing-input-validation
    const { from, until, owner } = request.query;
    return ownerSummary({ from, until, owner });
  });
}

function summaryQuery(filters: { from?: string; until?: string; tags?: string }) {
  return `SELECT count(*) FROM reports WHERE ${periodClause(filters)} AND (${tagClause(filters.tags)})`;
}

// The owner goes straight into the lookup, next to the checked period.
function ownerSummary(filters: { from?: string; until?: string; owner?: string }) {
  return db.report.count({ where: { owner: filters.owner, clause: periodClause(filters) } });
}
