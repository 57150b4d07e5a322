// Full route paths from prefixes set far from the route: folders @fastify/autoload loads, Nest's global prefix and URI
// versions, sub-apps Hono and koa-mount put under a path, routers handed to a function that mounts them, and paths
// held in constants. Each is a fact of the framework model's link step (the paths `harden routes` prints).
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { parseSource } from "../rules/engine/analyze.js";
import { ProjectModel } from "../rules/model/project-model.js";
import { inventoryRoutes } from "../rules/model/route-inventory.js";
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

  it("Nest: the nearest bootstrap's global prefix (less its excluded paths) and URI version go before the controller path", () => {
    const project = link({
      "apps/api/src/main.ts": `
        import { NestFactory } from "@nestjs/core";
        import { VersioningType } from "@nestjs/common";
        async function start() {
          const app = await NestFactory.create(AppModule);
          app.enableVersioning({ type: VersioningType.URI, defaultVersion: "1" });
          app.setGlobalPrefix("/api/", { exclude: ["robots.txt", { path: "healthz", method: RequestMethod.GET }] });
          await app.listen(3000);
        }
      `,
      "apps/api/src/orders/orders.controller.ts": `
        import { Controller, Get, Post, Version, VERSION_NEUTRAL } from "@nestjs/common";
        @Controller("orders")
        export class OrdersController {
          @Get(":orderId") find() {}
          @Version("2") @Post() place() {}
          @Version(VERSION_NEUTRAL) @Get("export/csv") exportAll() {}
        }
      `,
      "apps/api/src/carts/carts.controller.ts": `
        import { Controller, Delete } from "@nestjs/common";
        @Controller({ path: "carts", version: ["3", "4"] })
        export class CartsController {
          @Delete(":cartId") clear() {}
        }
      `,
      "apps/api/src/meta.controller.ts": `
        import { Controller, Get } from "@nestjs/common";
        @Controller()
        export class MetaController {
          @Get("robots.txt") robots() {}
          @Get("healthz") health() {}
        }
      `,
      "apps/worker/src/jobs.controller.ts": `
        import { Controller, Get } from "@nestjs/common";
        @Controller("jobs")
        export class JobsController {
          @Get() list() {}
        }
      `,
      "apps/worker/src/main.ts": `
        import { NestFactory } from "@nestjs/core";
        async function start() {
          const app = await NestFactory.create(WorkerModule);
          app.setGlobalPrefix("internal");
          await app.listen(3001);
        }
      `,
    });
    assert.deepEqual(fullPaths(project), [
      "DELETE /api/v3/carts/:cartId apps/api/src/carts/carts.controller.ts",
      "GET /api/orders/export/csv apps/api/src/orders/orders.controller.ts",
      "GET /api/v1/orders/:orderId apps/api/src/orders/orders.controller.ts",
      "GET /internal/jobs apps/worker/src/jobs.controller.ts",
      // Excluded from the global prefix only: the version still applies.
      "GET /v1/healthz apps/api/src/meta.controller.ts",
      "GET /v1/robots.txt apps/api/src/meta.controller.ts",
      "POST /api/v2/orders apps/api/src/orders/orders.controller.ts",
    ]);
  });

  it("Koa: a router destructured from a rest parameter, paths in consts and templates of consts, run-time paths and register(path, methods) on a proven router; test files are not in the inventory", () => {
    const project = link({
      "src/api.ts": `
        import Router from "@koa/router";
        import registerBilling from "./billing/index.js";
        const root = new Router();
        const api = new Router();
        registerBilling(api, { plans: [] });
        root.use("/api", api.routes());
      `,
      // Names no framework: the router is the first of the arguments handed in.
      "src/billing/index.ts": `
        export default function registerBilling(...args: unknown[]) {
          const [router, { plans }] = args as [any, { plans: string[] }];
          const base = "/plans";
          router.get(base, async (ctx: any) => { ctx.body = plans; });
          router.delete(\`\${base}/:planId\`, async (ctx: any) => { ctx.status = 204; });
        }
      `,
      "src/providers.ts": `
        import Router from "@koa/router";
        import type KoaRouter from "@koa/router";
        const config = { id: process.env.PROVIDER_ID ?? "sso" };
        export const providers = new Router();
        providers.get(\`/\${config.id}.callback\`, async (ctx) => { ctx.status = 200; });
        providers.register("/hooks/provider", ["get", "post"], async (ctx) => { ctx.status = 204; });
        export function addLogout(router: KoaRouter, id: string) {
          router.post(\`\${id}.logout\`, async (ctx) => { ctx.status = 204; });
        }
      `,
      // A cache's loader on a receiver no framework made: not a route.
      "src/lookups.ts": `
        import Router from "@koa/router";
        import { LRUCache } from "lru-cache";
        const cache = new LRUCache<string, string>({ max: 10 });
        export function read(key: string) { return cache.get(\`k:\${key}\`, () => "x"); }
        class HookRegistry { register(_name: string, _events: string[], _run: () => void) {} }
        const hooks = new HookRegistry();
        hooks.register("/audit", ["get"], () => undefined);
        export const unused = new Router();
      `,
      "src/billing/index.test.ts": `
        import Router from "@koa/router";
        import { describe } from "vitest";
        describe("billing", () => { const harness = new Router(); harness.get("/probe", async (ctx) => { ctx.status = 200; }); });
      `,
    });
    assert.deepEqual(fullPaths(project), [
      "DELETE /api/plans/:planId src/billing/index.ts",
      "GET  src/providers.ts",
      "GET /api/plans src/billing/index.ts",
      "GET /hooks/provider src/providers.ts",
      "GET /probe src/billing/index.test.ts",
      "POST  src/providers.ts",
      "POST /hooks/provider src/providers.ts",
    ]);
    assert.ok(!inventoryRoutes(project).some((route) => route.filePath.endsWith(".test.ts")), "a test's harness route is not inventoried");
  });

  it("Koa: koa-mount puts a sub-app under its prefix, also the app a factory returns, and a loop mounts each router of the list it iterates", () => {
    const project = link({
      "src/server.ts": `
        import Koa from "koa";
        import mount from "koa-mount";
        import webhooks from "./webhooks.js";
        import createApi from "./api.js";
        const server = new Koa();
        server.use(mount("/hooks", webhooks));
        server.use(mount("/v1", createApi({ region: "eu" })));
      `,
      "src/webhooks.ts": `
        import Koa from "koa";
        import Router from "koa-router";
        const router = new Router();
        router.post("/deliveries", async (ctx) => { ctx.status = 202; });
        const app = new Koa();
        app.use(router.routes());
        export default app;
      `,
      "src/api.ts": `
        import Koa from "koa";
        import Router from "koa-router";
        function buildRouters() {
          const accounts = new Router();
          accounts.get("/accounts", async (ctx) => { ctx.body = []; });
          const invoices = new Router();
          invoices.get("/invoices/:id", async (ctx) => { ctx.body = {}; });
          return [accounts, invoices];
        }
        export default function createApi(options: { region: string }) {
          const api = new Koa();
          for (const router of buildRouters()) api.use(router.routes());
          return api;
        }
      `,
    });
    assert.deepEqual(fullPaths(project), ["GET /v1/accounts src/api.ts", "GET /v1/invoices/:id src/api.ts", "POST /hooks/deliveries src/webhooks.ts"]);
  });

  it("Koa: a router subclass's own prefix goes before its routes and its instances' routes; a prefix built at run time is shown as a {dynamic} segment, never dropped", () => {
    const project = link({
      "src/server.ts": `
        import Koa from "koa";
        import Router from "koa-router";
        import TableRouter from "./table-router.js";
        import ScopedRouter from "./scoped-router.js";
        import addNotes from "./notes.js";
        const api = new Router({ prefix: "/api" });
        const ledgers = new TableRouter(schemaFor("ledger"));
        addNotes(ledgers);
        api.use(ledgers.routes());
        const scoped = new ScopedRouter();
        scoped.get("/mine", async (ctx) => { ctx.body = []; });
        api.use(scoped.routes());
        const server = new Koa();
        server.use(api.routes());
      `,
      "src/table-router.ts": `
        import Router from "koa-router";
        export default class TableRouter extends Router {
          constructor(schema: { table: string }) {
            super({ prefix: "/" + schema.table });
            this.get("/", async (ctx) => { ctx.body = []; });
          }
        }
      `,
      "src/scoped-router.ts": `
        import Router from "koa-router";
        export default class ScopedRouter extends Router {
          constructor() {
            super({ prefix: "/scoped" });
          }
        }
      `,
      "src/notes.ts": `
        import type Router from "koa-router";
        export default function addNotes(router: Router) {
          router.post("/:id/notes", async (ctx) => { ctx.status = 201; });
        }
      `,
    });
    assert.deepEqual(fullPaths(project), ["GET /api/scoped/mine src/server.ts", "GET /api/{dynamic} src/table-router.ts", "POST /api/{dynamic}/:id/notes src/notes.ts"]);
  });
});
