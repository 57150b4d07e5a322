// What the Express, Koa, Fastify and Hono extractors share: which framework owns an app/router expression, the
// `owner.method(path, ...chain, handler)` registration shape, and turning chain arguments into guards and handlers.
// Syntactic only: a receiver's framework comes from its binding (`express()`, `new Hono()`), its parameter type, or the file's imports.
import { ts } from "ts-morph";
import { continuesOnlyWithCredential, inlineAuthGuards, readsCredential, refusesFailedCredential, rejectsUnauthenticated, someDescendant } from "../auth-checks.js";
import { declaredPublicByComment } from "../public-declarations.js";
import {
  assignedValue,
  boundMethodOf,
  calleeText,
  constantString,
  constInitializerOf,
  dottedName,
  enclosingClass,
  entityRoot,
  findDeclaration,
  functionBoundTo,
  importedModuleOf,
  importedModuleOfRoot,
  isFunctionLike,
  objectLiteralBehind,
  propertyNamed,
  spanOf,
  stringValue,
  unwrapExpression,
  type FunctionLike,
} from "../syntax.js";
import { descendantsOfKind, someDescendantOfKinds } from "../../engine/node-index.js";
import type { Extractor } from "../summarize.js";
import { isNonProductionOnly } from "../app-config.js";
import type { FileSummary, Framework, GuardRef, HttpMethod, RouteSummary } from "../types.js";
import type { Span } from "../../engine/types.js";

export type ServerFramework = "express" | "koa" | "fastify" | "hono";

export const routeMethods: ReadonlyMap<string, HttpMethod> = new Map([
  ["get", "GET"],
  ["post", "POST"],
  ["put", "PUT"],
  ["patch", "PATCH"],
  ["delete", "DELETE"],
  ["del", "DELETE"],
  ["all", "ALL"],
  ["head", "HEAD"],
  ["options", "OPTIONS"],
]);

const frameworkModules: ReadonlyArray<[RegExp, ServerFramework]> = [
  [/^hono($|\/)|^@hono\//, "hono"],
  [/^fastify($|-plugin$)|^@fastify\//, "fastify"],
  [/^(koa|@koa\/router|koa-router)$/, "koa"],
  [/^express$/, "express"],
];

/** Receivers whose `.get("/x", y)` is a client, cache or map call, never a route. */
const nonServerReceiver =
  /^(axios|got|ky|http|https|fetch|request|superagent|supertest|agent|cache|redis|map|store|client|headers|params|query|searchParams|cookies|req|res|ctx|c|reply|response|env|config|storage|localStorage|sessionStorage|kv)$|(Map|Cache|Client|Store|Headers|Params)$/;

/** The framework whose module an import or require names. */
export function frameworkOfModule(specifier: string | undefined): ServerFramework | undefined {
  if (specifier === undefined) return undefined;
  return frameworkModules.find(([pattern]) => pattern.test(specifier))?.[1];
}

/** The first server framework the file imports; Express when it imports none (routers handed in as parameters). */
export function frameworkOfFile(sourceFile: ts.SourceFile): ServerFramework {
  return frameworkImportedBy(sourceFile) ?? "express";
}

function frameworkImportedBy(sourceFile: ts.SourceFile): ServerFramework | undefined {
  for (const statement of sourceFile.statements) {
    let specifier: string | undefined;
    if (ts.isImportDeclaration(statement)) specifier = stringValue(statement.moduleSpecifier);
    else if (ts.isVariableStatement(statement)) {
      const initializer = statement.declarationList.declarations[0]?.initializer;
      const call = initializer && unwrapExpression(initializer);
      const required = call && ts.isPropertyAccessExpression(call) ? call.expression : call;
      if (required && ts.isCallExpression(required) && calleeText(required) === "require") specifier = stringValue(required.arguments[0]);
    }
    const framework = frameworkOfModule(specifier);
    if (framework) return framework;
  }
  return undefined;
}

/** The framework an app or router is created with: `express()`, `Router()`, `new Router()`, `new Hono()`, `Fastify()`, `new Koa()`. */
export function frameworkOfConstructor(expression: ts.Expression): ServerFramework | undefined {
  const base = chainBase(unwrapExpression(expression));
  if (!ts.isCallExpression(base) && !ts.isNewExpression(base)) return undefined;
  const name = calleeText(base);
  if (!name) return undefined;
  const fromImport = frameworkOfModule(importedModuleOfRoot(name, base));
  if (name === "express" || name === "express.Router") return "express";
  if (name === "Hono" || name === "OpenAPIHono") return "hono";
  if (/^fastify$/i.test(name)) return fromImport ?? "fastify";
  if (name === "Koa") return "koa";
  if (name === "Router" || name === "KoaRouter") return fromImport ?? (ts.isNewExpression(base) ? "koa" : "express");
  return undefined;
}

/**
 * The framework `owner` belongs to, or undefined when it is not a server at all. A known binding wins; a parameter's type
 * annotation next; otherwise the file's imports decide, because routers are often handed in or imported.
 */
export function frameworkOfOwner(owner: ts.Expression): ServerFramework | undefined {
  const expression = unwrapExpression(owner);
  const name = dottedName(expression);
  if (name === undefined) {
    const receiver = chainReceiver(expression);
    return dottedName(receiver) !== undefined ? frameworkOfOwner(receiver) : frameworkOfConstructor(expression);
  }
  if (nonServerReceiver.test(name.slice(name.lastIndexOf(".") + 1))) return undefined;
  if (ts.isPropertyAccessExpression(expression) && expression.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const held = frameworkOfClassMember(expression);
    if (held !== "unknown") return held;
  }
  if (ts.isIdentifier(expression)) {
    const declaration = findDeclaration(expression.text, expression);
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
      const constructed = frameworkOfConstructor(declaration.initializer);
      if (constructed) return constructed;
    }
    if (declaration && ts.isParameter(declaration) && declaration.type) {
      const typed = frameworkOfTypeName(declaration.type.getText());
      if (typed) return typed;
    }
    // Made by something else (`axios.create()`, an SDK client) or imported into a file that imports no server
    // framework (a frontend API helper): an HTTP client, not a router.
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && !isRouterHandle(declaration.initializer)) return undefined;
    if (declaration && !isParameterBound(declaration) && !ts.isVariableDeclaration(declaration) && !importsServerFramework(expression.getSourceFile())) return undefined;
  }
  return frameworkOfFile(expression.getSourceFile());
}

/**
 * `this.http.post("/sms/send", body)`: what the class keeps in that member decides. A server it constructs (`this.app =
 * express()`) or declares (`private app: Express`) makes routes; an HTTP client it stores (`this.http = axios.create()`,
 * `private http: AxiosInstance`) never does. "unknown" when the class says neither.
 */
function frameworkOfClassMember(access: ts.PropertyAccessExpression): ServerFramework | undefined | "unknown" {
  const owner = enclosingClass(access);
  if (!owner) return "unknown";
  const member = access.name.text;
  const types: ts.TypeNode[] = [];
  const values: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    const isMember = (name: ts.Node): boolean => ts.isIdentifier(name) && name.text === member;
    if (ts.isPropertyDeclaration(node) && isMember(node.name)) {
      if (node.type) types.push(node.type);
      if (node.initializer) values.push(node.initializer);
    } else if (ts.isParameter(node) && ts.isConstructorDeclaration(node.parent) && isMember(node.name) && node.type && node.modifiers?.length) {
      types.push(node.type);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      if (node.left.expression.kind === ts.SyntaxKind.ThisKeyword && node.left.name.text === member) values.push(node.right);
    }
    ts.forEachChild(node, visit);
  };
  owner.members.forEach(visit);
  for (const value of values) {
    const constructed = frameworkOfConstructor(value);
    if (constructed) return constructed;
  }
  for (const type of types) {
    const typed = frameworkOfTypeName(type.getText());
    if (typed) return typed;
  }
  const isClientType = (type: ts.TypeNode): boolean =>
    ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && httpClientModule.test(importedModuleOf(type.typeName.text, type) ?? "");
  if (types.some(isClientType) || values.some((value) => !isRouterHandle(value))) return undefined;
  // Declared as some other type (an SDK's own client class) in a file that imports no server framework: not a server.
  if (types.length > 0 && !importsServerFramework(access.getSourceFile())) return undefined;
  return "unknown";
}

/** `const users = app.route("/users")`, `const v1 = router` , `this.router`: derived from a router, not constructed by another library. */
function isRouterHandle(initializer: ts.Expression): boolean {
  const base = chainBase(unwrapExpression(initializer));
  if (!ts.isCallExpression(base) && !ts.isNewExpression(base)) return true;
  const callee = calleeText(base) ?? "";
  const module = importedModuleOfRoot(callee, base);
  if (module !== undefined && frameworkOfModule(module) !== undefined) return true;
  return !clientFactory.test(callee) && !httpClientModule.test(module ?? "");
}

/** `axios.create()`, `got.extend()`, `ky.create()`, `supertest(app)`: factories of HTTP clients. */
const clientFactory = /^(axios|got|ky|ofetch|wretch|superagent|supertest|request)(\.|$)|\.(create|extend)$/;
const httpClientModule = /^(axios|got|ky|ofetch|wretch|superagent|supertest|undici|node-fetch|light-my-request)$/;

/**
 * A parameter, or a name destructured from one (`...[router, tenant]: RouterArgs`, or `(...args)` then
 * `const [router] = args`): a value handed in by the caller.
 */
function isParameterBound(declaration: ts.Node): boolean {
  let node = declaration;
  while (ts.isBindingElement(node) || ts.isArrayBindingPattern(node) || ts.isObjectBindingPattern(node)) node = node.parent;
  if (ts.isParameter(node)) return true;
  if (node === declaration || !ts.isVariableDeclaration(node) || !node.initializer) return false;
  const source = unwrapExpression(node.initializer);
  const holder = ts.isIdentifier(source) ? findDeclaration(source.text, source) : undefined;
  return holder !== undefined && ts.isParameter(holder);
}

function importsServerFramework(sourceFile: ts.SourceFile): boolean {
  return sourceFile.statements.some((statement) => ts.isImportDeclaration(statement) && frameworkOfModule(stringValue(statement.moduleSpecifier)) !== undefined);
}

function frameworkOfTypeName(typeText: string): ServerFramework | undefined {
  if (/Fastify/.test(typeText)) return "fastify";
  if (/Hono/.test(typeText)) return "hono";
  if (/Koa/.test(typeText)) return "koa";
  if (/Express|Application|IRouter/.test(typeText)) return "express";
  return undefined;
}

/** `(parent: Router)` with `Router` imported from a server framework (`import { Router } from "express"`). */
function isFrameworkType(type: ts.TypeNode): boolean {
  if (!ts.isTypeReferenceNode(type)) return false;
  const root = ts.isIdentifier(type.typeName) ? type.typeName : type.typeName.left;
  return ts.isIdentifier(root) && frameworkOfModule(importedModuleOf(root.text, type)) !== undefined;
}

/** True when `identifier` is bound in this file to a freshly created app or router. */
export function isConstructedServer(identifier: ts.Identifier): boolean {
  const declaration = findDeclaration(identifier.text, identifier);
  return !!declaration && ts.isVariableDeclaration(declaration) && !!declaration.initializer && !!frameworkOfConstructor(declaration.initializer);
}

/** True for a name that reads as a router or sub-app (`usersRouter`, `adminRoutes`, `api`). */
export function hasRouterName(name: string): boolean {
  return /(router|routes|app|api)$/i.test(name);
}

/** The innermost receiver of a method chain: `new Hono().basePath("/api").get(...)` → `new Hono()`. */
export function chainBase(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression)) {
    const inner = unwrapExpression(current.expression.expression);
    if (!ts.isCallExpression(inner) && !ts.isNewExpression(inner)) break;
    current = inner;
  }
  return current;
}

/**
 * `api.get("/a", h).post("/b", h)` exported or assigned whole: a chain of registrations (route methods, `use`) answers
 * the router it starts from, so the value is that router.
 */
export function registeringChainOwner(expression: ts.Expression): ts.Identifier | undefined {
  let current = unwrapExpression(expression);
  if (!ts.isCallExpression(current)) return undefined;
  while (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression)) {
    const step = current.expression.name.text;
    if (!routeMethods.has(step) && step !== "use") return undefined;
    current = unwrapExpression(current.expression.expression);
  }
  return ts.isIdentifier(current) ? current : undefined;
}

/** What a chain of calls is made on: `app.use(a).use(b)` → `app`; the chain's base call when it starts with one (`new Hono().use(a)`). */
function chainReceiver(expression: ts.Expression): ts.Expression {
  const base = chainBase(expression);
  return ts.isCallExpression(base) && ts.isPropertyAccessExpression(base.expression) ? unwrapExpression(base.expression.expression) : base;
}

export interface RouteRegistration {
  call: ts.CallExpression;
  method: HttpMethod;
  /** One per path when an array of paths is given. */
  paths: string[];
  /** The one path is built at run time (""). */
  runTimePath?: true;
  /** Further methods the same registration serves (koa-router's `register(path, ["get", "post"], …)`). */
  otherMethods?: HttpMethod[];
  /** The app or router expression the route is registered on. */
  ownerNode: ts.Expression;
  owner?: string;
  /** Arguments after the path: middleware then the handler. */
  chain: ts.Expression[];
}

/**
 * `app.post("/x", ...chain, handler)`, `router.route("/x").get(h).post(h)` and Hono's `new Hono().get(...).post(...)`:
 * the method, path(s), owner and chain. Requires a path ("/…", "*" or a RegExp) and a function-ish last argument, so
 * `map.get("x")`, `req.get("host")` and `axios.get(url, config)` are not routes.
 */
export function parseRouteRegistration(call: ts.CallExpression): RouteRegistration | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  if (callee.name.text === "register") return parseKoaRegister(call, unwrapExpression(callee.expression));
  const method = routeMethods.get(callee.name.text);
  if (!method) return undefined;
  let receiver = unwrapExpression(callee.expression);
  if (callsOwnMethod(receiver, callee.name.text)) return undefined;
  let args: readonly ts.Expression[] = call.arguments;
  let paths: string[] | undefined;
  let runTime = false;
  while (ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression)) {
    const step = receiver.expression.name.text;
    if (step === "route" && !paths) {
      paths = pathsOf(receiver.arguments[0]);
      if (!paths) return undefined;
    } else if (!routeMethods.has(step) && step !== "use" && step !== "basePath") break;
    receiver = unwrapExpression(receiver.expression.expression);
  }
  if (!paths) {
    const namedRoutePath = stringValue(args[0]) !== undefined && !pathsOf(args[0]) ? pathsOf(args[1]) : undefined;
    if (namedRoutePath) args = args.slice(1);
    paths = pathsOf(args[0]) ?? koaRouterBarePaths(args[0], receiver);
    runTime = !paths && isRunTimePath(args, receiver);
    if (runTime) paths = [""];
    if (!paths) return undefined;
    args = args.slice(1);
  }
  const handler = args[args.length - 1];
  if (!handler || !isHandlerShaped(handler)) return undefined;
  return { call, method, paths, ownerNode: receiver, owner: ownerName(receiver, call), chain: [...args], ...(runTime && { runTimePath: true as const }) };
}

/**
 * koa-router joins a mount prefix and a route path without a slash between them, so `router.post("documents.list", …)`
 * mounted with `router.use("/", documents.routes())` serves `/documents.list`. A bare word is a path only on a receiver
 * proven to be a koa-router (constructed from `koa-router`/`@koa/router` in this file): elsewhere `store.get("key", fn)`
 * is a map or cache call.
 */
function koaRouterBarePaths(node: ts.Expression | undefined, receiver: ts.Expression): string[] | undefined {
  const value = stringValue(node);
  if (value === undefined || !/^[\w.-]+(\/[\w.:-]*)*$/.test(value) || !isConstructedKoaRouter(receiver)) return undefined;
  return ["/" + value];
}

/**
 * `router.get(`${config.id}.callback`, handler)`: a path built at run time ("" — not statically known) is a route only
 * on a receiver proven to be a framework router, constructed in this file or a parameter typed as one.
 */
function isRunTimePath(args: readonly ts.Expression[], receiver: ts.Expression): boolean {
  const path = args[0] && unwrapExpression(args[0]);
  if (!path || args.length < 2 || !(ts.isTemplateExpression(path) || ts.isIdentifier(path) || ts.isPropertyAccessExpression(path))) return false;
  return provenRouterFramework(receiver) !== undefined;
}

/** The framework of a receiver proven to be its router: constructed in this file, or a parameter typed from its module. */
function provenRouterFramework(receiver: ts.Expression): ServerFramework | undefined {
  const expression = unwrapExpression(receiver);
  if (!ts.isIdentifier(expression)) return undefined;
  const declaration = findDeclaration(expression.text, expression);
  if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return frameworkOfConstructor(declaration.initializer);
  if (!declaration || !ts.isParameter(declaration) || !declaration.type || !ts.isTypeReferenceNode(declaration.type)) return undefined;
  return frameworkOfModule(importedModuleOf(entityRoot(declaration.type.typeName), declaration));
}

/**
 * koa-router's `router.register(path, ["get", "post"], middleware)`: one route per method, on a receiver proven to be
 * a koa-router (elsewhere `register` is a Fastify plugin's or any registry's).
 */
function parseKoaRegister(call: ts.CallExpression, receiver: ts.Expression): RouteRegistration | undefined {
  const [path, methodList, middleware] = call.arguments;
  if (!path || !methodList || !middleware || !ts.isArrayLiteralExpression(methodList) || provenRouterFramework(receiver) !== "koa") return undefined;
  const methods = methodList.elements.map((element) => routeMethods.get(stringValue(element)?.toLowerCase() ?? ""));
  if (methods.length === 0 || methods.some((method) => method === undefined)) return undefined;
  const paths = pathsOf(path);
  const chain = ts.isArrayLiteralExpression(middleware) ? [...middleware.elements] : [middleware];
  const handler = chain[chain.length - 1];
  if (!handler || !isHandlerShaped(handler)) return undefined;
  const [method, ...otherMethods] = methods as HttpMethod[];
  return {
    call,
    method: method!,
    ...(otherMethods.length > 0 && { otherMethods }),
    paths: paths ?? [""],
    ...(!paths && { runTimePath: true as const }),
    ownerNode: receiver,
    owner: ownerName(receiver, call),
    chain,
  };
}

function isConstructedKoaRouter(receiver: ts.Expression): boolean {
  const expression = unwrapExpression(receiver);
  if (!ts.isIdentifier(expression)) return false;
  const declaration = findDeclaration(expression.text, expression);
  const created = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && unwrapExpression(declaration.initializer);
  if (!created || !ts.isNewExpression(created) || !ts.isIdentifier(created.expression)) return false;
  return /^(koa-router|@koa\/router)$/.test(importedModuleOf(created.expression.text, created) ?? "");
}

/**
 * `this.put("/delete %s", name)` on a text builder: a printf placeholder is a format string's, never a route path's (a
 * URL escape is `%` and two hex digits, which `%s` is not).
 */
const printfPlaceholder = /%(?:[sijoO]|[dcf](?![0-9a-fA-F]))/;

function pathsOf(node: ts.Expression | undefined): string[] | undefined {
  if (!node) return undefined;
  const value = constantString(node);
  if (value !== undefined) return (value.startsWith("/") || value.startsWith("*")) && !printfPlaceholder.test(value) ? [value] : undefined;
  if (ts.isRegularExpressionLiteral(node)) return [node.text];
  if (ts.isArrayLiteralExpression(node) && node.elements.length > 0) {
    const all = node.elements.map((element) => pathsOf(element));
    return all.every((p) => p !== undefined) ? all.flat() : undefined;
  }
  return undefined;
}

/**
 * `this.post("/api/batches", data)` in a method of an object literal that defines `post` itself (an API client's
 * `{ post(url, body) { return fetchJson(...) }, createBatch(data) { return this.post(...) } }`): `this` is that object,
 * so the call is its own method, not a route on an app or router.
 */
function callsOwnMethod(receiver: ts.Expression, method: string): boolean {
  if (receiver.kind !== ts.SyntaxKind.ThisKeyword) return false;
  let holder: ts.Node = receiver.parent;
  while (!ts.isSourceFile(holder) && (!ts.isFunctionLike(holder) || ts.isArrowFunction(holder))) holder = holder.parent;
  const object = ts.isMethodDeclaration(holder) || ts.isGetAccessor(holder) || ts.isSetAccessor(holder) ? holder.parent : ts.isFunctionExpression(holder) && ts.isPropertyAssignment(holder.parent) ? holder.parent.parent : undefined;
  return !!object && ts.isObjectLiteralExpression(object) && object.properties.some((property) => property.name !== undefined && ts.isIdentifier(property.name) && property.name.text === method);
}

function isHandlerShaped(node: ts.Expression): boolean {
  const expression = unwrapExpression(node);
  if (ts.isIdentifier(expression)) return !holdsData(expression);
  return isFunctionLike(expression) || ts.isCallExpression(expression) || ts.isPropertyAccessExpression(expression);
}

/**
 * `const series = await this.fetchSeries(id); this.put("/series", series)`: a name bound to an awaited result or a
 * literal is a request body handed to an HTTP client, never a handler.
 */
function holdsData(identifier: ts.Identifier): boolean {
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
  const value = unwrapExpression(declaration.initializer);
  return ts.isAwaitExpression(value) || ts.isObjectLiteralExpression(value) || ts.isArrayLiteralExpression(value) || ts.isLiteralExpression(value);
}

/** The owner's name as written, or the variable a constructed chain is assigned to (`const app = new Hono().get(...)`). */
export function ownerName(receiver: ts.Expression, call: ts.Node): string | undefined {
  // `app.use(a).route("/x", x)`: a chained call acts on the app the chain starts from.
  const name = dottedName(receiver) ?? dottedName(chainReceiver(receiver));
  if (name !== undefined) return name;
  let top: ts.Node = call;
  while (ts.isPropertyAccessExpression(top.parent) || (ts.isCallExpression(top.parent) && top.parent.expression === top)) top = top.parent;
  return ts.isVariableDeclaration(top.parent) && ts.isIdentifier(top.parent.name) ? top.parent.name.text : undefined;
}

export interface HandlerFacts {
  handler?: ts.Node;
  handlerName?: string;
  /** Wrappers around the handler (`asyncHandler(fn)`, `withAuth(fn)`), outermost first, then inline checks in the handler. */
  guards: GuardRef[];
}

/** The handler behind the last argument: a function, a local or imported name, or a function inside wrapper calls. */
export function describeHandler(node: ts.Expression): HandlerFacts {
  const expression = unwrapExpression(node);
  if (isFunctionLike(expression)) return { handler: expression, guards: inlineAuthGuards(expression) };
  const name = dottedName(expression);
  if (name !== undefined) {
    const local = ts.isIdentifier(expression) ? functionBoundTo(name, expression) : undefined;
    return { handler: local, handlerName: name, guards: local ? inlineAuthGuards(local) : [] };
  }
  if (ts.isCallExpression(expression)) {
    const wrapper: GuardRef = { name: guardName(expression), kind: "wrapper", span: spanOf(expression), ...wrappedName(expression) };
    const inner =
      expression.arguments.find((argument) => isFunctionLike(unwrapExpression(argument)) || ts.isCallExpression(unwrapExpression(argument))) ??
      expression.arguments.find((argument) => dottedName(unwrapExpression(argument)) !== undefined);
    const facts = inner ? describeHandler(inner) : { guards: [] };
    return { ...facts, guards: [wrapper, ...facts.guards] };
  }
  return { guards: [] };
}

/**
 * A middleware written in place: its leading checks, or, like a named middleware, the whole function when it reads a
 * credential and refuses without one somewhere (after letting an allow-list of public paths through, say).
 */
function middlewareGuards(middleware: FunctionLike): GuardRef[] {
  const exempt = exemptedPaths(middleware);
  const leading = inlineAuthGuards(middleware).map((guard) => ({ ...guard, ...exempt }));
  if (leading.some((guard) => guard.kind === "inline") || !middleware.body) return leading;
  if (!(readsCredential(middleware.body) && rejectsUnauthenticated(middleware.body)) && !refusesFailedCredential(middleware) && !continuesOnlyWithCredential(middleware)) return leading;
  const allowList = allowListedPrefixes(middleware);
  return [...leading, { name: "inline", kind: "inline", span: spanOf(middleware), ...(allowList && { exceptPrefixesFrom: allowList }), ...exempt }];
}

/** Path exemptions as a guard carries them: the lists that have entries. */
function exemptions(exceptPrefixes: string[], exceptPaths: string[], onlyUnderPrefixes: string[] = []): Pick<GuardRef, "exceptPrefixes" | "exceptPaths" | "onlyUnderPrefixes"> {
  return { ...(exceptPrefixes.length > 0 && { exceptPrefixes }), ...(exceptPaths.length > 0 && { exceptPaths }), ...(onlyUnderPrefixes.length > 0 && { onlyUnderPrefixes }) };
}

/**
 * `if (path.startsWith("/api/mcp") || path === "/api/billing/webhook") return next();` at the head of a middleware, the
 * path read from the request (`c.req.path`, `req.path`, `ctx.path`, or a const holding it): the prefixes and paths it
 * lets through before any check. Only the tests Harden can read are kept.
 */
function exemptedPaths(middleware: FunctionLike): Pick<GuardRef, "exceptPrefixes" | "exceptPaths"> {
  const [request] = middleware.parameters;
  const next = middleware.parameters[middleware.parameters.length - 1];
  if (!request || !next || next === request || !ts.isIdentifier(request.name) || !ts.isIdentifier(next.name) || !middleware.body || !ts.isBlock(middleware.body)) return {};
  const requestName = request.name.text;
  const nextName = next.name.text;
  const isRequestPath = (node: ts.Expression): boolean => {
    const value = unwrapExpression(node);
    if (ts.isIdentifier(value)) {
      const initializer = constInitializerOf(value);
      return !!initializer && isRequestPath(initializer);
    }
    if (!ts.isPropertyAccessExpression(value) || !/^(path|url|originalUrl)$/.test(value.name.text)) return false;
    const owner = unwrapExpression(value.expression);
    const root = ts.isPropertyAccessExpression(owner) && owner.name.text === "req" ? unwrapExpression(owner.expression) : owner;
    return ts.isIdentifier(root) && root.text === requestName;
  };
  const prefixes: string[] = [];
  const paths: string[] = [];
  const noteTested = (condition: ts.Expression): void => {
    const test = unwrapExpression(condition);
    if (ts.isBinaryExpression(test) && test.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
      noteTested(test.left);
      noteTested(test.right);
    } else if (ts.isCallExpression(test) && ts.isPropertyAccessExpression(test.expression) && test.expression.name.text === "startsWith" && isRequestPath(test.expression.expression)) {
      const prefix = stringValue(test.arguments[0]);
      if (prefix) prefixes.push(prefix);
    } else if (ts.isBinaryExpression(test) && (test.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken || test.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken)) {
      const exact = isRequestPath(test.left) ? stringValue(test.right) : isRequestPath(test.right) ? stringValue(test.left) : undefined;
      if (exact) paths.push(exact);
    }
  };
  const callsNext = (statement: ts.Statement): boolean => {
    const only = ts.isBlock(statement) && statement.statements.length === 1 ? statement.statements[0]! : statement;
    const value = ts.isReturnStatement(only) && only.expression ? unwrapExpression(only.expression) : undefined;
    const call = value && ts.isAwaitExpression(value) ? unwrapExpression(value.expression) : value;
    return !!call && ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === nextName;
  };
  for (const statement of middleware.body.statements) {
    if (ts.isVariableStatement(statement)) continue;
    if (!ts.isIfStatement(statement) || statement.elseStatement || !callsNext(statement.thenStatement)) break;
    noteTested(statement.expression);
  }
  return exemptions(prefixes, paths);
}

/**
 * `PUBLIC.some((url) => req.path.startsWith(url))` or `PUBLIC.includes(req.path)` in a middleware: the list of paths
 * it lets through, as a name this file binds (through `const open = PUBLIC.filter(...)`, a subset of it).
 */
function allowListedPrefixes(middleware: FunctionLike): string | undefined {
  const [request] = middleware.parameters;
  if (!request || !ts.isIdentifier(request.name) || !middleware.body) return undefined;
  const requestName = request.name.text;
  const isRequestPath = (node: ts.Node): boolean => {
    const value = ts.isExpression(node) ? unwrapExpression(node) : node;
    return ts.isPropertyAccessExpression(value) && /^(path|url|originalUrl|baseUrl)$/.test(value.name.text) && ts.isIdentifier(value.expression) && value.expression.text === requestName;
  };
  let list: ts.Identifier | undefined;
  const visit = (node: ts.Node): void => {
    if (list) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression)) {
      const method = node.expression.name.text;
      const [argument] = node.arguments;
      const testsPrefix = method === "some" && !!argument && isFunctionLike(argument) && someDescendant(argument, (part) => ts.isCallExpression(part) && ts.isPropertyAccessExpression(part.expression) && part.expression.name.text === "startsWith" && isRequestPath(part.expression.expression));
      if (testsPrefix || (method === "includes" && !!argument && isRequestPath(argument))) list = node.expression.expression;
    }
    ts.forEachChild(node, visit);
  };
  visit(middleware.body);
  return list && listOrigin(list);
}

/** The list a local is: itself, or the list `const open = LIST.filter(...)` narrows. */
function listOrigin(list: ts.Identifier): string {
  const initializer = constInitializerOf(list);
  if (initializer && ts.isCallExpression(initializer) && ts.isPropertyAccessExpression(initializer.expression) && initializer.expression.name.text === "filter") {
    const narrowed = unwrapExpression(initializer.expression.expression);
    if (ts.isIdentifier(narrowed)) return listOrigin(narrowed);
  }
  return list.text;
}


/** `asyncHandler(auth.jwt)`: the one named function a call is handed, which decides if the call only forwards to it. */
function wrappedName(call: ts.CallExpression): Pick<GuardRef, "wraps"> {
  if (call.arguments.length !== 1 || !ts.isIdentifier(unwrapExpression(call.expression))) return {};
  const wraps = dottedName(unwrapExpression(call.arguments[0]!));
  return wraps !== undefined ? { wraps } : {};
}

/**
 * Neither this file nor the project model can read the function a chain member names: a member of `this` or of a `new`
 * instance (class members are not followed), a parameter (`requireAdmin` handed in by the caller), a value destructured
 * from one, or a const a call builds from one of those (`expressWrap(this.assertAccess.bind(this, "editors"))`,
 * `access.adminMiddleware()`). An import, a package's factory (`multer()`) or a function written here is not: the model
 * follows those.
 */
export function isOpaqueFunctionValue(expression: ts.Expression, depth = 0): boolean {
  const value = unwrapExpression(expression);
  if (depth > 3) return false;
  if (ts.isCallExpression(value)) {
    return isOpaqueFunctionValue(value.expression, depth + 1) || value.arguments.some((argument) => isOpaqueFunctionValue(argument, depth + 1));
  }
  let root: ts.Expression = value;
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root)) root = unwrapExpression(root.expression);
  // A member of `this` or of an instance made here (`new Access(level).middleware`, a getter): class members are not followed.
  if (root.kind === ts.SyntaxKind.ThisKeyword || (ts.isNewExpression(root) && root !== value)) return true;
  if (!ts.isIdentifier(root)) return false;
  const declaration = findDeclaration(root.text, root);
  if (!declaration) return false;
  if (ts.isParameter(declaration)) return true;
  let variable: ts.Node = declaration;
  while (ts.isBindingElement(variable) || ts.isObjectBindingPattern(variable) || ts.isArrayBindingPattern(variable)) variable = variable.parent;
  if (ts.isParameter(variable)) return true;
  if (variable !== declaration && importedModuleOf(root.text, root) !== undefined) return false;
  const initializer = ts.isVariableDeclaration(variable) && variable.initializer ? unwrapExpression(variable.initializer) : undefined;
  return !!initializer && !isFunctionLike(initializer) && isOpaqueFunctionValue(initializer, depth + 1);
}

/**
 * `new Access(ADMIN).middleware` has no dotted name: named `new Access(…).middleware`, it can still be asked about. The
 * arguments are left out, so a literal handed to the constructor (a key, a token) never reaches a message.
 */
function instanceMemberName(expression: ts.Expression): string | undefined {
  const members: string[] = [];
  let current = unwrapExpression(expression);
  while (ts.isPropertyAccessExpression(current)) {
    members.unshift(current.name.text);
    current = unwrapExpression(current.expression);
  }
  const className = ts.isNewExpression(current) ? dottedName(current.expression) : undefined;
  return className !== undefined && members.length > 0 ? `new ${className}(…).${members.join(".")}` : undefined;
}

/** `const adminMiddleware = [requireAdmin]; app.use("/api/admin", adminMiddleware)`: a const list of middleware is its members. */
function constArrayOf(expression: ts.Expression): ts.ArrayLiteralExpression | undefined {
  const value = ts.isIdentifier(expression) ? constInitializerOf(expression) : undefined;
  return value && ts.isArrayLiteralExpression(value) ? value : undefined;
}

/** Chain arguments as guard candidates: names, calls (`passport.authenticate("jwt")`), arrays flattened, inline functions that check auth. */
export function guardsFromChain(args: readonly ts.Expression[], kind: GuardRef["kind"]): GuardRef[] {
  const guards: GuardRef[] = [];
  for (const argument of args) {
    const expression = unwrapExpression(ts.isSpreadElement(argument) ? argument.expression : argument);
    const listed = ts.isArrayLiteralExpression(expression) ? expression : constArrayOf(expression);
    if (listed) guards.push(...guardsFromChain(listed.elements, kind));
    else if (isFunctionLike(expression)) guards.push(...middlewareGuards(expression));
    else if (ts.isCallExpression(expression)) {
      const exempting = unlessExemptions(expression);
      if (exempting) guards.push(...guardsFromChain([exempting.guard], kind).map((guard) => ({ ...guard, ...exempting.exemptions })));
      else guards.push({ name: guardName(expression), kind, span: spanOf(expression), ...wrappedName(expression), ...(switchesRequestValidationOff(expression) && { switchedOff: true as const }), ...(isOpaqueFunctionValue(expression) && { opaque: true as const }) });
    }
    else {
      const opaque = isOpaqueFunctionValue(expression);
      const name = dottedName(expression) ?? (opaque ? instanceMemberName(expression) : undefined);
      if (name !== undefined) guards.push({ name, kind, span: spanOf(expression), ...(opaque && { opaque: true as const }) });
    }
  }
  return guards;
}

/**
 * express-unless (`jwt({ secret }).unless({ path: ["/login", /^\/public/] })`, koa-jwt's and koa-unless' alike): the
 * guard, and the paths it lets through that Harden can read: string paths exactly, regular expressions by their literal
 * start, and a predicate's path lists, with `if (/^\/api/.test(ctx.path)) return …; return true` limiting the guard to
 * what the test matches.
 */
function unlessExemptions(call: ts.CallExpression): { guard: ts.Expression; exemptions: Pick<GuardRef, "exceptPrefixes" | "exceptPaths" | "onlyUnderPrefixes"> } | undefined {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "unless" || !ts.isCallExpression(unwrapExpression(callee.expression))) return undefined;
  const guard = unwrapExpression(callee.expression);
  const [option] = call.arguments.map(unwrapExpression);
  const exceptPrefixes: string[] = [];
  const exceptPaths: string[] = [];
  const onlyUnderPrefixes: string[] = [];
  const addPath = (element: ts.Expression): void => {
    const value = unwrapExpression(element);
    const exact = stringValue(value) ?? stringValue(assignedValue(value, "url"));
    if (exact?.startsWith("/")) exceptPaths.push(exact);
    else if (ts.isRegularExpressionLiteral(value)) {
      const start = regexLiteralStart(value);
      if (start) exceptPrefixes.push(start);
    }
  };
  if (option && ts.isObjectLiteralExpression(option)) {
    const paths = assignedValue(option, "path");
    const list = paths && unwrapExpression(paths);
    if (list && ts.isArrayLiteralExpression(list)) list.elements.forEach(addPath);
    else if (list) addPath(list);
  } else if (option && isFunctionLike(option) && option.body && ts.isBlock(option.body)) {
    for (const array of descendantsOfKind<ts.ArrayLiteralExpression>(option.body, ts.SyntaxKind.ArrayLiteralExpression)) array.elements.forEach(addPath);
    const [test, last] = [option.body.statements[0], option.body.statements[option.body.statements.length - 1]];
    const skipsTheRest = !!last && ts.isReturnStatement(last) && last.expression?.kind === ts.SyntaxKind.TrueKeyword;
    const condition = test && ts.isIfStatement(test) && !test.elseStatement ? unwrapExpression(test.expression) : undefined;
    const tested = condition && ts.isCallExpression(condition) && ts.isPropertyAccessExpression(condition.expression) && condition.expression.name.text === "test" ? unwrapExpression(condition.expression.expression) : undefined;
    const start = tested && ts.isRegularExpressionLiteral(tested) ? regexLiteralStart(tested) : undefined;
    if (skipsTheRest && start && test !== last) onlyUnderPrefixes.push(start);
  } else return undefined;
  return { guard, exemptions: exemptions(exceptPrefixes, exceptPaths, onlyUnderPrefixes) };
}

/** `/^\/api\/public/` → "/api/public": the literal text an anchored regular expression requires first, when it starts with "/". */
function regexLiteralStart(literal: ts.RegularExpressionLiteral): string | undefined {
  const source = literal.text.slice(1, literal.text.lastIndexOf("/"));
  if (!source.startsWith("^")) return undefined;
  let start = "";
  for (let index = 1; index < source.length; index++) {
    const char = source[index]!;
    if (char === "\\" && source[index + 1] === "/") {
      start += "/";
      index++;
    } else if (/[\\.*+?()[\]{}|$^]/.test(char)) break;
    else start += char;
  }
  // A quantifier makes the character before it optional or repeated: it is not required.
  if (/[*?{]/.test(source[1 + start.length] ?? "")) start = start.slice(0, -1);
  return start.startsWith("/") && start.length > 1 ? start : undefined;
}

/** `OpenApiValidator.middleware({ apiSpec, validateRequests: false })`: the validator's own option turns its request check off. */
function switchesRequestValidationOff(call: ts.CallExpression): boolean {
  return call.arguments.some((argument) =>
    objectLiteralBehind(argument)?.properties.some(
      (property) => ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === "validateRequests" && unwrapExpression(property.initializer).kind === ts.SyntaxKind.FalseKeyword,
    ),
  );
}

/** `requireRole("admin")` → `requireRole`; `auth.required()` → `auth.required`; `makeGuard(a)(b)` → `makeGuard`. */
export function guardName(call: ts.CallExpression): string {
  let callee = boundMethodOf(call) ?? unwrapExpression(call.expression);
  while (ts.isCallExpression(callee)) callee = unwrapExpression(callee.expression);
  // `const pauth = passport.authenticate.bind(passport)`, applied as `pauth("local")`: the method it binds.
  const bound = ts.isIdentifier(callee) ? constInitializerOf(callee) : undefined;
  if (bound && ts.isCallExpression(bound)) callee = boundMethodOf(bound) ?? callee;
  return dottedName(callee) ?? callee.getText();
}

export interface RouteOptions {
  framework: Framework;
  /** Kind of the chain arguments between path and handler. */
  guardKind: GuardRef["kind"];
  frameworkValidated?: boolean;
  ownerPrefix?: string;
}

/**
 * Adapters that hand every request to another framework's own router (Remix / React Router `createRequestHandler`,
 * React Router 7 exports it from `react-router` itself).
 */
const frameworkRouterAdapter = /^(react-router|@(remix-run|react-router)\/(express|node|architect|netlify|vercel|cloudflare|cloudflare-pages|deno|server-runtime))$/;

/**
 * `app.all("*", createRequestHandler({ build }))`: the handler a framework adapter builds dispatches to that framework's
 * own routes (loaders, actions), which are the routes; the catch-all that forwards to them is not one.
 */
function forwardsToFrameworkRouter(handler: ts.Expression | undefined): boolean {
  const expression = handler && unwrapExpression(handler);
  if (!expression || !ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression)) return false;
  return frameworkRouterAdapter.test(importedModuleOf(expression.expression.text, expression) ?? "");
}

/** `requestHandler` of `const requestHandler = createRequestHandler(build)`: a framework adapter's dispatcher, kept in a const. */
function isFrameworkRouterHandler(callee: ts.Expression): boolean {
  const initializer = ts.isIdentifier(callee) ? constInitializerOf(callee) : undefined;
  return initializer !== undefined && forwardsToFrameworkRouter(initializer);
}

/**
 * `return handle(request, …)` hands the request it was given on, as it is, to another server: a `fetch` (an app's, a
 * service binding's, the static-assets binding's `env.ASSETS.fetch`, the origin's) or a framework adapter's dispatcher.
 * That server's routes (or files) are what answers.
 */
export function handsRequestOn(call: ts.CallExpression, isRequest: (argument: ts.Expression) => boolean): boolean {
  const callee = unwrapExpression(call.expression);
  const first = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if (!first || !isRequest(first)) return false;
  const isFetch = (ts.isIdentifier(callee) && callee.text === "fetch") || (ts.isPropertyAccessExpression(callee) && callee.name.text === "fetch");
  return isFetch || isFrameworkRouterHandler(callee);
}

/**
 * `app.all("*", (c) => c.env.ASSETS.fetch(c.req.raw))`: a Hono handler whose one statement answers with its raw request
 * handed on (see handsRequestOn) serves whatever that server serves, and is judged there.
 */
function relaysRawRequest(handler: ts.Expression | undefined): boolean {
  const fn = handler && unwrapExpression(handler);
  if (!fn || !isFunctionLike(fn) || !fn.body) return false;
  const context = fn.parameters[0];
  if (!context || !ts.isIdentifier(context.name)) return false;
  const contextName = context.name.text;
  const statement = ts.isBlock(fn.body) ? (fn.body.statements.length === 1 ? fn.body.statements[0] : undefined) : fn.body;
  let value = statement && (ts.isReturnStatement(statement) ? statement.expression : ts.isExpression(statement) ? statement : undefined);
  value = value && unwrapExpression(value);
  if (value && ts.isAwaitExpression(value)) value = unwrapExpression(value.expression);
  const isRawRequest = (argument: ts.Expression): boolean => dottedName(argument) === `${contextName}.req.raw`;
  return !!value && ts.isCallExpression(value) && handsRequestOn(value, isRawRequest);
}

/** One RouteSummary per path of a registration: chain guards, then wrappers and inline checks of the handler. */
export function routeSummaries(registration: RouteRegistration, options: RouteOptions): RouteSummary[] {
  if (forwardsToFrameworkRouter(registration.chain[registration.chain.length - 1])) return [];
  const middleware = registration.chain.slice(0, -1);
  const relays = options.framework === "hono" && relaysRawRequest(registration.chain[registration.chain.length - 1]);
  const facts = describeHandler(registration.chain[registration.chain.length - 1]!);
  const guards = [...guardsFromChain(middleware, options.guardKind), ...facts.guards];
  const dispatchTargets = facts.handler ? projectObjectsUsed(facts.handler) : [];
  return [registration.method, ...(registration.otherMethods ?? [])].flatMap((method) => registration.paths.map((path) => ({
    framework: options.framework,
    method,
    path,
    ...(registration.runTimePath && { runTimePath: true as const }),
    owner: registration.owner,
    span: spanOf(registration.call),
    ...chainPosition(registration.call),
    handler: facts.handler && spanOf(facts.handler),
    handlerName: facts.handlerName,
    guards,
    frameworkValidated: options.frameworkValidated ?? false,
    markedPublic: declaredPublicByComment(registration.call, registration.ownerNode),
    ...(options.ownerPrefix ? { ownerPrefix: options.ownerPrefix } : {}),
    ...(dispatchTargets.length > 0 ? { dispatchTargets } : {}),
    ...(isNonProductionOnly(registration.call) ? { nonProductionOnly: true } : {}),
    ...(relays ? { servesAdapter: true } : {}),
  })));
}

/** `{ chainedAt }` for a call made on another call's result (`new Hono().use(mw).post(...)`), else nothing (see RouteSummary.chainedAt). */
export function chainPosition(call: ts.CallExpression): { chainedAt?: number } {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return {};
  const receiver = unwrapExpression(callee.expression);
  return ts.isCallExpression(receiver) || ts.isNewExpression(receiver) ? { chainedAt: callee.name.getStart() } : {};
}

/** A module of the project: relative, or through a root alias (`@/`, `~/`, `#`). */
const projectModule = /^(\.|@\/|~\/|#)/;

/** Names imported from the project's own modules that the handler reaches into (`routes.handlers`), for RouteSummary.dispatchTargets. */
function projectObjectsUsed(handler: ts.Node): string[] {
  const roots = new Map<string, ts.Identifier>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && !roots.has(node.expression.text)) roots.set(node.expression.text, node.expression);
    ts.forEachChild(node, visit);
  };
  visit(handler);
  return [...roots].filter(([name, at]) => projectModule.test(importedModuleOf(name, at) ?? "")).map(([name]) => name);
}

/** `owner.use(...)`-style calls are only server calls when the owner looks like an app or router (not `passport.use`, `i18n.use`). */
export function isServerLikeOwner(owner: ts.Expression): boolean {
  const expression = unwrapExpression(owner);
  if ((ts.isIdentifier(expression) && isConstructedServer(expression)) || frameworkOfConstructor(expression)) return true;
  const name = dottedName(expression) ?? ownerName(expression, expression);
  if (name === undefined) return false;
  const declaration = ts.isIdentifier(expression) ? findDeclaration(expression.text, expression) : undefined;
  if (declaration && ts.isParameter(declaration) && declaration.type && (frameworkOfTypeName(declaration.type.getText()) || isFrameworkType(declaration.type))) return true;
  return /(router|routes|app|api|server|fastify|instance)$/i.test(name.slice(name.lastIndexOf(".") + 1));
}

/** A mount path argument: `"/api"` → "/api"; Hono-style `"/api/*"` → "/api"; `"*"` → "". */
export function mountPrefix(node: ts.Expression | undefined): string | undefined {
  const value = stringValue(node);
  if (value === undefined) return undefined;
  return value.replace(/\/?\*$/, "");
}

/** How a path segment built at run time (`{ prefix: "/" + table }`) is listed: kept visible, never dropped. */
export const DYNAMIC_SEGMENT = "{dynamic}";

/** A router's `prefix` option (see pathPattern), undefined when there is none. */
export function prefixOption(options: ts.Node | undefined): string | undefined {
  const property = propertyNamed(options, "prefix");
  if (!property) return undefined;
  return ts.isPropertyAssignment(property) ? pathPattern(property.initializer) : DYNAMIC_SEGMENT;
}

/** A path with each part computed at run time shown as DYNAMIC_SEGMENT: `` `/audit/${scope}` `` → "/audit/{dynamic}". */
function pathPattern(node: ts.Expression): string {
  const expression = unwrapExpression(node);
  const value = stringValue(expression);
  if (value !== undefined) return value;
  if (ts.isTemplateExpression(expression)) {
    return expression.head.text + expression.templateSpans.map((span) => (stringValue(span.expression) ?? DYNAMIC_SEGMENT) + span.literal.text).join("");
  }
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) return pathPattern(expression.left) + pathPattern(expression.right);
  return DYNAMIC_SEGMENT;
}

/** The string a property of an object literal is set to (`{ prefix: "/users" }`). */
export function stringProperty(object: ts.Node | undefined, key: string): string | undefined {
  const property = propertyNamed(object, key);
  return property && ts.isPropertyAssignment(property) ? stringValue(unwrapExpression(property.initializer)) : undefined;
}

/** The prefix an owner declares for itself: `new Router({ prefix: "/users" })`, `new Hono().basePath("/api")`. */
export function declaredOwnerPrefix(owner: ts.Expression): string | undefined {
  const expression = unwrapExpression(owner);
  if (!ts.isIdentifier(expression)) return undefined;
  const declaration = findDeclaration(expression.text, expression);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  for (let current = unwrapExpression(declaration.initializer); ; ) {
    if (ts.isNewExpression(current) || (ts.isCallExpression(current) && !ts.isPropertyAccessExpression(current.expression))) {
      return prefixOption(current.arguments?.[0]);
    }
    if (!ts.isCallExpression(current) || !ts.isPropertyAccessExpression(current.expression)) return undefined;
    if (current.expression.name.text === "basePath" || current.expression.name.text === "prefix") return current.arguments[0] ? pathPattern(current.arguments[0]) : undefined;
    current = unwrapExpression(current.expression.expression);
  }
}

/** What one server framework adds to the shared dispatch: its route registrations and its other app/router calls. */
export interface ServerFrameworkModel {
  framework: ServerFramework;
  recordRoute(registration: RouteRegistration, summary: FileSummary): void;
  /** App/router methods other than route registrations this framework models (`use`, `route`, `register`…). */
  ownerMethods: readonly string[];
  recordOwnerCall(call: ts.CallExpression, method: string, ownerNode: ts.Expression, summary: FileSummary): void;
  /**
   * A route recorded as Express because its file names no framework (a router or instance handed in): what this
   * framework would make of it, kept on the routes for the link step, which knows what the owner is handed.
   */
  readHandedInRoute?(registration: RouteRegistration, routes: RouteSummary[]): void;
}

/**
 * One extractor for every server framework: each call is parsed as a route registration and its owner's framework
 * decided once, then handed to that framework's model alone.
 */
export function serverAppsExtractor(models: readonly ServerFrameworkModel[]): Extractor {
  const modelOf = (framework: ServerFramework | undefined): ServerFrameworkModel | undefined => models.find((model) => model.framework === framework);
  const ownerMethods = new Set(models.flatMap((model) => model.ownerMethods));
  const tableCandidates = new WeakMap<FileSummary, DispatchTableCandidate[]>();
  return {
    kinds: [ts.SyntaxKind.CallExpression, ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.TypeAliasDeclaration],
    visit(node, { summary }) {
      if (!ts.isCallExpression(node)) {
        const candidate = dispatchTableCandidate(node as ts.ClassDeclaration | ts.TypeAliasDeclaration);
        if (candidate) tableCandidates.set(summary, [...(tableCandidates.get(summary) ?? []), candidate]);
        return;
      }
      const call = node;
      const registration = parseRouteRegistration(call);
      if (registration) {
        const recorded = summary.routes.length;
        modelOf(frameworkOfOwner(registration.ownerNode))?.recordRoute(registration, summary);
        if (summary.routes.length === recorded) return;
        const ownerType = projectTypeOf(registration.ownerNode);
        if (ownerType !== undefined) for (const route of summary.routes.slice(recorded)) route.ownerType = ownerType;
        // A router handed into a file that names no server framework: the package's manifest names it (link step).
        if (frameworkImportedBy(call.getSourceFile()) === undefined) {
          const handedIn = summary.routes.slice(recorded);
          for (const route of handedIn) route.frameworkFromPackage = true;
          for (const model of models) model.readHandedInRoute?.(registration, handedIn);
        }
        return;
      }
      const callee = call.expression;
      if (!ts.isPropertyAccessExpression(callee) || !ownerMethods.has(callee.name.text)) return;
      const ownerNode = unwrapExpression(callee.expression);
      // `parent.use(child.routes())` is a koa-router mount, whatever the file imports (the parent is handed in).
      const model = modelOf(mountsKoaRouter(call) ? "koa" : addsFastifyHook(call) || registersInPlacePlugin(call) ? "fastify" : frameworkOfOwner(ownerNode));
      if (model?.ownerMethods.includes(callee.name.text)) model.recordOwnerCall(call, callee.name.text, ownerNode, summary);
    },
    finish({ summary }) {
      const candidates = tableCandidates.get(summary);
      if (candidates) recordDispatchTables(summary, candidates);
    },
  };
}

/** A top-level class that extends nothing (with its span), or a type alias naming a class (`type Commands = Router<Ctx>`). */
type DispatchTableCandidate = { name: string; span: Span } | { name: string; aliasOf: string };

function dispatchTableCandidate(node: ts.ClassDeclaration | ts.TypeAliasDeclaration): DispatchTableCandidate | undefined {
  if (!node.name || !ts.isSourceFile(node.parent)) return undefined;
  if (ts.isTypeAliasDeclaration(node)) return ts.isTypeReferenceNode(node.type) ? { name: node.name.text, aliasOf: entityRoot(node.type.typeName) } : undefined;
  if (node.heritageClauses?.some((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)) return undefined;
  const filesByVerb = node.members.some((member) => ts.isMethodDeclaration(member) && ts.isIdentifier(member.name) && routeMethods.has(member.name.text));
  return filesByVerb && !holdsServer(node) ? { name: node.name.text, span: spanOf(node) } : undefined;
}

/** The class makes an app or router (`Router()`, `new Hono()`) or keeps or is handed one (`app: Express`, `router: FastifyInstance`). */
function holdsServer(node: ts.ClassDeclaration): boolean {
  return someDescendantOfKinds(node, [ts.SyntaxKind.CallExpression, ts.SyntaxKind.NewExpression, ts.SyntaxKind.Parameter, ts.SyntaxKind.PropertyDeclaration], (inner) => {
    if (ts.isCallExpression(inner) || ts.isNewExpression(inner)) return frameworkOfConstructor(inner) !== undefined;
    const type = (inner as ts.ParameterDeclaration | ts.PropertyDeclaration).type;
    return type !== undefined && (frameworkOfTypeName(type.getText()) !== undefined || isFrameworkType(type));
  });
}

/**
 * The file's classes that hold no server: a class that registers a route or middleware in its own body wraps a
 * framework router (`post(path, h) { this.router.post(path, h) }`), so calls on its values are routes after all.
 */
function recordDispatchTables(summary: FileSummary, candidates: DispatchTableCandidate[]): void {
  const within = (span: Span, inner: Span): boolean => span.start <= inner.start && inner.end <= span.end;
  const tables = new Set<string>();
  for (const candidate of candidates) {
    if (!("span" in candidate)) continue;
    const registers = summary.routes.some((route) => within(candidate.span, route.span)) || summary.uses.some((use) => within(candidate.span, use.span));
    if (!registers) tables.add(candidate.name);
  }
  for (const candidate of candidates) if ("aliasOf" in candidate && tables.has(candidate.aliasOf)) tables.add(candidate.name);
  if (tables.size > 0) summary.dispatchTableTypes = [...tables];
}

/** `(router: CommandRouter) => router.post(...)`: the type name a parameter owner is declared with, when no server framework's. */
function projectTypeOf(ownerNode: ts.Expression): string | undefined {
  const owner = unwrapExpression(ownerNode);
  const declaration = ts.isIdentifier(owner) ? findDeclaration(owner.text, owner) : undefined;
  const type = declaration && ts.isParameter(declaration) ? declaration.type : undefined;
  if (!type || !ts.isTypeReferenceNode(type) || frameworkOfTypeName(type.getText()) !== undefined || isFrameworkType(type)) return undefined;
  return entityRoot(type.typeName);
}

/**
 * `scope.addHook("preHandler", check)`: only Fastify has `addHook`, and the hook names are its request lifecycle's, so
 * the call adds a hook whatever the file imports (a plugin file `module.exports = async (fastify) => …` imports none).
 */
function addsFastifyHook(call: ts.CallExpression): boolean {
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "addHook" && fastifyRequestHook.test(stringValue(call.arguments[0]) ?? "");
}
/**
 * `scope.register(async (inner) => { … })`: a plugin function handed in place to `register` is Fastify's (avvio's)
 * encapsulated scope, whose hooks reach only the routes registered inside it.
 */
function registersInPlacePlugin(call: ts.CallExpression): boolean {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "register" || !call.arguments[0]) return false;
  let plugin = unwrapExpression(call.arguments[0]);
  if (ts.isCallExpression(plugin) && plugin.arguments[0]) plugin = unwrapExpression(plugin.arguments[0]);
  return isFunctionLike(plugin) && plugin.parameters.length > 0;
}
const fastifyRequestHook = /^(onRequest|preParsing|preValidation|preHandler|preSerialization|onSend|onResponse|onError|onTimeout|onRequestAbort)$/;

/** `x.use(router.routes())`: only a koa-router has a `routes()` method that `use` mounts. */
function mountsKoaRouter(call: ts.CallExpression): boolean {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "use") return false;
  return call.arguments.some((argument) => {
    const value = unwrapExpression(argument);
    return ts.isCallExpression(value) && value.arguments.length === 0 && ts.isPropertyAccessExpression(value.expression) && value.expression.name.text === "routes";
  });
}
