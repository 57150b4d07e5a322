import fp from "fastify-plugin";
import jwt from "jsonwebtoken";
import type { FastifyInstance } from "fastify";

class GateError extends Error {
  statusCode = 403;
}

// A fastify-plugin plugin: its hook runs on the scope that registers it. It refuses by throwing, not by a 401 reply.
const bearerGate = fp(async (scope: FastifyInstance) => {
  scope.addHook("preHandler", async (request) => {
    const header = request.headers.authorization;
    if (!header) throw new GateError("sign in first");
    try {
      request.headers["x-crate-owner"] = String((jwt.verify(header.replace(/^Bearer /, ""), process.env.CRATE_SIGNING_KEY!) as { sub: string }).sub);
    } catch {
      throw new GateError("sign in again");
    }
  });
});

/** Puts the bearer check on the scope it is handed. */
export function attachBearerGate(scope: FastifyInstance): void {
  scope.register(bearerGate);
}

/** Only tags the routes of the scope for the API docs: no check. */
export function tagForDocs(scope: FastifyInstance): void {
  scope.addHook("onRequest", async (request) => {
    request.log.info({ url: request.url }, "crate api");
  });
}
