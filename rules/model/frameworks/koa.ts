// Koa with @koa/router (or koa-router): routes on routers with their declared `prefix`, `router.use(mw)`, and
// `app.use(router.routes())` mounts. Reading `ctx.request.body` is the input model's job, not this one's.
import { ts } from "ts-morph";
import type { Extractor } from "../summarize.js";
import { dottedName, spanOf, unwrapExpression } from "../syntax.js";
import type { FileSummary } from "../types.js";
import {
  declaredOwnerPrefix,
  frameworkOfOwner,
  guardsFromChain,
  isServerLikeOwner,
  mountPrefix,
  parseRouteRegistration,
  routeSummaries,
} from "./server-apps.js";

export const koaRoutes: Extractor = {
  kinds: [ts.SyntaxKind.CallExpression],
  visit(node, { summary }) {
    const call = node as ts.CallExpression;
    const registration = parseRouteRegistration(call);
    if (registration) {
      if (frameworkOfOwner(registration.ownerNode) === "koa") {
        const ownerPrefix = declaredOwnerPrefix(registration.ownerNode);
        summary.routes.push(...routeSummaries(registration, { framework: "koa", guardKind: "middleware", ownerPrefix }));
      }
      return;
    }
    recordUse(call, summary);
  },
};

/** `app.use(mw)`, `router.use(mw)`, `app.use(router.routes())`, `router.use("/nested", other.routes())`. */
function recordUse(call: ts.CallExpression, summary: FileSummary): void {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "use") return;
  const ownerNode = unwrapExpression(callee.expression);
  const owner = dottedName(ownerNode);
  if (owner === undefined || !isServerLikeOwner(ownerNode) || frameworkOfOwner(ownerNode) !== "koa") return;
  const prefix = mountPrefix(call.arguments[0]);
  const args = prefix === undefined ? call.arguments : call.arguments.slice(1);
  const mounts: string[] = [];
  const middleware = args.filter((argument) => {
    const routerMethod = routerMiddleware(argument);
    if (routerMethod?.method === "routes" || routerMethod?.method === "middleware") mounts.push(routerMethod.router);
    return !routerMethod;
  });
  const guards = guardsFromChain(middleware, "middleware");
  if (guards.length > 0 || mounts.length > 0) summary.uses.push({ owner, prefix: prefix ?? "", middleware: guards, mounts, span: spanOf(call) });
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
