import type { FastifyInstance } from "fastify";

const operatorKeys = new Set((process.env.YARD_OPERATOR_KEYS ?? "").split(",").filter(Boolean));

/** Adds a hook to the scope it is handed that hands an error on unless the API-key header is an operator's key. */
export function requireOperator(scope: FastifyInstance): void {
  scope.addHook("onRequest", (request, _reply, done) => {
    const sentKey = request.headers["x-api-key"];
    if (typeof sentKey !== "string" || !operatorKeys.has(sentKey)) {
      done(new Error("operator key required"));
      return;
    }
    done();
  });
}

/** Reads the tenant header and hands an error on without it: a routing check, not a credential. */
export function requireTenant(scope: FastifyInstance): void {
  scope.addHook("onRequest", (request, _reply, done) => {
    if (!request.headers["x-yard-tenant"]) {
      done(new Error("tenant required"));
      return;
    }
    done();
  });
}
