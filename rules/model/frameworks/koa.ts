// Koa with @koa/router (or koa-router): routes on routers with their declared `prefix`, `router.use(mw)`, and
// `app.use(router.routes())` mounts. Reading `ctx.request.body` is the input model's job, not this one's.
import { ts } from "ts-morph";
import { isNonProductionOnly } from "../app-config.js";
import { dottedName, forOfElementNames, importedModuleOf, spanOf, unwrapExpression } from "../syntax.js";
import type { FileSummary } from "../types.js";
import { chainPosition, declaredOwnerPrefix, guardsFromChain, isServerLikeOwner, mountPrefix, ownerName, routeSummaries, type ServerFrameworkModel } from "./server-apps.js";

export const koaModel: ServerFrameworkModel = {
  framework: "koa",
  recordRoute(registration, summary) {
    const ownerPrefix = declaredOwnerPrefix(registration.ownerNode);
    summary.routes.push(...routeSummaries(registration, { framework: "koa", guardKind: "middleware", ownerPrefix }));
  },
  ownerMethods: ["use"],
  recordOwnerCall: recordUse,
};

/** `app.use(mw)`, `router.use(mw)`, `app.use(router.routes())`, `router.use("/nested", other.routes())`, `app.use(mount("/oauth", oauthApp))`. */
function recordUse(call: ts.CallExpression, _method: string, ownerNode: ts.Expression, summary: FileSummary): void {
  // `app.use(logger).use(router.routes())`: a chained call acts on the app the chain starts from.
  const owner = ownerName(ownerNode, call);
  // `parent.use(child.routes())` mounts a koa-router whatever the parent is called (a router handed in as `parent`).
  if (owner === undefined || !(isServerLikeOwner(ownerNode) || call.arguments.some((argument) => routerMiddleware(argument)?.method === "routes"))) return;
  const subApp = call.arguments.length === 1 ? koaMounted(call.arguments[0]!) : undefined;
  const prefix = subApp ? subApp.prefix : mountPrefix(call.arguments[0]);
  const args = subApp ? [] : prefix === undefined ? call.arguments : call.arguments.slice(1);
  const mounts: string[] = subApp ? [subApp.app] : [];
  const middleware = args.filter((argument) => {
    const routerMethod = routerMiddleware(argument);
    if (routerMethod?.method === "routes" || routerMethod?.method === "middleware") mounts.push(...routerMethod.routers);
    return !routerMethod;
  });
  const guards = guardsFromChain(middleware, "middleware");
  if (guards.length > 0 || mounts.length > 0) {
    const ownerPrefix = mounts.length > 0 ? declaredOwnerPrefix(ownerNode) : undefined;
    summary.uses.push({
      owner,
      prefix: prefix ?? "",
      ...(ownerPrefix !== undefined && { ownerPrefix }),
      middleware: guards,
      mounts,
      span: spanOf(call),
      ...chainPosition(call),
      ...(isNonProductionOnly(call) ? { nonProductionOnly: true } : {}),
    });
  }
}

/** `mount("/oauth", oauthApp)` or `mount(app)` of koa-mount: the sub-app named, served under the prefix. */
function koaMounted(argument: ts.Expression): { app: string; prefix?: string } | undefined {
  const call = unwrapExpression(argument);
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || importedModuleOf(call.expression.text, call) !== "koa-mount") return undefined;
  const [first, second] = call.arguments;
  const prefix = second ? mountPrefix(first) : "";
  const mounted = second ?? first;
  const inner = mounted && unwrapExpression(mounted);
  // `mount("/api", initApis(ctx))`: named by the factory, whose returned app the link step finds.
  const app = inner && (ts.isCallExpression(inner) && ts.isIdentifier(inner.expression) ? inner.expression.text : dottedName(inner));
  return app !== undefined && prefix !== undefined ? { app, prefix } : undefined;
}

/**
 * `router.routes()` / `router.middleware()` mount the router; `router.allowedMethods()` only answers 405/501. In
 * `for (const router of [a, b]) app.use(router.routes())` each router of the list is mounted.
 */
function routerMiddleware(argument: ts.Expression): { routers: string[]; method: string } | undefined {
  const expression = unwrapExpression(argument);
  if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression)) return undefined;
  const method = expression.expression.name.text;
  const receiver = unwrapExpression(expression.expression.expression);
  const router = dottedName(receiver);
  if (router === undefined || !["routes", "middleware", "allowedMethods"].includes(method)) return undefined;
  return { routers: (ts.isIdentifier(receiver) && forOfElementNames(receiver)) || [router], method };
}
