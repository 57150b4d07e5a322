// Express: routes on apps and routers (`app.post`, `router.route("/x").get`), their middleware, wrappers and inline
// checks, and `use()` calls with their prefix, middleware and mounted routers. Records data only.
import { ts } from "ts-morph";
import { dottedName, importedModuleOf, spanOf, unwrapExpression } from "../syntax.js";
import type { FileSummary } from "../types.js";
import {
  guardsFromChain,
  hasRouterName,
  isConstructedServer,
  isServerLikeOwner,
  mountPrefix,
  routeSummaries,
  type ServerFrameworkModel,
} from "./server-apps.js";

/** Names that read as middleware, so an imported identifier carrying one is not taken for a mounted router. */
const middlewareName = /auth|guard|require|ensure|verify|protect|limit|log|cors|helmet|session|passport|csrf|middleware|handler|validat|parse/i;

export const expressModel: ServerFrameworkModel = {
  framework: "express",
  recordRoute(registration, summary) {
    summary.routes.push(...routeSummaries(registration, { framework: "express", guardKind: "middleware" }));
  },
  ownerMethods: ["use"],
  recordOwnerCall: recordUse,
};

/** `app.use(mw)`, `app.use("/prefix", mw, router)`, `router.use(router2)`. */
function recordUse(call: ts.CallExpression, _method: string, ownerNode: ts.Expression, summary: FileSummary): void {
  const owner = dottedName(ownerNode);
  if (owner === undefined || !isServerLikeOwner(ownerNode)) return;
  const [first, ...rest] = call.arguments;
  if (!first) return;
  const prefix = mountPrefix(first);
  const args = prefix === undefined ? call.arguments : rest;
  const mounts: string[] = [];
  const middleware = args.filter((argument, index) => {
    const mounted = mountedRouter(argument, prefix !== undefined, index === args.length - 1);
    if (mounted) mounts.push(mounted);
    return !mounted;
  });
  const guards = guardsFromChain(middleware, "middleware");
  if (guards.length > 0 || mounts.length > 0) summary.uses.push({ owner, prefix: prefix ?? "", middleware: guards, mounts, span: spanOf(call) });
}

/**
 * The router an argument mounts: an identifier bound here to `Router()`/`express()`, named like a router, or imported
 * and given as the last argument after a prefix (`app.use("/users", users)`) without reading as middleware.
 */
function mountedRouter(argument: ts.Expression, hasPrefix: boolean, isLast: boolean): string | undefined {
  const expression = unwrapExpression(argument);
  if (!ts.isIdentifier(expression)) return undefined;
  const name = expression.text;
  if (isConstructedServer(expression) || hasRouterName(name)) return name;
  const imported = importedModuleOf(name, expression) !== undefined;
  return imported && hasPrefix && isLast && !middlewareName.test(name) ? name : undefined;
}
