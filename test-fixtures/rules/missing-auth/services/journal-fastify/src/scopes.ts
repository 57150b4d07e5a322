// Three in-place scopes. fastify-plugin lifts `memberGate`'s hook into the scope that registers it; `auditGate` is a
// plain plugin, so its hook stays inside it and guards nothing registered next to it.
import type { FastifyInstance } from "fastify";
import memberGate from "./plugins/member-gate";
import { auditGate } from "./plugins/audit-gate";
import { pageRoutes } from "./routes/pages";
import { draftRoutes } from "./routes/drafts";
import { tagRoutes } from "./routes/tags";

export async function mountScopes(server: FastifyInstance) {
  await server.register(
    async (scope: FastifyInstance) => {
      // Registered on the outer instance while this scope loads: avvio queues it on the scope.
      await server.register(memberGate);
      await scope.register(pageRoutes, { prefix: "/pages" });
    },
    { prefix: "/members" },
  );

  await server.register(
    async (scope: FastifyInstance) => {
      await scope.register(draftRoutes, { prefix: "/drafts" });
    },
    { prefix: "/open" },
  );

  await server.register(
    async (scope: FastifyInstance) => {
      await scope.register(auditGate);
      await scope.register(tagRoutes, { prefix: "/tags" });
    },
    { prefix: "/audited" },
  );
}
