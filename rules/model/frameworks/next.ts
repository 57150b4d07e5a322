// Next.js: App Router route handlers (`app/**/route.ts`), Pages API routes (`pages/api/**`) and the root
// `middleware.ts` (its guards and `config.matcher`, applied to matching routes by the link step).
import { ts } from "ts-morph";
import { compileGlobs } from "../../engine/glob-match.js";
import { branchAuthGuards, handlerTraits, inlineAuthGuards, rejectsUnauthenticated, switchesAuthOff } from "../auth-checks.js";
import { declaredPublicByComment } from "../public-declarations.js";
import { inlineExportName } from "../module-bindings.js";
import { nextMiddlewareFile as middlewareFile } from "../project-wide-hints.js";
import { isNonProductionOnly } from "../app-config.js";
import type { ExtractionContext, Extractor } from "../summarize.js";
import { isValidatorModule } from "../parameter-checks.js";
import { assignedValue, calleeText, constantString, constInitializerOf, dottedName, findDeclaration, functionBoundTo, hasModifier, importedModuleOf, importedModuleOfCallee, instanceMethodsOf, isCommonJsExports, isEqualityOperator, isFunctionLike, isModuleExportsObject, memberFunction, primitiveTypeKinds, propertyNamed, spanOf, stringValue, unwrapExpression, type FunctionLike } from "../syntax.js";
import type { GuardRef, HttpMethod, NextMiddlewareSummary, RouteSummary } from "../types.js";

const { SyntaxKind } = ts;
const appRouteMethods: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
const appRouteFile = /(?:^|\/)app\/(?:(.*)\/)?route\.(?:ts|js|tsx|jsx|mts)$/;
const pagesApiFile = /(?:^|\/)pages\/(api(?:\/.*)?)\.(?:ts|js|tsx|jsx|mts)$/;

/** `app/api/(admin)/users/[id]/route.ts` → `/api/users/[id]`: route groups and parallel-route slots are not URL segments. */
export function appRoutePath(filePath: string): string | undefined {
  const match = appRouteFile.exec(normalise(filePath).replace(/^.*\/app\//, "app/"));
  if (!match) return undefined;
  const segments = (match[1] ?? "").split("/").filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return "/" + segments.join("/");
}

/** `pages/api/users/[id].ts` → `/api/users/[id]`, `pages/api/users/index.ts` → `/api/users`. */
export function pagesApiPath(filePath: string): string | undefined {
  const match = pagesApiFile.exec(normalise(filePath).replace(/^.*\/pages\/api\//, "pages/api/"));
  if (!match) return undefined;
  return "/" + match[1]!.replace(/(^|\/)index$/, "");
}

/**
 * The query keys a Pages API route's path fills: `/api/users/[id]` → `id`, `[...slug]` and `[[...slug]]` → `slug`.
 * Next puts them in `req.query`, and the path wins over a query parameter of the same name: they are path params.
 */
export function pagesPathQueryKeys(routePath: string): string[] {
  return [...routePath.matchAll(/\[\[?(?:\.\.\.)?([^\]/]+)\]\]?/g)].map((match) => match[1]!);
}

function normalise(filePath: string): string {
  return filePath.replace(/\\/g, "/");
}

/**
 * Peels `withAuth(withRateLimit(handler))` into its wrappers (outermost first) and the innermost handler expression. A
 * config-driven wrapper (`withApi({ auth: "session", handler: async (...) => ... })`) takes its handler from the
 * object; one whose config switches auth off (`auth: "none"`, `requireAuth: false`) is no guard and is not recorded.
 * A builder handed a config with no handler in it (`defineRoute({ contract, auth, useCase })`) is the last wrapper:
 * it makes the handler itself, so the inner expression is the builder's call.
 */
export function unwrapHandler(expression: ts.Expression): { wrappers: GuardRef[]; inner: ts.Expression } {
  const wrappers: GuardRef[] = [];
  let inner = unwrapExpression(expression);
  const chain = ts.isCallExpression(inner) ? builderChain(inner) : undefined;
  if (chain) {
    const first = chain.routes[0]!;
    if (!first.authOff) wrappers.push(chainWrapper(chain.root));
    inner = first.handler;
  }
  while (ts.isCallExpression(inner)) {
    const name = calleeText(inner);
    const argument = inner.arguments.find((a) => isFunctionLike(a) || ts.isIdentifier(a) || ts.isCallExpression(a));
    const config = argument ? undefined : inner.arguments.find(ts.isObjectLiteralExpression);
    const configured = config && handlerInConfig(config);
    if (!name || !(argument ?? config)) break;
    if (!config || !switchesAuthOff(config)) wrappers.push({ name, kind: "wrapper", span: spanOf(inner.expression) });
    // `defineRoute({ contract, auth, useCase })`: a builder handed only a config makes the handler itself.
    if (!argument && !configured) break;
    inner = unwrapExpression((argument ?? configured)!);
  }
  return { wrappers, inner };
}

const handlerKey = /^(handler|handle|fn|resolve|action|execute|run)$/i;

/** One handler of a fluent route builder's chain, with what the links before it set up (see builderChain). */
interface ChainedRoute {
  handler: ts.ArrowFunction | ts.FunctionExpression;
  method?: HttpMethod;
  authOff: boolean;
  validatesInput: boolean;
}

/**
 * `createRoute().GET({ auth: true, query: z.object(…) }).handler(async ({ user, query }) => …).toNextApiHandler()`: a
 * fluent route builder. The call that starts the chain makes the routes, as a wrapper does; each function a link takes
 * is a handler, set up by the links before it since the last one: the HTTP method a link is named for, the config a
 * link is handed. A config that switches auth off (`{ auth: false }`) makes its route public; one that hands a schema a
 * validation library built for a key the handler takes from its argument (`query` above) validates that input.
 */
function builderChain(call: ts.CallExpression): { root: ts.CallExpression & { expression: ts.Identifier }; routes: ChainedRoute[] } | undefined {
  const links: ts.CallExpression[] = [];
  let link: ts.Expression = call;
  while (ts.isCallExpression(link) && ts.isPropertyAccessExpression(link.expression)) {
    links.unshift(link);
    link = unwrapExpression(link.expression.expression);
  }
  if (!ts.isCallExpression(link) || !ts.isIdentifier(link.expression)) return undefined;
  const routes: ChainedRoute[] = [];
  let method: HttpMethod | undefined;
  let configs: ts.ObjectLiteralExpression[] = [];
  for (const current of links) {
    const name = (current.expression as ts.PropertyAccessExpression).name.text.toUpperCase() as HttpMethod;
    if (appRouteMethods.includes(name)) method = name;
    for (const argument of current.arguments.map(unwrapExpression)) {
      if (ts.isObjectLiteralExpression(argument)) configs.push(argument);
      if (!ts.isArrowFunction(argument) && !ts.isFunctionExpression(argument)) continue;
      const taken = takenKeys(argument);
      const validatesInput = configs.some((config) => config.properties.some((property) => ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && taken.has(property.name.text) && isLibrarySchema(property.initializer)));
      routes.push({ handler: argument, method, authOff: configs.some(switchesAuthOff), validatesInput });
      [method, configs] = [undefined, []];
    }
  }
  return routes.length > 0 ? { root: link as ts.CallExpression & { expression: ts.Identifier }, routes } : undefined;
}

function chainWrapper(root: ts.CallExpression & { expression: ts.Identifier }): GuardRef {
  return { name: root.expression.text, kind: "wrapper", span: spanOf(root.expression) };
}

/** The keys a handler destructures from its first parameter (`({ user, query: { id } })` → user, query). */
function takenKeys(handler: FunctionLike): Set<string> {
  const pattern = handler.parameters[0]?.name;
  if (!pattern || !ts.isObjectBindingPattern(pattern)) return new Set();
  return new Set(pattern.elements.flatMap((element) => {
    const key = element.propertyName ?? element.name;
    return ts.isIdentifier(key) ? [key.text] : [];
  }));
}

/** `z.object({ … })`, or a const holding one: a value a validation library built. */
function isLibrarySchema(value: ts.Expression): boolean {
  const expression = unwrapExpression(value);
  let root = ts.isIdentifier(expression) ? (constInitializerOf(expression) ?? expression) : expression;
  while (ts.isPropertyAccessExpression(root) || ts.isCallExpression(root)) root = unwrapExpression(root.expression);
  return ts.isIdentifier(root) && isValidatorModule(importedModuleOf(root.text, root) ?? "");
}

/**
 * Modules whose handler serves a whole tRPC router or Hono app (tRPC's adapters, the OpenAPI/REST bridges to a tRPC
 * router, Hono's runtime adapters), or an auth library's own endpoints (better-auth's framework handlers: sign-in,
 * sign-up, session, each checking what it needs). Every procedure a tRPC adapter serves runs its own middleware.
 */
export const appAdapterModule = /^(@trpc\/server\/adapters\/.+|@hono\/trpc-server|trpc-to-openapi|trpc-openapi|hono\/(vercel|nextjs|netlify|aws-lambda|lambda-edge|cloudflare-pages)|@hono\/node-server\/vercel|better-auth\/(next-js|node|svelte-kit|solid-start))$/;

/** oRPC's request handlers (`RPCHandler`, `OpenAPIHandler`): each serves a router of procedures that run their own middleware. */
const rpcHandlerModule = /^@orpc\/(server|openapi)\/[\w-]+$/;

/**
 * `handler.handle(request, { prefix, context })` on `const handler = new RPCHandler(appRouter)` imported from an oRPC
 * adapter: the call dispatches the request to the router's procedures, each guarded (or public) by its own builder,
 * as a tRPC adapter's call does.
 */
export function isRpcRouterDispatch(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "handle" || !ts.isIdentifier(callee.expression)) return false;
  const declaration = findDeclaration(callee.expression.text, call);
  const value = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? unwrapExpression(declaration.initializer) : undefined;
  return !!value && ts.isNewExpression(value) && ts.isIdentifier(value.expression) && rpcHandlerModule.test(importedModuleOf(value.expression.text, value) ?? "");
}

/** `handle(app)` imported from hono/vercel, `createNextApiHandler({ router })` from a tRPC adapter. */
function isAppAdapterCall(expression: ts.Expression): boolean {
  const call = unwrapExpression(expression);
  if (!ts.isCallExpression(call)) return false;
  // `createNextApiHandler(...)`, or through a namespace import: `trpcNext.createNextApiHandler(...)`.
  const callee = unwrapExpression(call.expression);
  const root = ts.isPropertyAccessExpression(callee) ? unwrapExpression(callee.expression) : callee;
  return ts.isIdentifier(root) && appAdapterModule.test(importedModuleOf(root.text, call) ?? "");
}

/** `authPost` of `const { POST: authPost } = toNextJsHandler(auth)`: a name destructured from an adapter's handlers. */
function isAdapterHandlerBinding(name: string, from: ts.Node): boolean {
  const declaration = findDeclaration(name, from);
  const pattern = declaration && ts.isBindingElement(declaration) ? declaration.parent : undefined;
  const holder = pattern && ts.isObjectBindingPattern(pattern) ? pattern.parent : undefined;
  return !!holder && ts.isVariableDeclaration(holder) && !!holder.initializer && isAppAdapterCall(holder.initializer);
}

/** `{ handler: async (req) => ... }`: the function a config-driven wrapper runs. */
function handlerInConfig(config: ts.ObjectLiteralExpression): ts.Expression | undefined {
  for (const property of config.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name) || !handlerKey.test(property.name.text)) continue;
    const value = unwrapExpression(property.initializer);
    // A handler wrapped once more (`handler: withAuth(async (req) => ...)`) is peeled by the caller's loop.
    if (isFunctionLike(value) || ts.isCallExpression(value)) return value;
  }
  return undefined;
}

/** The function a local name runs: `function handler() {}`, `const handler = async () => …`, or `const handler = withAuth(async () => …)`. */
export function findLocalFunction(name: string, from: ts.Node): FunctionLike | undefined {
  const declaration = findDeclaration(name, from);
  if (declaration && ts.isFunctionDeclaration(declaration)) return declaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const { inner } = unwrapHandler(declaration.initializer);
  return isFunctionLike(inner) ? inner : undefined;
}

/** Resolves a handler expression to the function it runs, following a local identifier once. */
function resolveHandler(expression: ts.Expression, depth = 0): { handler?: FunctionLike; wrappers: GuardRef[]; handlerName?: string } {
  const { wrappers, inner } = unwrapHandler(expression);
  if (isFunctionLike(inner)) return { handler: inner, wrappers };
  if (ts.isIdentifier(inner)) {
    const declaration = findDeclaration(inner.text, inner);
    if (declaration && ts.isFunctionDeclaration(declaration)) return { handler: declaration, wrappers, handlerName: inner.text };
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && depth < 4) {
      const local = resolveHandler(declaration.initializer, depth + 1);
      return { handler: local.handler, wrappers: [...wrappers, ...local.wrappers], handlerName: inner.text };
    }
    return { wrappers, handlerName: inner.text };
  }
  return { wrappers };
}

/** Methods a handler serves, from `req.method === "POST"`, `switch (req.method)` and `req.method !== "POST"` early returns. */
export interface MethodCheck {
  method: HttpMethod;
  span: { start: number; end: number };
  /** The statements only this method runs: the `if` branch or `case` clause the check opens. */
  branch?: readonly ts.Statement[];
}

export function methodChecks(handler: FunctionLike): MethodCheck[] {
  const request = handler.parameters[0]?.name;
  if (!request || !ts.isIdentifier(request) || !handler.body) return [];
  const methodAccess = `${request.text}.method`;
  const checks: MethodCheck[] = [];
  const add = (literal: ts.Node | undefined, at: ts.Node, branch: readonly ts.Statement[] | undefined): void => {
    const method = stringValue(literal)?.toUpperCase() as HttpMethod | undefined;
    // An OPTIONS branch answers a CORS preflight; the handler's real work happens for the other methods.
    if (method && method !== "OPTIONS" && appRouteMethods.includes(method) && !checks.some((c) => c.method === method)) {
      checks.push({ method, span: spanOf(at), branch });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && isEqualityOperator(node.operatorToken.kind)) {
      if (isMethodAccess(node.left, methodAccess)) add(node.right, node, branchOpenedBy(node));
      else if (isMethodAccess(node.right, methodAccess)) add(node.left, node, branchOpenedBy(node));
    } else if (ts.isSwitchStatement(node) && isMethodAccess(node.expression, methodAccess)) {
      const clauses = node.caseBlock.clauses;
      for (const [index, clause] of clauses.entries()) {
        // `case "PUT": case "PATCH": …` share the statements of the first clause that has some.
        if (ts.isCaseClause(clause)) add(clause.expression, clause, blockStatements(clauses.slice(index).find((next) => next.statements.length > 0)?.statements));
      }
    }
    if (!isFunctionLike(node)) ts.forEachChild(node, visit);
  };
  ts.forEachChild(handler.body, visit);
  return checks;
}

/** The `then` statements of the `if` whose whole condition is `comparison` (alone or in an `||` of method checks). */
function branchOpenedBy(comparison: ts.BinaryExpression): readonly ts.Statement[] | undefined {
  const kind = comparison.operatorToken.kind;
  if (kind !== SyntaxKind.EqualsEqualsEqualsToken && kind !== SyntaxKind.EqualsEqualsToken) return undefined;
  let condition: ts.Node = comparison;
  while (ts.isParenthesizedExpression(condition.parent) || (ts.isBinaryExpression(condition.parent) && condition.parent.operatorToken.kind === SyntaxKind.BarBarToken)) {
    condition = condition.parent;
  }
  const statement = condition.parent;
  if (!ts.isIfStatement(statement) || statement.expression !== condition) return undefined;
  return blockStatements([statement.thenStatement]);
}

/** `{ … }` alone stands for the statements inside it. */
function blockStatements(statements: readonly ts.Statement[] | undefined): readonly ts.Statement[] | undefined {
  const only = statements?.length === 1 ? statements[0]! : undefined;
  return only && ts.isBlock(only) ? only.statements : statements;
}


/** `req.method`, or a const read from it (`const method = req.method`, `const { method } = req`). */
function isMethodAccess(node: ts.Expression, methodAccess: string): boolean {
  const expression = unwrapExpression(node);
  if (dottedName(expression) === methodAccess) return true;
  if (!ts.isIdentifier(expression)) return false;
  const declaration = findDeclaration(expression.text, expression);
  if (declaration && ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) {
    const initializer = constInitializerOf(expression);
    return !!initializer && dottedName(initializer) === methodAccess;
  }
  if (!declaration || !ts.isBindingElement(declaration) || !ts.isObjectBindingPattern(declaration.parent)) return false;
  const property = declaration.propertyName ?? declaration.name;
  const holder = declaration.parent.parent;
  const isConst = ts.isVariableDeclaration(holder) && (holder.parent.flags & ts.NodeFlags.Const) !== 0;
  return isConst && ts.isIdentifier(property) && property.text === "method" && !!holder.initializer && `${dottedName(unwrapExpression(holder.initializer))}.method` === methodAccess;
}

/** One route per method the handler checks for, or one "ALL" route when it checks none. */
export function routesForHandler(
  base: Omit<RouteSummary, "method" | "span" | "handler" | "guards">,
  handler: FunctionLike,
  fallbackSpan: { start: number; end: number },
  wrappers: GuardRef[],
): RouteSummary[] {
  const guards = [...wrappers, ...inlineAuthGuards(handler)];
  const checks = methodChecks(handler);
  const shared = { ...base, handler: spanOf(handler), guards };
  if (checks.length === 0) return [{ ...shared, method: "ALL", span: fallbackSpan, guards: [...guards] }];
  return checks.map((check) => ({ ...shared, method: check.method, span: check.span, guards: [...guards, ...(check.branch ? branchAuthGuards(handler, check.branch) : [])] }));
}

function visitAppRouteExport(node: ts.Node, context: ExtractionContext, path: string): void {
  const { summary } = context;
  const base = { framework: "next-app" as const, path, frameworkValidated: false, markedPublic: false };
  if (ts.isFunctionDeclaration(node) && node.name && hasModifier(node, SyntaxKind.ExportKeyword)) {
    const method = node.name.text as HttpMethod;
    if (!appRouteMethods.includes(method) || !node.body) return;
    summary.routes.push({ ...base, method, span: spanOf(node.name), handler: spanOf(node), guards: inlineAuthGuards(node) });
  } else if (ts.isVariableStatement(node) && hasModifier(node, SyntaxKind.ExportKeyword)) {
    for (const declaration of node.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === "runtime" && stringValue(declaration.initializer) === "edge") {
        summary.runtime = "edge";
        summary.platform = "vercel-edge";
      }
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const method = declaration.name.text as HttpMethod;
      if (!appRouteMethods.includes(method)) continue;
      summary.routes.push(appRoute(base, method, declaration.name, declaration.initializer));
    }
  } else if (ts.isExportDeclaration(node) && !node.moduleSpecifier && node.exportClause && ts.isNamedExports(node.exportClause)) {
    // export { handler as GET, handler as POST }
    for (const element of node.exportClause.elements) {
      const method = element.name.text as HttpMethod;
      if (appRouteMethods.includes(method)) summary.routes.push(appRoute(base, method, element.name, element.propertyName ?? element.name));
    }
  }
}

/**
 * The seconds a Next.js route module asks its platform to let it run: `export const maxDuration = 300` (App Router) or
 * `export const config = { maxDuration: 300 }` (Pages Router); undefined when it declares none.
 */
export function declaredMaxDuration(sourceFile: ts.SourceFile): number | undefined {
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || !hasModifier(statement, SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const initializer = unwrapExpression(declaration.initializer);
      const value = declaration.name.text === "maxDuration" ? initializer : declaration.name.text === "config" ? assignedValue(initializer, "maxDuration") : undefined;
      if (value && ts.isNumericLiteral(value)) return Number(value.text);
    }
  }
  return undefined;
}

function appRoute(
  base: Pick<RouteSummary, "framework" | "path" | "frameworkValidated" | "markedPublic">,
  method: HttpMethod,
  name: ts.Node,
  expression: ts.Expression | ts.ModuleExportName,
): RouteSummary {
  if (!ts.isStringLiteral(expression) && isAppAdapterCall(expression)) return { ...base, method, span: spanOf(name), guards: [], servesAdapter: true };
  const resolved: ReturnType<typeof resolveHandler> = ts.isStringLiteral(expression) ? { wrappers: [] } : resolveHandler(expression);
  // `export const POST = withPostHog(authPost)`: the adapter's handler, wrapped.
  if (!resolved.handler && resolved.handlerName && isAdapterHandlerBinding(resolved.handlerName, name)) return { ...base, method, span: spanOf(name), guards: resolved.wrappers, servesAdapter: true };
  const guards = [...resolved.wrappers, ...(resolved.handler ? inlineAuthGuards(resolved.handler) : [])];
  return {
    ...base,
    markedPublic: declaredPublicByComment(name, undefined),
    method,
    span: spanOf(name),
    handler: resolved.handler && spanOf(resolved.handler),
    handlerName: resolved.handler ? undefined : resolved.handlerName,
    guards,
  };
}

/**
 * A module that exports handlers named for HTTP methods (`export const POST = withApi(...)`) for route files to
 * re-export (`export { POST } from "@/modules/..."`): their wrappers and inline checks, for the link step to follow.
 */
function visitSharedHandlerExport(node: ts.Node, context: ExtractionContext): void {
  // With what its own code shows about its callers (see handlerTraits), for the exemptions a route's check reads off a handler.
  const record = (name: string, guards: GuardRef[], handler?: FunctionLike): void => {
    const traits = handler && handlerTraits(handler);
    if (guards.length > 0 || traits) (context.summary.exportedHandlers ??= []).push({ name, guards, ...(traits && { traits }) });
  };
  // `export default async (req, res) => { ... }`, a controller module a router imports and registers by that import.
  const anonymousDefault = ts.isExportAssignment(node) ? unwrapExpression(node.expression) : ts.isFunctionDeclaration(node) && !node.name && hasModifier(node, SyntaxKind.DefaultKeyword) ? node : undefined;
  // `export default new Orders()`, `module.exports = new Orders()`: each method routers register off the instance.
  const handedOut = ts.isExportAssignment(node) ? node.expression : ts.isExpressionStatement(node) ? moduleExportsAssigned(node.expression) : undefined;
  const instance = handedOut && instanceMethodsOf(handedOut);
  const object = handedOut && unwrapExpression(handedOut);
  if (instance) {
    for (const { name, fn } of instance.methods) record(`${instance.className}.${name}`, ownChecks(everyMethodChecks(fn)), fn);
  } else if (object && ts.isObjectLiteralExpression(object)) {
    // `module.exports = { async post(ctx) { … } }`: each function written in place, known as the module object's member.
    for (const property of object.properties) {
      const member = memberFunction(property);
      if (member) record(inlineExportName(member.name), ownChecks(everyMethodChecks(member.fn)), member.fn);
    }
  } else if (anonymousDefault && (ts.isArrowFunction(anonymousDefault) || ts.isFunctionExpression(anonymousDefault) || ts.isFunctionDeclaration(anonymousDefault))) {
    record("default", ownChecks(everyMethodChecks(anonymousDefault)), anonymousDefault);
  } else if (ts.isFunctionDeclaration(node) && node.name && node.body && hasModifier(node, SyntaxKind.ExportKeyword)) {
    if (appRouteMethods.includes(node.name.text as HttpMethod)) record(node.name.text, inlineAuthGuards(node), node);
    // Any other exported function a router may register by name (`app.post("/x", handleX)`, Hono, Express): only its
    // own inline checks (a credential tested and the request refused, a signature verified, here or by the helper it
    // hands the signature to) count, never a helper it merely calls.
    else record(node.name.text, ownChecks(everyMethodChecks(node)), node);
  } else if (ts.isExpressionStatement(node)) {
    // CommonJS: `exports.clearHistory = clearHistory`, `module.exports.clearHistory = (req, res) => { … }`.
    const assignment = unwrapExpression(node.expression);
    if (!ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== SyntaxKind.EqualsToken || !ts.isPropertyAccessExpression(assignment.left)) return;
    const target = assignment.left;
    if (!isModuleExportsObject(target.expression)) return;
    const value = unwrapExpression(assignment.right);
    // `exports.create = wrap(function* (req, res) { … })`: the function the wrapper is handed.
    const fn = ts.isIdentifier(value) ? functionBoundTo(value.text, node) : ts.isCallExpression(value) ? resolveHandler(value).handler : value;
    const name = ts.isIdentifier(value) ? value.text : inlineExportName(target.name.text);
    if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn)) && fn.body) record(name, ownChecks(everyMethodChecks(fn)), fn);
  } else if (ts.isExportDeclaration(node) && !node.moduleSpecifier && node.exportClause && ts.isNamedExports(node.exportClause)) {
    // `export { authUser, registerUser }` at the end of a controller module: each local handler, as `export const` would be.
    for (const element of node.exportClause.elements) {
      const local = element.propertyName ?? element.name;
      const fn = ts.isIdentifier(local) ? resolveHandler(local).handler : undefined;
      if (fn?.body && ts.isIdentifier(local)) record(local.text, ownChecks(everyMethodChecks(fn)), fn);
    }
  } else if (ts.isVariableStatement(node) && hasModifier(node, SyntaxKind.ExportKeyword)) {
    for (const declaration of node.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      if (!appRouteMethods.includes(declaration.name.text as HttpMethod)) {
        // `export const handleX = asyncHandler(async (req, res) => …)`: the function the wrapper is handed, its own checks.
        const fn = ts.isCallExpression(unwrapExpression(declaration.initializer)) ? resolveHandler(declaration.initializer).handler : declaration.initializer;
        if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) record(declaration.name.text, ownChecks(inlineAuthGuards(fn)), fn);
        continue;
      }
      const resolved = resolveHandler(declaration.initializer);
      record(declaration.name.text, [...resolved.wrappers, ...(resolved.handler ? inlineAuthGuards(resolved.handler) : [])], resolved.handler);
    }
  }
}

/** `module.exports = <value>`: the value. */
function moduleExportsAssigned(expression: ts.Expression): ts.Expression | undefined {
  const assignment = unwrapExpression(expression);
  return ts.isBinaryExpression(assignment) && assignment.operatorToken.kind === SyntaxKind.EqualsToken && isCommonJsExports(assignment.left) && !ts.isIdentifier(assignment.left) ? assignment.right : undefined;
}

/**
 * A handler shared by a Pages route (`export default limitsHandler`) that branches on the method serves only the methods
 * it checks, so it is guarded when the head of every such branch checks the caller itself (`if (req.method === "GET") {
 * <session refused with 401> … } else 405`). A branch without such a check leaves only the checks made before any branch.
 */
function everyMethodChecks(fn: FunctionLike): GuardRef[] {
  const before = inlineAuthGuards(fn);
  const checks = methodChecks(fn);
  if (before.length > 0 || checks.length === 0) return before;
  const perBranch = checks.map((check) => (check.branch ? branchAuthGuards(fn, check.branch).filter((guard) => guard.kind === "inline" || guard.kind === "verifier") : []));
  return perBranch.every((guards) => guards.length > 0) ? perBranch.flat() : before;
}

/** Checks the function makes itself, or hands to a helper that is given the request and the response to refuse with. */
function ownChecks(guards: GuardRef[]): GuardRef[] {
  return guards.filter((guard) => guard.kind === "inline" || guard.kind === "verifier" || guard.kind === "wrapper");
}

function visitPagesDefaultExport(node: ts.Node, context: ExtractionContext, path: string): void {
  const { summary } = context;
  let expression: ts.Expression | undefined;
  let fallback: ts.Node | undefined;
  if (ts.isExportAssignment(node) && !node.isExportEquals) {
    expression = productionServed(node.expression);
    fallback = node;
  } else if (ts.isFunctionDeclaration(node) && hasModifier(node, SyntaxKind.ExportKeyword) && hasModifier(node, SyntaxKind.DefaultKeyword)) {
    expression = undefined;
    fallback = node.name ?? node;
    if (node.body && !takesOneScalar(node)) summary.routes.push(...routesForHandler(pagesBase(path), node, spanOf(fallback), []));
    return;
  }
  if (!expression || !fallback) return;
  if (isAppAdapterCall(expression)) {
    summary.routes.push({ ...pagesBase(path), method: "ALL", span: spanOf(fallback), guards: [], servesAdapter: true });
    return;
  }
  const dispatched = methodMapRoutes(expression, path);
  if (dispatched) {
    summary.routes.push(...dispatched);
    return;
  }
  const value = unwrapExpression(expression);
  const chain = ts.isCallExpression(value) ? builderChain(value) : undefined;
  if (chain) {
    const span = spanOf(fallback);
    for (const { handler, method, authOff, validatesInput } of chain.routes) {
      const route = { ...pagesBase(path), frameworkValidated: validatesInput };
      const wrappers = authOff ? [] : [chainWrapper(chain.root)];
      if (method) summary.routes.push({ ...route, method, span, handler: spanOf(handler), guards: [...wrappers, ...inlineAuthGuards(handler)] });
      else summary.routes.push(...routesForHandler(route, handler, span, wrappers));
    }
    return;
  }
  const resolved = resolveHandler(expression);
  // `export default findProvider` with `findProvider(id: string)`: a helper Next routes only because it sits under
  // pages/api. Declared to take one scalar, it never reads the request nor answers; it serves nothing.
  if (resolved.handler && resolved.wrappers.length === 0 && takesOneScalar(resolved.handler)) return;
  const span = spanOf(ts.isIdentifier(expression) ? expression : fallback);
  if (resolved.handler) summary.routes.push(...routesForHandler(pagesBase(path), resolved.handler, span, resolved.wrappers));
  else summary.routes.push({ ...pagesBase(path), method: "ALL", span, handlerName: resolved.handlerName, guards: resolved.wrappers });
}

/**
 * `export default process.env.NODE_ENV === "production" ? verifySignature(handler) : handler`: the branch a production
 * deployment exports is the one that serves.
 */
function productionServed(expression: ts.Expression): ts.Expression {
  const value = unwrapExpression(expression);
  if (!ts.isConditionalExpression(value)) return expression;
  if (isNonProductionOnly(value.whenFalse)) return value.whenTrue;
  return isNonProductionOnly(value.whenTrue) ? value.whenFalse : expression;
}

/** Declared to take one scalar (`(giteaId: string)`): Next hands a Pages API default export the request and the response. */
function takesOneScalar(fn: FunctionLike): boolean {
  const [only, ...rest] = fn.parameters;
  return !!only?.type && rest.length === 0 && primitiveTypeKinds.has(only.type.kind);
}

/**
 * `export default dispatch({ GET: authed({ fn }), POST: authed({ fn }) })`: a dispatcher given a map from HTTP method to
 * handler serves exactly the map's methods (it answers 405 for the others), and each entry is a route of its own, with
 * the wrappers around its value and the checks of its handler. The dispatcher is kept last in the chain: it runs first,
 * but an entry's own wrapper is the one a finding should name. A local name is followed once (`const handlers = {...}`).
 */
function methodMapRoutes(expression: ts.Expression, path: string): RouteSummary[] | undefined {
  const { wrappers: dispatchers, inner } = unwrapHandler(expression);
  const call = unwrapExpression(inner);
  if (!ts.isCallExpression(call) || !calleeText(call)) return undefined;
  const map = call.arguments.map((argument) => methodMapOf(argument)).find((candidate) => candidate !== undefined);
  if (!map) return undefined;
  const dispatcher: GuardRef = { name: calleeText(call)!, kind: "wrapper", span: spanOf(call.expression) };
  return map.map(({ method, name, value }) => {
    const resolved = resolveHandler(value);
    const guards = [...resolved.wrappers, ...(resolved.handler ? inlineAuthGuards(resolved.handler) : []), ...dispatchers, dispatcher];
    return {
      ...pagesBase(path),
      method,
      span: spanOf(name),
      handler: resolved.handler && spanOf(resolved.handler),
      handlerName: resolved.handler ? undefined : resolved.handlerName,
      guards,
    };
  });
}

/** The entries of an object literal whose every key is an HTTP method (`{ GET: h, POST: h }`), as written or through a local const. */
function methodMapOf(argument: ts.Expression): Array<{ method: HttpMethod; name: ts.Node; value: ts.Expression }> | undefined {
  let object = unwrapExpression(argument);
  if (ts.isIdentifier(object)) {
    const declaration = findDeclaration(object.text, object);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
    object = unwrapExpression(declaration.initializer);
  }
  if (!ts.isObjectLiteralExpression(object) || object.properties.length === 0) return undefined;
  const entries: Array<{ method: HttpMethod; name: ts.Node; value: ts.Expression }> = [];
  for (const property of object.properties) {
    const key = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
    if (!key || !appRouteMethods.includes(key as HttpMethod)) return undefined;
    if (ts.isPropertyAssignment(property)) entries.push({ method: key as HttpMethod, name: property.name, value: property.initializer });
    else if (ts.isShorthandPropertyAssignment(property)) entries.push({ method: key as HttpMethod, name: property.name, value: property.name });
    else return undefined;
  }
  return entries;
}

function pagesBase(path: string): Pick<RouteSummary, "framework" | "path" | "frameworkValidated" | "markedPublic"> {
  return { framework: "next-pages", path, frameworkValidated: false, markedPublic: false };
}

export const nextRoutes: Extractor = {
  kinds: [SyntaxKind.FunctionDeclaration, SyntaxKind.VariableStatement, SyntaxKind.ExportDeclaration, SyntaxKind.ExportAssignment, SyntaxKind.ExpressionStatement],
  visit(node, context) {
    if (node.parent !== context.sourceFile) return;
    const role = nextFileRole(context.filePath);
    if (ts.isExpressionStatement(node)) {
      if (role.appPath === undefined && !role.isMiddleware) visitSharedHandlerExport(node, context);
      return;
    }
    if (role.appPath !== undefined) return visitAppRouteExport(node, context, role.appPath);
    if (role.pagesPath !== undefined) {
      visitPagesDefaultExport(node, context, role.pagesPath);
      // Another Pages route may serve this one's handler (`import webhook from "../webhooks/stripe"; export default webhook`).
      return visitSharedHandlerExport(node, context);
    }
    if (role.isMiddleware) visitMiddlewareExport(node, context);
    else visitSharedHandlerExport(node, context);
  },
};

interface NextFileRole {
  appPath?: string;
  pagesPath?: string;
  isMiddleware: boolean;
}

const nextFileRoles = new Map<string, NextFileRole>();

/** What a file is to Next.js, from its path alone; asked at every top-level statement, so worked out once per path. */
function nextFileRole(filePath: string): NextFileRole {
  let role = nextFileRoles.get(filePath);
  if (!role) {
    role = { appPath: appRoutePath(filePath), pagesPath: pagesApiPath(filePath), isMiddleware: middlewareFile.test(normalise(filePath)) };
    nextFileRoles.set(filePath, role);
  }
  return role;
}

const nextModule = /^(next(\/|$)|next-auth|@clerk\/nextjs|@auth\/|@supabase\/ssr)/;
/** Middleware factories whose default export authenticates every matched request (Clerk's needs `protect()`, see below). */
const authenticatingMiddleware = new Set(["withAuth", "auth", "authMiddleware", "NextAuth"]);

function middlewareSummary(context: ExtractionContext, at: ts.Node): NextMiddlewareSummary {
  context.summary.nextMiddleware ??= { span: spanOf(at), guards: [], matchers: [], protectedPatterns: [], publicPatterns: [] };
  return context.summary.nextMiddleware;
}

function visitMiddlewareExport(node: ts.Node, context: ExtractionContext): void {
  const isNextFile = context.summary.imports.some((binding) => nextModule.test(binding.module));
  if (ts.isExportAssignment(node) && !node.isExportEquals) {
    recordMiddlewareExpression(node.expression, node, context, isNextFile);
  } else if (ts.isFunctionDeclaration(node) && hasModifier(node, SyntaxKind.ExportKeyword)) {
    const isMiddleware = node.name?.text === "middleware" || node.name?.text === "proxy" || (hasModifier(node, SyntaxKind.DefaultKeyword) && isNextFile);
    if (isMiddleware) recordMiddlewareFunction(node, node.name ?? node, context);
  } else if (ts.isVariableStatement(node) && hasModifier(node, SyntaxKind.ExportKeyword)) {
    for (const declaration of node.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      if (declaration.name.text === "config") recordMatchers(declaration.initializer, context);
      else if (declaration.name.text === "middleware" || declaration.name.text === "proxy") recordMiddlewareExpression(declaration.initializer, declaration.name, context, true);
    }
  } else if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
    // export { default } from "next-auth/middleware";  export { auth as middleware } from "@/auth"
    const module = stringValue(node.moduleSpecifier);
    for (const element of node.exportClause.elements) {
      if (element.name.text !== "middleware" && element.name.text !== "default") continue;
      const local = (element.propertyName ?? element.name).text;
      const name = module === "next-auth/middleware" && local === "default" ? "withAuth" : local;
      if (module || authenticatingMiddleware.has(name)) middlewareSummary(context, element).guards.push({ name, kind: "middleware", span: spanOf(element) });
    }
  }
}

function recordMiddlewareExpression(expression: ts.Expression, at: ts.Node, context: ExtractionContext, isNextFile: boolean): void {
  const inner = unwrapExpression(expression);
  if (isFunctionLike(inner)) {
    if (isNextFile) recordMiddlewareFunction(inner, at, context);
    return;
  }
  const name = ts.isCallExpression(inner) ? calleeText(inner) : dottedName(inner);
  if (!name) return;
  if (ts.isIdentifier(inner)) {
    const local = findLocalFunction(name, inner);
    if (local) return recordMiddlewareFunction(local, at, context);
  }
  if (name === "clerkMiddleware") {
    // clerkMiddleware() alone authenticates nothing: routes are protected only where the callback calls protect().
    const middleware = middlewareSummary(context, at);
    const callback = ts.isCallExpression(inner) ? inner.arguments.find((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a)) : undefined;
    if (callback && isFunctionLike(callback)) recordClerkProtection(callback, middleware, context);
  } else if (authenticatingMiddleware.has(name)) {
    const middleware = middlewareSummary(context, at);
    middleware.guards.push({ name, kind: "middleware", span: spanOf(ts.isCallExpression(inner) ? inner.expression : inner) });
    if (name === "authMiddleware" && ts.isCallExpression(inner)) middleware.publicPatterns.push(...publicRoutesOption(inner));
  }
}

function recordMiddlewareFunction(fn: FunctionLike, at: ts.Node, context: ExtractionContext): void {
  const guards = [...inlineAuthGuards(fn), ...redirectingAuthChecks(fn)];
  const middleware = middlewareSummary(context, at);
  middleware.guards.push(...guards);
  recordPathBranches(fn, middleware);
}

const globModule = /^(micromatch|picomatch|minimatch)$/;

/**
 * `if (micromatch.isMatch(pathname, publicRoutes)) return NextResponse.next(); if (pathname.startsWith("/api/admin"))
 * { <session check>; return NextResponse.next() } return unauthorized()`: a middleware that decides per path. Only its
 * leading statements are read, up to the first that is neither a declaration nor a branch on a literal path test.
 */
function recordPathBranches(fn: FunctionLike, middleware: NextMiddlewareSummary): void {
  if (!fn.body || !ts.isBlock(fn.body)) return;
  const branches: NonNullable<NextMiddlewareSummary["pathBranches"]> = [];
  for (const statement of fn.body.statements) {
    if (ts.isVariableStatement(statement)) continue;
    const globs = ts.isIfStatement(statement) && !statement.elseStatement ? pathTestGlobs(statement.expression) : undefined;
    if (globs && ts.isIfStatement(statement)) {
      const body = ts.isBlock(statement.thenStatement) ? statement.thenStatement.statements : [statement.thenStatement];
      const last = body[body.length - 1];
      branches.push({ globs, guards: branchAuthGuards(fn, body), ends: !!last && ts.isReturnStatement(last) });
      continue;
    }
    if (branches.length > 0 && ts.isReturnStatement(statement) && statement.expression && rejectsUnauthenticated(statement)) middleware.deniesUnmatched = { name: "deny", kind: "inline", span: spanOf(statement) };
    break;
  }
  if (branches.length > 0) middleware.pathBranches = branches;
}

/**
 * The globs a path test matches: `isMatch(pathname, "/api/v1/**")` or `micromatch.isMatch(pathname, publicRoutes)`
 * of a glob library with literal globs (or a const array of them), `pathname.startsWith("/api/admin")`.
 */
function pathTestGlobs(condition: ts.Expression): string[] | undefined {
  const call = unwrapExpression(condition);
  if (!ts.isCallExpression(call)) return undefined;
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === "startsWith" && call.arguments.length === 1) {
    const prefix = constantString(call.arguments[0]);
    return prefix?.startsWith("/") ? [`${prefix}*`, `${prefix}*/**`] : undefined;
  }
  if (!globModule.test(importedModuleOfCallee(call) ?? "") || call.arguments.length < 2) return undefined;
  const argument = unwrapExpression(call.arguments[1]!);
  const list = ts.isIdentifier(argument) ? constInitializerOf(argument) : argument;
  const globs = list && (ts.isArrayLiteralExpression(list) ? list.elements.map((element) => stringValue(element)) : [stringValue(list)]);
  return globs && globs.length > 0 && globs.every((glob): glob is string => glob?.startsWith("/") === true) ? globs : undefined;
}

const branchMatchers = new WeakMap<readonly string[], (path: string) => boolean>();

/**
 * The guards a middleware's path branches put in front of a route: those of each branch its path takes, up to the
 * first that ends the middleware, or the middleware's refusal when none ends it. Dynamic segments match as a sample.
 */
export function pathBranchGuards(middleware: NextMiddlewareSummary, routePath: string): GuardRef[] {
  if (!middleware.pathBranches) return [];
  const sample = samplePath(routePath);
  const guards: GuardRef[] = [];
  for (const branch of middleware.pathBranches) {
    let matches = branchMatchers.get(branch.globs);
    if (!matches) branchMatchers.set(branch.globs, (matches = compileGlobs(branch.globs)));
    if (!matches(sample)) continue;
    guards.push(...branch.guards);
    if (branch.ends) return guards;
  }
  return middleware.deniesUnmatched ? [...guards, middleware.deniesUnmatched] : guards;
}

/** `if (!token) return NextResponse.redirect(new URL("/login", req.url))`: middleware sends the unauthenticated to sign in. */
function redirectingAuthChecks(fn: FunctionLike): GuardRef[] {
  if (!fn.body || !ts.isBlock(fn.body)) return [];
  return fn.body.statements
    .filter((s): s is ts.IfStatement => ts.isIfStatement(s) && readsSessionOrToken(s.expression) && containsRedirect(s.thenStatement))
    .map((s) => ({ name: "redirect", kind: "inline" as const, span: spanOf(s) }));
}

function readsSessionOrToken(condition: ts.Expression): boolean {
  return /session|token|user|auth/i.test(condition.getText());
}

function containsRedirect(node: ts.Node): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(child) && /(^|\.)redirect$/.test(calleeText(child) ?? "")) found = true;
    else ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/**
 * `clerkMiddleware(async (auth, req) => { if (isProtectedRoute(req)) await auth.protect() })`: the guard applies to the
 * `createRouteMatcher` patterns tested before `protect()`, or to everything but them when the test is negated.
 */
function recordClerkProtection(callback: FunctionLike, middleware: NextMiddlewareSummary, context: ExtractionContext): void {
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "protect") {
      middleware.guards.push({ name: "auth.protect", kind: "middleware", span: spanOf(node.expression) });
      const test = enclosingRouteMatcherTest(node, callback);
      if (test) {
        const patterns = routeMatcherPatterns(context.sourceFile, test.matcher);
        (test.negated ? middleware.publicPatterns : middleware.protectedPatterns).push(...patterns);
      }
    }
    ts.forEachChild(node, visit);
  };
  if (callback.body) visit(callback.body);
}

function enclosingRouteMatcherTest(node: ts.Node, stop: ts.Node): { matcher: string; negated: boolean } | undefined {
  for (let current = node.parent; current && current !== stop; current = current.parent) {
    if (!ts.isIfStatement(current)) continue;
    let condition = unwrapExpression(current.expression);
    const negated = ts.isPrefixUnaryExpression(condition) && condition.operator === SyntaxKind.ExclamationToken;
    if (ts.isPrefixUnaryExpression(condition)) condition = unwrapExpression(condition.operand);
    if (ts.isCallExpression(condition) && ts.isIdentifier(condition.expression)) return { matcher: condition.expression.text, negated };
  }
  return undefined;
}

function routeMatcherPatterns(sourceFile: ts.SourceFile, matcher: string): string[] {
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== matcher || !init || !ts.isCallExpression(init)) continue;
      if (calleeText(init) === "createRouteMatcher") return stringsOf(init.arguments[0]);
    }
  }
  return [];
}

function publicRoutesOption(call: ts.CallExpression): string[] {
  const options = call.arguments[0];
  if (!options || !ts.isObjectLiteralExpression(options)) return [];
  return stringsOf(assignedValue(options, "publicRoutes"));
}

/** `export const config = { matcher: ["/api/:path*", { source: "/admin/:path*" }] }` */
function recordMatchers(initializer: ts.Expression, context: ExtractionContext): void {
  const config = unwrapExpression(initializer);
  if (!ts.isObjectLiteralExpression(config)) return;
  const matcher = propertyNamed(config, "matcher");
  if (matcher && ts.isPropertyAssignment(matcher)) middlewareSummary(context, matcher).matchers.push(...stringsOf(matcher.initializer));
}

function stringsOf(node: ts.Expression | undefined): string[] {
  if (!node) return [];
  const single = stringValue(node);
  if (single !== undefined) return [single];
  if (!ts.isArrayLiteralExpression(node)) return [];
  return node.elements.flatMap((element) => {
    if (!ts.isObjectLiteralExpression(element)) return stringsOf(element);
    return stringsOf(assignedValue(element, "source"));
  });
}

/**
 * True when a route path (`/api/users/[id]`) matches a Next/Clerk matcher (`/api/:path*`, `/api/(.*)`,
 * `/((?!_next|favicon.ico).*)`). Dynamic segments are matched as a sample value.
 */
export function matchesNextMatcher(routePath: string, matcher: string): boolean {
  const sample = samplePath(routePath);
  try {
    return new RegExp(`^${matcherToRegExp(matcher)}$`).test(sample);
  } catch {
    return false;
  }
}

/** `/api/users/[id]` → `/api/users/x`, a catch-all `[...rest]` → `x/y`: a concrete path the route serves. */
function samplePath(routePath: string): string {
  return routePath.replace(/\[\[?\.\.\.[^\]]+\]\]?/g, "x/y").replace(/\[[^\]]+\]/g, "x");
}

function matcherToRegExp(matcher: string): string {
  let pattern = "";
  for (let index = 0; index < matcher.length; ) {
    const rest = matcher.slice(index);
    const parameter = /^\/:(\w+)([*+?]?)/.exec(rest);
    if (parameter) {
      pattern += { "*": "(?:/.*)?", "+": "/.+", "?": "(?:/[^/]+)?", "": "/[^/]+" }[parameter[2]!];
      index += parameter[0].length;
    } else if (rest.startsWith("(")) {
      const group = balancedGroup(rest);
      pattern += group;
      index += group.length;
    } else {
      pattern += rest[0]!.replace(/[.+*?^${}|[\]\\]/g, "\\$&");
      index++;
    }
  }
  return pattern;
}

function balancedGroup(text: string): string {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === "(") depth++;
    else if (text[index] === ")" && --depth === 0) return text.slice(0, index + 1);
  }
  return text;
}
