// Full route paths from prefixes set far from the route: folders @fastify/autoload loads, Nest's global prefix and URI
// versions, sub-apps Hono and koa-mount put under a path, routers handed to a function that mounts them, and paths
// held in constants. Each is a fact of the framework model's link step (the paths `harden routes` prints).
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { parseSource } from "../rules/engine/analyze.js";
import { ProjectModel } from "../rules/model/project-model.js";
import { summarizeFile } from "../rules/model/summarize.js";
import { bareSettings } from "./fixture-harness.js";

const root = path.resolve("/shop");

function link(files: Record<string, string>): ProjectModel {
  const summaries = Object.entries(files).map(([relativePath, text]) => {
    const filePath = path.join(root, relativePath);
    return summarizeFile(filePath, parseSource(filePath, text));
  });
  return new ProjectModel(summaries, bareSettings(root, {}));
}

/** `METHOD /full/path file` of every linked route, sorted. */
function fullPaths(project: ProjectModel): string[] {
  return project
    .allRoutes()
    .map(({ route, fullPath, filePath }) => `${route.method} ${fullPath} ${path.relative(root, filePath)}`)
    .sort();
}

describe("model: route prefixes set away from the route", () => {
  it("Fastify autoload: options.prefix, then each folder below dir, then the file's autoPrefix export", () => {
    const project = link({
      "src/app.ts": `
        import path from "node:path";
        import autoload from "@fastify/autoload";
        import type { FastifyInstance } from "fastify";
        export default async function app(server: FastifyInstance) {
          server.register(autoload, { dir: path.join(import.meta.dirname, "endpoints"), options: { prefix: "/api" } });
        }
      `,
      "src/endpoints/billing/invoices/index.ts": `
        import type { FastifyInstance } from "fastify";
        export default async function invoices(server: FastifyInstance) {
          server.get("/:invoiceId", async (request) => ({ id: request.params.invoiceId }));
          server.post("/", async () => ({ created: true }));
        }
      `,
      "src/endpoints/status.ts": `
        export const autoPrefix = "/v2";
        import type { FastifyInstance } from "fastify";
        export default async function status(server: FastifyInstance) {
          server.get("/status", async () => ({ up: true }));
        }
      `,
      "src/admin.ts": `
        import type { FastifyInstance } from "fastify";
        export default async function admin(server: FastifyInstance) {
          server.get("/audit", async () => []);
        }
      `,
    });
    assert.deepEqual(fullPaths(project), [
      "GET /api/billing/invoices/:invoiceId src/endpoints/billing/invoices/index.ts",
      "GET /api/v2/status src/endpoints/status.ts",
      "GET /audit src/admin.ts",
      "POST /api/billing/invoices src/endpoints/billing/invoices/index.ts",
    ]);
  });
});
