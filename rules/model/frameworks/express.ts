// Express: routes on apps and routers (`app.post`, `router.route("/x").get`), their middleware, wrappers and inline
// checks, and `use()` calls with their prefix, middleware and mounted routers. Records data only.
import { ts } from "ts-morph";
import { isNonProductionOnly } from "../app-config.js";
import { someDescendant } from "../auth-checks.js";
import { calleeText, dottedName, findDeclaration, functionBoundTo, importedModuleOf, importedModuleOfRoot, isFunctionLike, propertyNamed, requiredModule, spanOf, stringValue, unwrapExpression } from "../syntax.js";
import type { FileSummary } from "../types.js";
import {
  guardsFromChain,
  hasRouterName,
  isConstructedServer,
  isServerLikeOwner,
  mountPrefix,
  parseRouteRegistration,
  routeSummaries,
  type RouteRegistration,
  type ServerFrameworkModel,
} from "./server-apps.js";

/** Names that read as middleware, so an imported identifier carrying one is not taken for a mounted router. */
const middlewareName = /auth|guard|require|ensure|verify|protect|limit|log|cors|helmet|session|passport|csrf|middleware|handler|validat|parse/i;

export const expressModel: ServerFrameworkModel = {
  framework: "express",
  recordRoute(registration, summary) {
    if (samePathRegistrations(registration, "later").length > 0 && passesOn(registration)) return;
    const routes = routeSummaries(registration, { framework: "express", guardKind: "middleware" });
    const inFront = samePathRegistrations(registration, "earlier").filter(passesOn).flatMap((earlier) => earlier.chain);
    const frontGuards = guardsFromChain(inFront, "middleware");
    for (const route of routes) if (frontGuards.length > 0) route.guards = [...frontGuards, ...route.guards];
    summary.routes.push(...routes);
    recordFetchMount(registration, summary);
    const router = registration.owner;
    if (router && !summary.standaloneRouters?.includes(router) && isModuleRouter(registration.ownerNode)) (summary.standaloneRouters ??= []).push(router);
  },
  ownerMethods: ["use"],
  recordOwnerCall: recordUse,
};

/**
 * Registrations of the same method and path on the same receiver, in the same block, before or after this one. Express
 * runs them in order, so one that hands the request on is middleware of the later ones (`app.post("/", checkKey);
 * app.post("/", limiter); app.post("/", handle)`), not a route of its own.
 */
function samePathRegistrations(registration: RouteRegistration, side: "earlier" | "later"): RouteRegistration[] {
  const statement = registration.call.parent;
  const block = statement?.parent;
  if (!statement || !ts.isExpressionStatement(statement) || !block || !(ts.isBlock(block) || ts.isSourceFile(block))) return [];
  const at = block.statements.indexOf(statement);
  const siblings = side === "earlier" ? block.statements.slice(0, at) : block.statements.slice(at + 1);
  const method = (registration.call.expression as ts.PropertyAccessExpression).name.text;
  const path = registration.call.arguments[0];
  if (stringValue(path) === undefined) return [];
  const owner = registration.ownerNode.getText();
  return siblings.flatMap((sibling) => {
    const call = ts.isExpressionStatement(sibling) ? unwrapExpression(sibling.expression) : undefined;
    // Cheap text test first: the same `owner.method("path"` before parsing the registration.
    if (!call || !ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== method) return [];
    const siblingPath = call.arguments[0];
    if (!path || !siblingPath || siblingPath.getText() !== path.getText() || call.expression.expression.getText() !== owner) return [];
    const parsed = parseRouteRegistration(call);
    return parsed ? [parsed] : [];
  });
}

/**
 * The registration's handler can hand the request on: a function that calls its third parameter (`next()`), or a
 * value made elsewhere (an imported or constructed middleware such as a rate limiter). A function that never calls
 * `next` answers the request itself.
 */
function passesOn(registration: RouteRegistration): boolean {
  const handler = unwrapExpression(registration.chain[registration.chain.length - 1]!);
  const fn = isFunctionLike(handler) ? handler : ts.isIdentifier(handler) ? functionBoundTo(handler.text, handler) : undefined;
  if (!fn) return true;
  const next = fn.parameters[2];
  if (!next || !ts.isIdentifier(next.name) || !fn.body) return false;
  const nextName = next.name.text;
  return someDescendant(fn.body, (node) => ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === nextName);
}

/** `const router = express.Router()` (or `Router()` imported from express) at module level: a router, not an app that listens. */
function isModuleRouter(ownerNode: ts.Expression): boolean {
  const owner = unwrapExpression(ownerNode);
  const declaration = ts.isIdentifier(owner) ? findDeclaration(owner.text, owner) : undefined;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isSourceFile(declaration.parent.parent.parent)) return false;
  const made = unwrapExpression(declaration.initializer);
  const name = ts.isCallExpression(made) ? calleeText(made) : undefined;
  return name !== undefined && /^([\w$]+\.)?Router$/.test(name) && importedModuleOfRoot(name, made) === "express";
}

/**
 * `router.all("/v2/*", v2Router.fetch)`: a route whose handler is another router's own request entry (itty-router's
 * and Hono's `fetch`, express's `handle`) hands every request under the path to that router, as `use("/v2", v2Router)`
 * mounts it: its routes are served under the path, behind the registration's middleware and the owner's chain.
 */
function recordFetchMount(registration: RouteRegistration, summary: FileSummary): void {
  const handler = unwrapExpression(registration.chain[registration.chain.length - 1]!);
  const prefix = mountPrefix(registration.call.arguments[0]);
  if (!registration.owner || prefix === undefined || !ts.isPropertyAccessExpression(handler) || !/^(fetch|handle)$/.test(handler.name.text)) return;
  const mounted = mountedRouter(handler.expression, true, true);
  if (mounted === undefined) return;
  const middleware = guardsFromChain(registration.chain.slice(0, -1), "middleware");
  summary.uses.push({ owner: registration.owner, prefix, middleware, mounts: [mounted], span: spanOf(registration.call) });
}

/** `app.use(mw)`, `app.use("/prefix", mw, router)`, `router.use(router2)`. */
function recordUse(call: ts.CallExpression, _method: string, ownerNode: ts.Expression, summary: FileSummary): void {
  const owner = dottedName(ownerNode);
  if (owner === undefined || !isServerLikeOwner(ownerNode)) return;
  const [first, ...rest] = call.arguments;
  if (!first) return;
  const table = mountTable(call);
  if (table) {
    for (const { prefix, router } of table) summary.uses.push({ owner, prefix, middleware: [], mounts: [router], span: spanOf(call) });
    return;
  }
  const prefix = mountPrefix(first);
  const args = prefix === undefined ? call.arguments : rest;
  const mounts: string[] = [];
  const middleware = args.filter((argument, index) => {
    const mounted = mountedRouter(argument, prefix !== undefined, index === args.length - 1);
    if (mounted) mounts.push(mounted);
    return !mounted;
  });
  const last = args.length > 0 ? accessorMountOf(args[args.length - 1]!) : undefined;
  const lastArgument = args.length > 0 ? unwrapExpression(args[args.length - 1]!) : undefined;
  const factory = lastArgument && factoryMountOf(lastArgument, summary);
  const factoryHolder = factory !== undefined && lastArgument && ts.isIdentifier(lastArgument) ? lastArgument.text : undefined;
  // Named like middleware (`syncApp.handlers`) yet possibly an app or router the imported module makes: the link step decides.
  const imported = mounts.length === 0 && args.length > 0 ? importedMount(args[args.length - 1]!, prefix !== undefined, true) : undefined;
  const guards = guardsFromChain(middleware, "middleware");
  if (guards.length > 0 || mounts.length > 0) {
    summary.uses.push({
      owner, prefix: prefix ?? "", middleware: guards, mounts, span: spanOf(call),
      ...(last && { accessorMounts: [last] }), ...(factory !== undefined && { factoryMounts: [factory] }), ...(factoryHolder !== undefined && { factoryHolder }), ...(imported !== undefined && { importedMounts: [imported] }), ...(isNonProductionOnly(call) ? { nonProductionOnly: true } : {}),
    });
  }
}

/**
 * `routes.forEach((route) => router.use(route.path, route.route))` over a local table of `{ path: "/auth", route:
 * authRoute }` entries: one mount per entry.
 */
function mountTable(call: ts.CallExpression): Array<{ prefix: string; router: string }> | undefined {
  const [pathArgument, routerArgument, ...others] = call.arguments.map(unwrapExpression);
  if (others.length > 0 || !pathArgument || !routerArgument || !ts.isPropertyAccessExpression(pathArgument) || !ts.isPropertyAccessExpression(routerArgument)) return undefined;
  const entry = pathArgument.expression;
  if (!ts.isIdentifier(entry) || !ts.isIdentifier(routerArgument.expression) || routerArgument.expression.text !== entry.text) return undefined;
  const callback = findDeclaration(entry.text, entry)?.parent;
  const loop = callback?.parent;
  if (!callback || !isFunctionLike(callback) || !loop || !ts.isCallExpression(loop) || !ts.isPropertyAccessExpression(loop.expression)) return undefined;
  if (!/^(forEach|map)$/.test(loop.expression.name.text) || !ts.isIdentifier(loop.expression.expression)) return undefined;
  const tableDeclaration = findDeclaration(loop.expression.expression.text, loop);
  const table = tableDeclaration && ts.isVariableDeclaration(tableDeclaration) && tableDeclaration.initializer && unwrapExpression(tableDeclaration.initializer);
  if (!table || !ts.isArrayLiteralExpression(table)) return undefined;
  const mounts: Array<{ prefix: string; router: string }> = [];
  for (const element of table.elements) {
    if (!ts.isObjectLiteralExpression(element)) return undefined;
    const valueOf = (key: string): ts.Expression | undefined => {
      const property = propertyNamed(element, key);
      if (property && ts.isPropertyAssignment(property)) return unwrapExpression(property.initializer);
      return property && ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
    };
    const prefix = stringValue(valueOf(pathArgument.name.text));
    const router = valueOf(routerArgument.name.text);
    if (prefix === undefined || !router || !ts.isIdentifier(router)) return undefined;
    mounts.push({ prefix, router: router.text });
  }
  return mounts;
}

/**
 * `monitorRoutes.getRouter()` where `monitorRoutes` is made here by `new`: it may hand out a router the class keeps
 * (the link step finds whether it does).
 */
function accessorMountOf(argument: ts.Expression): { instance: string; method: string } | undefined {
  const call = unwrapExpression(argument);
  if (!ts.isCallExpression(call) || call.arguments.length > 0) return undefined;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || !ts.isIdentifier(callee.name)) return undefined;
  const declaration = findDeclaration(callee.expression.text, callee);
  const created = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && unwrapExpression(declaration.initializer);
  return created && ts.isNewExpression(created) && ts.isIdentifier(created.expression) ? { instance: callee.expression.text, method: callee.name.text } : undefined;
}

/**
 * `buildApi()` or `routes(deps)`, last in a `use`, or a variable holding such a call (`const users = makeUsers(db);
 * app.use("/users", users)`): the function may return a router it made (the link step decides). A module of the
 * project called as it is required (`require("./users")(db)`) is its default export, named `./users#default` and bound
 * as an import so the link step follows it.
 */
function factoryMountOf(argument: ts.Expression, summary: FileSummary): string | undefined {
  let call = unwrapExpression(argument);
  if (ts.isIdentifier(call)) {
    const declaration = findDeclaration(call.text, call);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
    call = unwrapExpression(declaration.initializer);
  }
  if (!ts.isCallExpression(call)) return undefined;
  if (ts.isIdentifier(call.expression)) return call.expression.text;
  const module = requiredModule(unwrapExpression(call.expression));
  if (module === undefined || !module.startsWith(".")) return undefined;
  const local = `${module}#default`;
  if (!summary.imports.some((binding) => binding.local === local)) summary.imports.push({ local, module, imported: "default" });
  return local;
}

/**
 * The router an argument mounts: an identifier bound here to `Router()`/`express()`, named like a router, or imported
 * and given as the last argument after a prefix (`app.use("/users", users)`) without reading as middleware.
 */
function mountedRouter(argument: ts.Expression, hasPrefix: boolean, isLast: boolean): string | undefined {
  const expression = unwrapExpression(argument);
  if (ts.isIdentifier(expression) && (isConstructedServer(expression) || hasRouterName(expression.text))) return expression.text;
  const imported = importedMount(argument, hasPrefix, isLast);
  return imported !== undefined && !middlewareName.test(imported.slice(imported.lastIndexOf(".") + 1)) ? imported : undefined;
}

/**
 * An imported name given last after a prefix (`app.use("/users", users)`), or a member of an imported collection of
 * routers (`app.use("/team", guard, routers.teamRouter)`, `syncApp.handlers`): what the link step follows to a router.
 */
function importedMount(argument: ts.Expression, hasPrefix: boolean, isLast: boolean): string | undefined {
  const expression = unwrapExpression(argument);
  if (!hasPrefix || !isLast) return undefined;
  if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression) && ts.isIdentifier(expression.name)) {
    return importedModuleOf(expression.expression.text, expression) !== undefined ? `${expression.expression.text}.${expression.name.text}` : undefined;
  }
  return ts.isIdentifier(expression) && importedModuleOf(expression.text, expression) !== undefined ? expression.text : undefined;
}
