// Koa with @koa/router (or koa-router): routes on routers with their declared `prefix`, `router.use(mw)`, and
// `app.use(router.routes())` mounts. Reading `ctx.request.body` is the input model's job, not this one's.
import { ts } from "ts-morph";
import { isNonProductionOnly } from "../app-config.js";
import { dottedName, spanOf, unwrapExpression } from "../syntax.js";
import type { FileSummary } from "../types.js";
import { declaredOwnerPrefix, guardsFromChain, isServerLikeOwner, mountPrefix, routeSummaries, type ServerFrameworkModel } from "./server-apps.js";

export const koaModel: ServerFrameworkModel = {
  framework: "koa",
  recordRoute(registration, summary) {
    const ownerPrefix = declaredOwnerPrefix(registration.ownerNode);
    summary.routes.push(...routeSummaries(registration, { framework: "koa", guardKind: "middleware", ownerPrefix }));
  },
  ownerMethods: ["use"],
  recordOwnerCall: recordUse,
};

/** `app.use(mw)`, `router.use(mw)`, `app.use(router.routes())`, `router.use("/nested", other.routes())`. */
function recordUse(call: ts.CallExpression, _method: string, ownerNode: ts.Expression, summary: FileSummary): void {
  const owner = dottedName(ownerNode);
  // `parent.use(child.routes())` mounts a koa-router whatever the parent is called (a router handed in as `parent`).
  if (owner === undefined || !(isServerLikeOwner(ownerNode) || call.arguments.some((argument) => routerMiddleware(argument)?.method === "routes"))) return;
  const prefix = mountPrefix(call.arguments[0]);
  const args = prefix === undefined ? call.arguments : call.arguments.slice(1);
  const mounts: string[] = [];
  const middleware = args.filter((argument) => {
    const routerMethod = routerMiddleware(argument);
    if (routerMethod?.method === "routes" || routerMethod?.method === "middleware") mounts.push(routerMethod.router);
    return !routerMethod;
  });
  const guards = guardsFromChain(middleware, "middleware");
  if (guards.length > 0 || mounts.length > 0) {
    summary.uses.push({ owner, prefix: prefix ?? "", middleware: guards, mounts, span: spanOf(call), ...(isNonProductionOnly(call) ? { nonProductionOnly: true } : {}) });
  }
}

/** `router.routes()` / `router.middleware()` mount the router; `router.allowedMethods()` only answers 405/501. */
function routerMiddleware(argument: ts.Expression): { router: string; method: string } | undefined {
  const expression = unwrapExpression(argument);
  if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression)) return undefined;
  const method = expression.expression.name.text;
  const router = dottedName(expression.expression.expression);
  if (router === undefined || !["routes", "middleware", "allowedMethods"].includes(method)) return undefined;
  return { router, method };
}
