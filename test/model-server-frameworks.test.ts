// The Express, Koa, Fastify and Hono models and the conventions extractor: what each file's summary records, and
// what the link step makes of it across files (mount prefixes, guards from app-level use(), imported guards).
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { parseSource } from "../rules/engine/analyze.js";
import type { ProjectSettings } from "../rules/engine/types.js";
import { ProjectModel, type LinkedRoute } from "../rules/model/project-model.js";
import { summarizeFile } from "../rules/model/summarize.js";
import type { FileSummary, RouteSummary } from "../rules/model/types.js";
import { bareSettings } from "./fixture-harness.js";

const root = path.resolve("/project");

function summarize(text: string, relativePath = "src/routes.ts"): FileSummary {
  const filePath = path.join(root, relativePath);
  return summarizeFile(filePath, parseSource(filePath, text));
}

function link(files: Record<string, string>, settings: Partial<ProjectSettings> = {}): ProjectModel {
  const summaries = Object.entries(files).map(([relativePath, text]) => summarize(text, relativePath));
  return new ProjectModel(summaries, bareSettings(root, settings));
}

function routesIn(project: ProjectModel, relativePath: string): LinkedRoute[] {
  return project.routesIn(path.join(root, relativePath));
}

function routeLine(route: RouteSummary): string {
  return `${route.framework} ${route.method} ${route.path}`;
}

function guardNames(route: { guards: ReadonlyArray<{ name: string; kind: string }> }): string[] {
  return route.guards.map((guard) => `${guard.kind}:${guard.name}`);
}

function findRoute(summary: FileSummary, method: string, routePath: string): RouteSummary {
  const route = summary.routes.find((r) => r.method === method && r.path === routePath);
  assert.ok(route, `no ${method} ${routePath} in ${summary.routes.map(routeLine).join(", ")}`);
  return route;
}

function textOf(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

describe("model: Express", () => {
  it("records routes on express() and Router() with owner, span of the whole call and the inline handler", () => {
    const text = `
      import express from "express";
      const app = express();
      const router = express.Router();
      app.get("/health", (req, res) => res.json({ ok: true }));
      router.post("/users", async (req, res) => { res.status(201).json(await users.create(req.body)); });
    `;
    const summary = summarize(text);
    assert.deepEqual(summary.routes.map((r) => `${routeLine(r)} on ${r.owner}`), ["express GET /health on app", "express POST /users on router"]);
    const create = findRoute(summary, "POST", "/users");
    assert.match(textOf(text, create.span), /^router\.post\("\/users"[\s\S]*\}\)$/);
    assert.match(textOf(text, create.handler!), /^async \(req, res\) =>/);
  });

  it("records middleware between path and handler as guards, flattening arrays and naming calls by callee", () => {
    const summary = summarize(`
      import { Router } from "express";
      import passport from "passport";
      const router = Router();
      router.post("/orders", passport.authenticate("jwt", { session: false }), [validate(orderSchema), rateLimit], createOrder);
    `);
    const route = findRoute(summary, "POST", "/orders");
    assert.deepEqual(guardNames(route), ["middleware:passport.authenticate", "middleware:validate", "middleware:rateLimit"]);
    assert.equal(route.handlerName, "createOrder");
    assert.equal(route.handler, undefined);
  });

  it("unwraps handler wrappers: every wrapper is a guard candidate and the innermost function is the handler", () => {
    const text = `
      import { Router } from "express";
      const router = Router();
      router.put("/profile", withAuth(asyncHandler(async (req, res) => { res.json(await save(req.body)); })));
    `;
    const route = findRoute(summarize(text), "PUT", "/profile");
    assert.deepEqual(guardNames(route), ["wrapper:withAuth", "wrapper:asyncHandler"]);
    assert.match(textOf(text, route.handler!), /^async \(req, res\) =>/);
  });

  it("resolves a handler named in the same file to its function and reads its inline checks", () => {
    const text = `
      import { Router } from "express";
      const router = Router();
      async function removeUser(req, res) {
        const user = await getUser(req);
        if (!user) return res.status(403).json({ error: "forbidden" });
        await db.user.delete({ where: { id: req.params.id } });
        res.sendStatus(204);
      }
      router.delete("/users/:id", removeUser);
    `;
    const route = findRoute(summarize(text), "DELETE", "/users/:id");
    assert.equal(route.handlerName, "removeUser");
    assert.match(textOf(text, route.handler!), /^async function removeUser/);
    assert.deepEqual(guardNames(route), ["inline:inline"]);
    assert.match(textOf(text, route.guards[0]!.span), /^if \(!user\) return res\.status\(403\)/);
  });

  it("records an inline session check before the first side effect, but not one after it", () => {
    const summary = summarize(`
      import { Router } from "express";
      const router = Router();
      router.post("/notes", async (req, res) => {
        const { title } = req.body;
        if (!req.session?.userId) return res.sendStatus(401);
        res.json(await notes.create({ title }));
      });
      router.post("/late", async (req, res) => {
        await audit.log("late");
        if (!req.user) return res.status(401).end();
        res.end();
      });
    `);
    assert.deepEqual(guardNames(findRoute(summary, "POST", "/notes")), ["inline:inline"]);
    assert.deepEqual(guardNames(findRoute(summary, "POST", "/late")), []);
  });

  it("does not take a non-auth early return (400 on a missing field) for an inline guard", () => {
    const summary = summarize(`
      import { Router } from "express";
      const router = Router();
      router.post("/posts", async (req, res) => {
        if (!req.body.title) return res.status(400).json({ error: "title required" });
        res.json(await posts.create(req.body));
      });
    `);
    assert.deepEqual(guardNames(findRoute(summary, "POST", "/posts")), []);
  });

  it("records one route per method on router.route(path) chains", () => {
    const summary = summarize(`
      import { Router } from "express";
      const router = Router();
      router.route("/items/:id").get(getItem).put(requireAuth, updateItem).delete(requireAuth, deleteItem);
    `);
    assert.deepEqual(summary.routes.map(routeLine).sort(), ["express DELETE /items/:id", "express GET /items/:id", "express PUT /items/:id"]);
    assert.deepEqual(guardNames(findRoute(summary, "PUT", "/items/:id")), ["middleware:requireAuth"]);
    assert.deepEqual(guardNames(findRoute(summary, "GET", "/items/:id")), []);
  });

  it("treats a router handed in as a parameter as an Express owner", () => {
    const summary = summarize(`
      import type { Router } from "express";
      export function registerUserRoutes(router: Router) {
        router.patch("/users/:id", requireAuth, updateUser);
      }
    `);
    assert.deepEqual(summary.routes.map((r) => `${routeLine(r)} on ${r.owner}`), ["express PATCH /users/:id on router"]);
  });

  it("ignores map lookups, header reads, HTTP clients and test agents that look like routes", () => {
    const summary = summarize(`
      import express from "express";
      import axios from "axios";
      const cache = new Map();
      const app = express();
      app.get("/ok", (req, res) => {
        const cached = cache.get("/ok");
        const host = req.get("host");
        res.json({ cached, host });
      });
      axios.get("/users", { timeout: 1000 });
      axios.post("/users", body, config);
      sessionCache.get("/users", fallback);
      request(app).post("/users").send({});
    `);
    assert.deepEqual(summary.routes.map(routeLine), ["express GET /ok"]);
  });

  it("records app.use middleware with prefix, and mounts routers bound here, named like routers or imported after a prefix", () => {
    const summary = summarize(`
      import express from "express";
      import { requireAuth } from "./middleware/auth";
      import usersRouter from "./routes/users";
      import billing from "./routes/billing";
      const app = express();
      const admin = express.Router();
      app.use(express.json());
      app.use("/api/users", requireAuth, usersRouter);
      app.use("/billing", billing);
      app.use("/admin", requireAuth);
      app.use("/admin", admin);
      passport.use(new JwtStrategy(options, verify));
    `);
    assert.deepEqual(
      summary.uses.map((u) => `${u.owner} ${u.prefix || "-"} [${guardNames({ guards: u.middleware }).join(" ")}] -> [${u.mounts.join(" ")}]`),
      [
        "app - [middleware:express.json] -> []",
        "app /api/users [middleware:requireAuth] -> [usersRouter]",
        "app /billing [] -> [billing]",
        "app /admin [middleware:requireAuth] -> []",
        "app /admin [] -> [admin]",
      ],
    );
  });
});

describe("model: Express across files", () => {
  const middleware = `
    export function requireAuth(req, res, next) {
      const token = req.headers.authorization?.replace("Bearer ", "");
      if (!token) return res.status(401).json({ error: "unauthorized" });
      req.user = verifyToken(token);
      next();
    }
    export function logger(req, res, next) {
      console.log(req.method, req.path);
      next();
    }
  `;
  const usersRouter = `
    import { Router } from "express";
    const router = Router();
    router.get("/", listUsers);
    router.post("/:id/avatar", uploadAvatar);
    export default router;
  `;

  it("joins the mount prefix and carries the mount-point guard to routes in the router's file", () => {
    const project = link({
      "src/middleware/auth.ts": middleware,
      "src/routes/users.ts": usersRouter,
      "src/app.ts": `
        import express from "express";
        import { requireAuth } from "./middleware/auth";
        import usersRouter from "./routes/users";
        const app = express();
        app.use("/api/users", requireAuth, usersRouter);
      `,
    });
    const routes = routesIn(project, "src/routes/users.ts");
    assert.deepEqual(routes.map((r) => r.fullPath), ["/api/users", "/api/users/:id/avatar"]);
    for (const route of routes) {
      assert.deepEqual(guardNames(route), ["middleware:requireAuth"]);
      assert.equal(route.guards[0]!.filePath, path.join(root, "src/app.ts"));
    }
  });

  it("applies app-level use() registered before the mount, not after it", () => {
    const project = link({
      "src/middleware/auth.ts": middleware,
      "src/routes/users.ts": usersRouter,
      "src/routes/reports.ts": usersRouter.replace('"/:id/avatar"', '"/export"'),
      "src/app.ts": `
        import express from "express";
        import { requireAuth, logger } from "./middleware/auth";
        import usersRouter from "./routes/users";
        import reportsRouter from "./routes/reports";
        const app = express();
        app.use(logger);
        app.use("/public", usersRouter);
        app.use(requireAuth);
        app.use("/reports", reportsRouter);
      `,
    });
    const publicRoute = routesIn(project, "src/routes/users.ts").find((r) => r.fullPath === "/public/:id/avatar");
    const reportRoute = routesIn(project, "src/routes/reports.ts").find((r) => r.fullPath === "/reports/export");
    assert.deepEqual(guardNames(publicRoute!), ["middleware:logger"]);
    assert.deepEqual(guardNames(reportRoute!), ["middleware:logger", "middleware:requireAuth"]);
  });

  it("recognises an imported project guard that answers 401 as an auth guard without configuration, and a logger as not one", () => {
    const project = link({
      "src/middleware/auth.ts": middleware,
      "src/routes/users.ts": `
        import { Router } from "express";
        import { requireAuth as gatekeeper, logger } from "../middleware/auth";
        const router = Router();
        router.post("/", logger, gatekeeper, createUser);
        export default router;
      `,
    });
    const [route] = routesIn(project, "src/routes/users.ts");
    const file = path.join(root, "src/routes/users.ts");
    assert.deepEqual(
      route!.guards.map((guard) => `${guard.name}=${project.isAuthGuard(guard, file)}`),
      ["logger=false", "gatekeeper=true"],
    );
  });

  it("follows CommonJS routers: module.exports = router and require() mounts", () => {
    const project = link({
      "src/routes/orders.js": `
        const express = require("express");
        const router = express.Router();
        router.post("/", ensureLoggedIn, createOrder);
        module.exports = router;
      `,
      "src/server.js": `
        const express = require("express");
        const ordersRoutes = require("./routes/orders");
        const app = express();
        app.use("/orders", ordersRoutes);
      `,
    });
    assert.deepEqual(routesIn(project, "src/routes/orders.js").map((r) => `${r.fullPath} ${guardNames(r).join(",")}`), ["/orders middleware:ensureLoggedIn"]);
  });
});

describe("model: Koa", () => {
  const routerFile = `
    import Router from "@koa/router";
    import { requireUser } from "../auth";
    const router = new Router({ prefix: "/users" });
    router.use(requireUser);
    router.post("/", koaBody(), async (ctx) => { ctx.body = await users.create(ctx.request.body); });
    router.get("user", "/:id", showUser);
    export default router;
  `;

  it("records routes on @koa/router with the router's declared prefix, named routes and router.use guards", () => {
    const summary = summarize(routerFile);
    assert.deepEqual(summary.routes.map((r) => `${routeLine(r)} ${r.ownerPrefix}`), ["koa POST / /users", "koa GET /:id /users"]);
    assert.deepEqual(guardNames(findRoute(summary, "POST", "/")), ["middleware:koaBody"]);
    assert.deepEqual(summary.uses.map((u) => `${u.owner}:${guardNames({ guards: u.middleware }).join(",")}`), ["router:middleware:requireUser"]);
  });

  it("reads express-unless path lists: exact paths and anchored regular expressions are not guarded by the middleware", () => {
    const project = link({
      "src/app.ts": `
        import Koa from "koa";
        import Router from "@koa/router";
        import jwt from "koa-jwt";
        const app = new Koa();
        const router = new Router({ prefix: "/v1" });
        router.post("/login", login).post("/login/otp", otp).post("/public/feedback", feedback).post("/publications", publish);
        app.use(jwt({ secret }).unless({ path: ["/v1/login", { url: "/v1/status" }, /^\\/v1\\/public\\//] })).use(router.routes());
      `,
    });
    const routes = routesIn(project, "src/app.ts");
    assert.deepEqual(routes.map((r) => `${r.fullPath} ${guardNames(r).join(",")}`).sort(), [
      "/v1/login ",
      "/v1/login/otp middleware:jwt",
      "/v1/public/feedback ",
      "/v1/publications middleware:jwt",
    ]);
    assert.equal(project.isAuthGuard(routes.find((r) => r.fullPath === "/v1/publications")!.guards[0]!, path.join(root, "src/app.ts")), true);
  });

  it("records ctx.throw(401) and ctx.status = 401 checks as inline guards", () => {
    const summary = summarize(`
      import Router from "@koa/router";
      const router = new Router();
      router.delete("/posts/:id", async (ctx) => {
        if (!ctx.state.user) ctx.throw(401, "login required");
        await posts.remove(ctx.params.id);
      });
      router.put("/posts/:id", async (ctx) => {
        if (!ctx.state.user) { ctx.status = 401; return; }
        await posts.update(ctx.params.id, ctx.request.body);
      });
    `);
    assert.deepEqual(summary.routes.map((r) => guardNames(r).join(",")), ["inline:inline", "inline:inline"]);
  });

  it("links app.use(router.routes()) across files: prefix, router.use guard and app middleware before the mount", () => {
    const project = link({
      "src/auth.ts": `export async function requireUser(ctx, next) { if (!ctx.state.user) ctx.throw(401); await next(); }`,
      "src/routes/users.ts": routerFile,
      "src/app.ts": `
        import Koa from "koa";
        import usersRouter from "./routes/users";
        const app = new Koa();
        app.use(bodyParser());
        app.use(usersRouter.routes());
        app.use(usersRouter.allowedMethods());
      `,
    });
    const [create] = routesIn(project, "src/routes/users.ts");
    assert.equal(create!.fullPath, "/users");
    assert.deepEqual(guardNames(create!), ["middleware:bodyParser", "middleware:requireUser", "middleware:koaBody"]);
    const routeFile = path.join(root, "src/routes/users.ts");
    assert.equal(project.isAuthGuard(create!.guards[1]!, routeFile), true);
    assert.equal(project.isAuthGuard(create!.guards[2]!, routeFile), false);
  });
});

describe("model: Fastify", () => {
  it("records shorthand routes with route-level hooks as guards and schema body as framework validation", () => {
    const summary = summarize(`
      import Fastify from "fastify";
      const fastify = Fastify({ logger: true });
      fastify.post("/orders", { schema: { body: OrderBody }, preHandler: [fastify.authenticate] }, async (request, reply) => {
        return orders.create(request.body);
      });
      fastify.get("/health", async () => ({ ok: true }));
      fastify.put("/orders/:id", { schema: { response: { 200: Order } } }, updateOrder);
    `);
    const create = findRoute(summary, "POST", "/orders");
    assert.deepEqual(guardNames(create), ["hook:fastify.authenticate"]);
    assert.equal(create.frameworkValidated, true);
    assert.equal(findRoute(summary, "GET", "/health").frameworkValidated, false);
    assert.equal(findRoute(summary, "PUT", "/orders/:id").frameworkValidated, false, "a response-only schema validates no input");
  });

  it("records fastify.route() with a method array as one route per method, with onRequest fastify.auth([...])", () => {
    const summary = summarize(`
      import Fastify from "fastify";
      const app = Fastify();
      app.route({
        method: ["POST", "PUT"],
        url: "/items",
        schema: itemSchema,
        onRequest: app.auth([app.verifyJWT, app.verifyApiKey]),
        handler: saveItem,
      });
    `);
    assert.deepEqual(summary.routes.map(routeLine), ["fastify POST /items", "fastify PUT /items"]);
    for (const route of summary.routes) {
      assert.deepEqual(guardNames(route), ["hook:app.auth"]);
      assert.equal(route.handlerName, "saveItem");
      assert.equal(route.frameworkValidated, true, "an imported schema object is taken as validating");
    }
  });

  it("records an inline reply.code(401) check in a Fastify handler", () => {
    const summary = summarize(`
      import Fastify from "fastify";
      const app = Fastify();
      app.delete("/sessions/:id", async (request, reply) => {
        if (!request.user) return reply.code(401).send({ error: "unauthorized" });
        await sessions.revoke(request.params.id);
      });
    `);
    assert.deepEqual(guardNames(summary.routes[0]!), ["inline:inline"]);
  });

  it("links register(plugin, { prefix }) to routes on the plugin's parameter, with app hooks applying even when added later", () => {
    const project = link({
      "src/routes/users.ts": `
        import type { FastifyInstance } from "fastify";
        export default async function usersRoutes(app: FastifyInstance) {
          app.post("/", { schema: { body: NewUser } }, createUser);
        }
      `,
      "src/routes/billing.ts": `
        import fp from "fastify-plugin";
        export default fp(async (app) => {
          app.post("/charge", charge);
        });
      `,
      "src/server.ts": `
        import Fastify from "fastify";
        import usersRoutes from "./routes/users";
        const fastify = Fastify();
        fastify.register(usersRoutes, { prefix: "/users" });
        fastify.register(import("./routes/billing"), { prefix: "/billing" });
        fastify.addHook("onRequest", fastify.authenticate);
      `,
    });
    const [createUser] = routesIn(project, "src/routes/users.ts");
    const [charge] = routesIn(project, "src/routes/billing.ts");
    assert.equal(createUser!.fullPath, "/users");
    assert.equal(charge!.fullPath, "/billing/charge");
    assert.deepEqual(guardNames(createUser!), ["hook:fastify.authenticate"]);
    assert.deepEqual(guardNames(charge!), ["hook:fastify.authenticate"]);
  });

  it("links a plugin written in place in register(), with its own hook, and keeps two such plugins apart", () => {
    const project = link({
      "src/server.ts": `
        import Fastify from "fastify";
        import fp from "fastify-plugin";
        const app = Fastify();
        app.register(async (api) => {
          api.addHook("preHandler", api.authenticate);
          api.post("/orders", createOrder);
        }, { prefix: "/v1" });
        app.register(fp(async (api) => {
          api.get("/status", status);
        }), { prefix: "/public" });
      `,
    });
    assert.deepEqual(routesIn(project, "src/server.ts").map((r) => `${r.fullPath} ${guardNames(r).join(",")}`), [
      "/v1/orders hook:api.authenticate",
      "/public/status ",
    ]);
  });

  it("records addHook with an inline session check as an inline guard, and ignores non-guard hooks", () => {
    const summary = summarize(`
      import Fastify from "fastify";
      const app = Fastify();
      app.addHook("preHandler", async (request, reply) => {
        if (!request.session.user) return reply.status(401).send();
      });
      app.addHook("onResponse", logResponse);
    `);
    assert.deepEqual(summary.uses.map((u) => `${u.owner}:${guardNames({ guards: u.middleware }).join(",")}`), ["app:inline:inline"]);
  });
});

describe("model: Hono", () => {
  it("records routes with middleware, and zValidator/validator middleware as framework validation", () => {
    const summary = summarize(`
      import { Hono } from "hono";
      import { zValidator } from "@hono/zod-validator";
      import { validator } from "hono/validator";
      const app = new Hono();
      app.post("/posts", zValidator("json", postSchema), async (c) => c.json(await posts.create(c.req.valid("json"))));
      app.put("/posts/:id", validator("json", (value, c) => parsePost(value)), updatePost);
      app.delete("/posts/:id", bearerAuth({ token }), removePost);
    `);
    assert.equal(findRoute(summary, "POST", "/posts").frameworkValidated, true);
    assert.equal(findRoute(summary, "PUT", "/posts/:id").frameworkValidated, true);
    const remove = findRoute(summary, "DELETE", "/posts/:id");
    assert.equal(remove.frameworkValidated, false);
    assert.deepEqual(guardNames(remove), ["middleware:bearerAuth"]);
  });

  it("strips /* from app.use prefixes and applies jwt() only under that prefix", () => {
    const project = link({
      "src/index.ts": `
        import { Hono } from "hono";
        import { jwt } from "hono/jwt";
        const app = new Hono();
        app.use("*", logger());
        app.use("/api/*", jwt({ secret: process.env.JWT_SECRET! }));
        app.post("/api/notes", createNote);
        app.post("/webhooks/stripe", stripeWebhook);
      `,
    });
    const routes = routesIn(project, "src/index.ts");
    assert.deepEqual(routes.map((r) => `${r.fullPath} ${guardNames(r).join(",")}`), [
      "/api/notes middleware:logger,middleware:jwt",
      "/webhooks/stripe middleware:logger",
    ]);
    assert.equal(project.isAuthGuard(routes[0]!.guards[1]!, path.join(root, "src/index.ts")), true);
  });

  it("links app.route(prefix, subApp) and basePath across files, and records a c.json(..., 401) inline check", () => {
    const project = link({
      "src/users.ts": `
        import { Hono } from "hono";
        const users = new Hono();
        users.patch("/:id", async (c) => {
          const user = c.get("user");
          if (!user) return c.json({ error: "unauthorized" }, 401);
          return c.json(await updateUser(c.req.param("id")));
        });
        export default users;
      `,
      "src/index.ts": `
        import { Hono } from "hono";
        import users from "./users";
        const app = new Hono().basePath("/api");
        app.route("/users", users);
      `,
    });
    const [update] = routesIn(project, "src/users.ts");
    assert.equal(update!.fullPath, "/users/:id");
    assert.deepEqual(guardNames(update!), ["inline:inline"]);
  });

  it("leaves the paths a middleware lets through before its check out of that guard", () => {
    const project = link({
      "src/index.ts": `
        import { Hono } from "hono";
        import { requireAccount } from "./account";
        const app = new Hono();
        app.use("*", async (c, next) => {
          const path = c.req.path;
          if (path.startsWith("/hooks/") || path === "/ping") return next();
          await requireAccount(c);
          return next();
        });
        app.post("/hooks/mail", receiveMail);
        app.post("/ping", ping);
        app.post("/pingback", pingback);
      `,
    });
    const routes = routesIn(project, "src/index.ts");
    assert.deepEqual(routes.map((r) => `${r.fullPath} ${guardNames(r).join(",")} ${r.allowListedBy ?? "-"}`), [
      "/hooks/mail  -",
      "/ping  -",
      "/pingback call:requireAccount -",
    ]);
  });

  it("records routes chained on new Hono() under the variable they are assigned to", () => {
    const summary = summarize(`
      import { Hono } from "hono";
      const api = new Hono().get("/a", (c) => c.text("a")).post("/b", (c) => c.text("b"));
    `);
    assert.deepEqual(summary.routes.map((r) => `${routeLine(r)} on ${r.owner}`).sort(), ["hono GET /a on api", "hono POST /b on api"]);
  });
});

describe("model: conventions", () => {
  it("finds auth guards by what they do, whatever their name, including factories and wrappers", () => {
    const summary = summarize(`
      import jwt from "jsonwebtoken";
      export function gatekeeper(req, res, next) {
        const header = req.headers.authorization;
        if (!header) return res.status(401).json({ error: "unauthorized" });
        try { req.user = jwt.verify(header.slice(7), key); next(); } catch { res.sendStatus(401); }
      }
      export const mustBeSignedIn = async (req, res, next) => { if (!req.session?.userId) throw new UnauthorizedError(); next(); };
      export const requireRole = (role) => (req, res, next) => { if (req.user?.role !== role) return res.status(403).end(); next(); };
      export function withSession(handler) {
        return async (req) => {
          const session = await getSession();
          if (!session) return new Response("unauthorized", { status: 401 });
          return handler(req);
        };
      }
      export const honoAuth = createMiddleware(async (c, next) => { if (!c.get("jwtPayload")) return c.json({}, 401); await next(); });
      export const logRequest = (req, res, next) => { console.log(req.method, req.user?.id); next(); };
      export function notFound(req, res) { res.status(404).json({ error: "not found" }); }
      export function rateLimited(req, res) { res.status(429).end(); }
    `);
    assert.deepEqual(summary.authGuards, ["gatekeeper", "mustBeSignedIn", "requireRole", "withSession", "honoAuth"]);
  });

  it("finds NestJS-style and Next-style rejections: ForbiddenException, NextResponse.json(..., { status: 401 })", () => {
    const summary = summarize(`
      export async function assertAdmin(user) { if (!user?.isAdmin) throw new ForbiddenException(); }
      export function withApiAuth(handler) {
        return async (request) => {
          const token = request.headers.get("authorization");
          if (!token) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
          return handler(request);
        };
      }
    `);
    assert.deepEqual(summary.authGuards, ["assertAdmin", "withApiAuth"]);
  });

  it("finds validator helpers that run a schema over a parameter, not JSON.parse or unrelated helpers", () => {
    const summary = summarize(`
      import Ajv from "ajv";
      import { assert } from "superstruct";
      const ajv = new Ajv();
      export function validateBody(schema) {
        return (req, res, next) => {
          const result = schema.safeParse(req.body);
          if (!result.success) return res.status(400).json(result.error.flatten());
          next();
        };
      }
      export const parseBody = (schema, body) => schema.parse(body);
      export function checkSignup(input) { return signupSchema.validateSync(input, { abortEarly: false }); }
      export function compileValidator(schema) { return ajv.compile(schema); }
      export function checkUser(input) { assert(input, User); return input; }
      export function readConfig(text) { return JSON.parse(text); }
      export function formatDate(value) { return Date.parse(value); }
    `);
    assert.deepEqual(summary.validators, ["validateBody", "parseBody", "checkSignup", "compileValidator", "checkUser"]);
  });

  it("makes a configured-free project guard count through the link step via isValidator and isAuthGuard", () => {
    const project = link({
      "src/lib/validate.ts": `export const validateBody = (schema) => (req, res, next) => { schema.parse(req.body); next(); };`,
      "src/lib/guard.ts": `export function mustBeSignedIn(req, res, next) { if (!req.user) return res.sendStatus(401); next(); }`,
      "src/routes.ts": `
        import { Router } from "express";
        import { validateBody } from "./lib/validate";
        import { mustBeSignedIn } from "./lib/guard";
        const router = Router();
        router.post("/things", mustBeSignedIn, validateBody(thingSchema), createThing);
      `,
    });
    const file = path.join(root, "src/routes.ts");
    const [route] = routesIn(project, "src/routes.ts");
    assert.deepEqual(route!.guards.map((g) => `${g.name}:${project.isAuthGuard(g, file)}:${project.isValidator(g.name, file)}`), [
      "mustBeSignedIn:true:false",
      "validateBody:false:true",
    ]);
  });
});
