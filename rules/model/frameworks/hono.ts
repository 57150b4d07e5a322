// Hono: routes with their middleware (`zValidator("json", schema)` marks the route validated, `jwt()`/`bearerAuth()`
// are guards by name), `app.use("/api/*", mw)` with its prefix, `app.route("/users", users)` mounts and `basePath`.
import { ts } from "ts-morph";
import { appConfigOf } from "../app-config.js";
import { calleeText, dottedName, findDeclaration, spanOf, unwrapExpression } from "../syntax.js";
import type { FileSummary } from "../types.js";
import {
  chainPosition,
  declaredOwnerPrefix,
  guardsFromChain,
  isServerLikeOwner,
  mountPrefix,
  ownerName,
  routeSummaries,
  type ServerFrameworkModel,
} from "./server-apps.js";

export const honoModel: ServerFrameworkModel = {
  framework: "hono",
  recordRoute(registration, summary) {
    const frameworkValidated = registration.chain.slice(0, -1).some(isValidatorMiddleware);
    const ownerPrefix = declaredOwnerPrefix(registration.ownerNode);
    summary.routes.push(...routeSummaries(registration, { framework: "hono", guardKind: "middleware", frameworkValidated, ownerPrefix }));
  },
  ownerMethods: ["use", "route"],
  recordOwnerCall: recordUseOrMount,
};

/** `zValidator(...)`, `validator(...)`, `vValidator(...)`, `tbValidator(...)`: Hono's validator middleware family. */
function isValidatorMiddleware(argument: ts.Expression): boolean {
  const expression = unwrapExpression(argument);
  const name = ts.isCallExpression(expression) ? calleeText(expression) : undefined;
  return !!name && /(^v|V)alidator$/.test(name.slice(name.lastIndexOf(".") + 1));
}

/** `app.use("/api/*", mw)` and `app.route("/users", users)`. */
function recordUseOrMount(call: ts.CallExpression, kind: string, ownerNode: ts.Expression, summary: FileSummary): void {
  const owner = ownerName(ownerNode, call);
  if (owner === undefined || !isServerLikeOwner(ownerNode)) return;
  const prefix = mountPrefix(call.arguments[0]);
  const args = prefix === undefined ? call.arguments : call.arguments.slice(1);
  if (kind === "route") {
    // `route(path, app)`: whatever the path (`route(projectsPath, createProjectsRoutes())`), the app is a sub-app.
    const app = call.arguments[1];
    const factory = app && mountedFactoryOf(app);
    if (factory) (appConfigOf(summary).mountedApps ??= []).push(factory);
    const mounted = app && dottedName(unwrapExpression(app));
    if (prefix === undefined || mounted === undefined) return;
    summary.uses.push({ owner, prefix, middleware: [], mounts: [mounted], span: spanOf(call), ...chainPosition(call) });
    return;
  }
  const middleware = guardsFromChain(args, "middleware");
  if (middleware.length > 0) summary.uses.push({ owner, prefix: prefix ?? "", middleware, mounts: [], span: spanOf(call), ...chainPosition(call) });
}

/**
 * `app.route("/api", createApiRoutes(core))`, or a `const` holding that call mounted here: the app the factory returns
 * is mounted as a sub-app, whichever file it is defined in and wherever the const that holds it lives.
 */
function mountedFactoryOf(argument: ts.Expression): string | undefined {
  let mounted = unwrapExpression(argument);
  if (ts.isIdentifier(mounted)) {
    const declaration = findDeclaration(mounted.text, mounted);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) return undefined;
    mounted = unwrapExpression(declaration.initializer);
  }
  return ts.isCallExpression(mounted) && ts.isIdentifier(mounted.expression) ? mounted.expression.text : undefined;
}
