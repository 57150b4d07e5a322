// The app-configuration model: what an app declares around its routes — its CORS policy, security-header middleware,
// the cookies it sets and its session middleware options, the servers it exposes and next.config `headers()`.
// Records data only (spans, names, flags); rules judge it. Never executes next.config or any project code.
import * as path from "node:path";
import { ts } from "ts-morph";
import type { ExtractionContext, Extractor } from "./summarize.js";
import { assignedValue, calleeModuleOf, calleeText, constantString, constInitializerOf, dottedName, enclosingFunction, findDeclaration, importedModuleOf, importedModuleOfCallee, importedModuleOfRoot, isFallbackOperator, isFunctionLike, nameWords, objectLiteralBehind, propertyNamed, referencesOf, spanOf, stringValue, textMatches, unwrapExpression } from "./syntax.js";
import { guardName } from "./frameworks/server-apps.js";
import { isNullish } from "./parameter-checks.js";
import { responseBodyOf } from "./responses.js";
import { fetchedAnswerSource } from "./outbound-calls.js";
import type { Span } from "../engine/types.js";
import type { AppConfigSummary, CookieFlag, CookieWriteSummary, CorsPolicySummary, FileSummary, ServerAppSummary } from "./types.js";

const { SyntaxKind } = ts;

const corsMiddlewareModules = /^(cors|@koa\/cors|koa2?-cors|hono\/cors)$/;
const corsPluginModules = /^(@fastify\/cors|fastify-cors)$/;
const securityHeaderModules = /^(helmet|koa-helmet|@fastify\/helmet|fastify-helmet|hono\/secure-headers)$/;
/**
 * Modules that serve HTML pages or static files: API reference UIs (chanfana serves Swagger UI and ReDoc by default),
 * static folders, view engines, dashboards, and server-side rendering request handlers (React Router, Remix).
 */
export const documentModules =
  /^(swagger-ui-express|swagger-ui-dist|@fastify\/(swagger-ui|static|view)|@hono\/swagger-ui|@scalar\/.+|chanfana|serve-static|koa-static|koa-views|@koa\/views|express-handlebars|ejs|pug|hono\/(html|jsx|serve-static)|@hono\/node-server\/serve-static|@bull-board\/.+|@nestjs\/(swagger|serve-static)|react-router|@react-router\/(node|express|cloudflare|serve)|@remix-run\/(node|express|cloudflare|deno|server-runtime|serve))$/;
/** Response methods that answer a page or a file the browser renders. */
const documentMethods = new Set(["html", "render", "sendFile", "view", "static"]);
const nextConfigFile = /^next\.config\.(js|mjs|cjs|ts|mts)$/;

/** Headers that count as "the app sets security headers itself" (helmet's two most load-bearing ones). */
export const securityHeaderNames: readonly string[] = ["x-content-type-options", "content-security-policy"];
/** The basic set a Next.js `headers()` block must send. */
export const nextBasicHeaders: readonly string[] = ["X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy"];
const trackedHeaders = new Set(["access-control-allow-origin", "set-cookie", ...securityHeaderNames]);

/** Cookie names that carry a session or credential (a CSRF double-submit token is meant to be read by scripts). */
const credentialCookieName = /sess|sid|token|auth|jwt|refresh|access|login|remember|identity|credential/i;

/**
 * Session middleware by module, with the flags its cookie gets by default, and where its cookie options live
 * (`express-session` nests them under `cookie`; `cookie-session` and `koa-session` take them at the top level).
 */
const sessionModules: ReadonlyMap<string, { defaults: CookieFlag[]; cookieProperty?: string; secureByScheme?: string }> = new Map([
  // express-session sets no cookie at all when `secure` is on and it does not see the request as HTTPS; "auto" follows it.
  ["express-session", { defaults: ["httpOnly"], cookieProperty: "cookie", secureByScheme: `"auto"` }],
  ["cookie-session", { defaults: ["httpOnly"] }],
  // koa-session writes through `ctx.cookies`, which is Secure whenever Koa sees the request as HTTPS.
  ["koa-session", { defaults: ["httpOnly", "secure"] }],
]);

const responseReceiver = /^(res|response|reply|resp|ctx\.res|context\.res)$/;
const requestOrigin =
  /headers?\s*(\.\s*origin\b|\[\s*["'`]origin["'`]\s*\]|\.get\(\s*["'`]origin["'`]\s*\))|\b(req|request|ctx|context|c\.req)\s*\.\s*(get|header)\(\s*["'`]origin["'`]\s*\)/i;

/** An origin the request picks some other way: a query or body field, a route parameter, the URL itself. */
const requestChosenValue = /\b(req|request|ctx|c\.req)\s*\.\s*(query|body|params|url)\b/;

export function appConfigOf(summary: FileSummary): AppConfigSummary {
  return (summary.appConfig ??= { servers: [], cors: [], securityHeaderUses: [], securityHeaderSetters: [], cookies: [] });
}

/** The header a call or object property writes: `res.setHeader("X", v)`, `c.header("X", v)`, `{ "X": v }`, `{ key: "X", value: v }`. */
export interface HeaderWrite {
  name: string;
  value: ts.Expression;
  node: ts.Node;
}

export function headerWritesAt(node: ts.Node): HeaderWrite[] {
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    if (!ts.isPropertyAccessExpression(callee) || !/^(setHeader|header|set|append)$/.test(callee.name.text)) return [];
    const name = stringValue(node.arguments[0])?.toLowerCase();
    const value = node.arguments[1];
    return name && value && trackedHeaders.has(name) ? [{ name, value, node }] : [];
  }
  if (!ts.isObjectLiteralExpression(node)) return [];
  const key = stringValue(assignedValue(node, "key"))?.toLowerCase();
  const keyedValue = assignedValue(node, "value");
  if (key && keyedValue && trackedHeaders.has(key)) return [{ name: key, value: keyedValue, node }];
  const writes: HeaderWrite[] = [];
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const name = (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name) ? property.name.text : undefined)?.toLowerCase();
    if (name && trackedHeaders.has(name)) writes.push({ name, value: property.initializer, node: property });
  }
  return writes;
}

/** True when `node` (a function, say) writes X-Content-Type-Options or Content-Security-Policy somewhere inside. */
export function setsSecurityHeaders(node: ts.Node): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found) return;
    if (headerWritesAt(child).some((write) => securityHeaderNames.includes(write.name))) found = true;
    else ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

// ---- CORS

/** Libraries whose CORS default sends the request's own origin back: @koa/cors, and GraphQL Yoga's `cors` option. */
const echoesOriginByDefault = /^(@koa\/cors|graphql-yoga|@graphql-yoga\/node)$/;
/** Constructors and factories taking a `cors` option: Apollo Server 2/3 (its integrations too) and GraphQL Yoga. */
const graphqlServers: ReadonlyArray<[RegExp, string]> = [
  [/^apollo-server(-[a-z]+)?$/, "ApolloServer"],
  [/^(graphql-yoga|@graphql-yoga\/node)$/, "createYoga"],
  [/^(graphql-yoga|@graphql-yoga\/node)$/, "createServer"],
];

/**
 * The policy a CORS options value declares; `undefined` options mean the library default: `*` for most libraries,
 * the request's own origin for @koa/cors.
 */
function corsPolicyOf(options: ts.Expression | undefined, call: ts.Node, owner: string | undefined, module?: string): CorsPolicySummary {
  const base = { source: "middleware" as const, span: spanOf(call), ...(owner ? { owner } : {}), ...(isNonProductionOnly(call) ? { nonProductionOnly: true } : {}) };
  const defaultOrigin = module !== undefined && echoesOriginByDefault.test(module) ? "reflected" : "any";
  const resolved = options && resolveLocalObject(options);
  if (!options) return { ...base, origin: defaultOrigin, credentials: false };
  if (options.kind === SyntaxKind.TrueKeyword) return { ...base, origin: "any", credentials: false };
  if (!resolved) return { ...base, origin: "restricted", credentials: false };
  const originProperty = propertyNamed(resolved, "origin");
  // `origin(ctx) { … }`: the callback written as a method.
  const originValue = originProperty && ts.isMethodDeclaration(originProperty) ? originProperty : assignedValue(resolved, "origin");
  const credentials = assignedValue(resolved, "credentials")?.kind === SyntaxKind.TrueKeyword;
  const origin = originValue ? originKind(originValue) : defaultOrigin;
  return { ...base, origin, credentials, options: spanOf(resolved), ...(originValue ? { originValue: spanOf(originValue) } : {}) };
}

/**
 * `"*"` → any (sent literally, so browsers refuse it with credentials); `true`, `(origin) => origin` or a callback
 * admitting everything → reflected (CORS libraries echo the request's origin for those); anything else is a policy.
 */
function originKind(value: ts.Expression | ts.MethodDeclaration): CorsPolicySummary["origin"] {
  if (!ts.isMethodDeclaration(value)) {
    if (stringValue(value) === "*") return "any";
    if (isNullOrigin(value)) return "null";
    if (value.kind === SyntaxKind.TrueKeyword) return "reflected";
  }
  if (!isFunctionLike(value) || !value.body) return "restricted";
  const parameter = value.parameters[0]?.name;
  const parameterName = parameter && ts.isIdentifier(parameter) ? parameter.text : undefined;
  const body = ts.isBlock(value.body) ? value.body.statements : [value.body];
  // A callback that decides nothing: `(origin, cb) => cb(null, true)`, `(origin) => origin`.
  if (body.length !== 1) return "restricted";
  const statement = body[0]!;
  const expression = ts.isExpressionStatement(statement) ? statement.expression : ts.isReturnStatement(statement) ? statement.expression : ts.isExpression(statement) ? statement : undefined;
  if (!expression) return "restricted";
  const result = unwrapExpression(expression);
  if (ts.isIdentifier(result) && result.text === parameterName) return "reflected";
  // `(ctx) => (allowed.includes(ctx.get("Origin")) ? ctx.get("Origin") : "")`: echoed only when a test admits it.
  if (ts.isConditionalExpression(result)) return "restricted";
  // @koa/cors hands its callback the context: `(ctx) => ctx.get("Origin")` echoes whatever the request claims.
  if (readsRequestOrigin(result)) return "reflected";
  if (result.kind === SyntaxKind.TrueKeyword) return "reflected";
  if (stringValue(result) === "*") return "any";
  if (ts.isCallExpression(result) && result.arguments.length === 2) {
    const admitted = unwrapExpression(result.arguments[1]!);
    if (admitted.kind === SyntaxKind.TrueKeyword) return "reflected";
    if (stringValue(admitted) === "*") return "any";
    if (ts.isIdentifier(admitted) && admitted.text === parameterName) return "reflected";
  }
  return "restricted";
}

/** The origin `null` (as text or as the keyword, which header setters send as "null"): what sandboxed frames and `data:` pages send. */
function isNullOrigin(value: ts.Expression): boolean {
  return stringValue(value) === "null" || unwrapExpression(value).kind === SyntaxKind.NullKeyword;
}

/** An object literal written in place or bound to a local const (`const corsOptions = {...}`). */
function resolveLocalObject(expression: ts.Expression): ts.ObjectLiteralExpression | undefined {
  const unwrapped = unwrapExpression(expression);
  if (ts.isObjectLiteralExpression(unwrapped)) return unwrapped;
  if (!ts.isIdentifier(unwrapped)) return undefined;
  const declaration = findDeclaration(unwrapped.text, unwrapped);
  const initializer = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && unwrapExpression(declaration.initializer);
  return initializer && ts.isObjectLiteralExpression(initializer) ? initializer : undefined;
}

/** What a file may import for an extractor to look further: a module pattern, or modules by name. */
type ImportedModuleTest = RegExp | ReadonlyMap<string, unknown>;

/**
 * A cheap gate before resolving a callee's binding: the file imports or requires such a module at all. Asked at every
 * call, so each answer is kept until the walk records another import.
 */
function importsModuleOf(summary: FileSummary, test: ImportedModuleTest): boolean {
  let known = importAnswers.get(summary);
  if (known?.importCount !== summary.imports.length) importAnswers.set(summary, (known = { importCount: summary.imports.length, answers: new Map() }));
  let answer = known.answers.get(test);
  if (answer === undefined) {
    answer = summary.imports.some((binding) => (test instanceof RegExp ? test.test(binding.module) : test.has(binding.module)));
    known.answers.set(test, answer);
  }
  return answer;
}

const importAnswers = new WeakMap<FileSummary, { importCount: number; answers: Map<ImportedModuleTest, boolean> }>();
const graphqlServerModules = new RegExp(graphqlServers.map(([pattern]) => pattern.source).join("|"));


function useOwner(call: ts.CallExpression): string | undefined {
  const parent = call.parent;
  if (!ts.isCallExpression(parent) || !ts.isPropertyAccessExpression(parent.expression)) return undefined;
  return /^(use|register)$/.test(parent.expression.name.text) ? dottedName(unwrapExpression(parent.expression.expression)) : undefined;
}

/** `NestFactory.create(...)` or Socket.IO's `new Server(...)`, which take CORS settings among their options. */
function isCorsOptionsCall(call: ts.CallExpression | ts.NewExpression): boolean {
  const callee = calleeText(call);
  return callee === "NestFactory.create" || (ts.isNewExpression(call) && callee === "Server" && importedModuleOf("Server", call) === "socket.io");
}

function visitCorsCall(call: ts.CallExpression | ts.NewExpression, summary: FileSummary): void {
  const args: readonly ts.Expression[] = call.arguments ?? [];
  const module = ts.isCallExpression(call) && importsModuleOf(summary, corsMiddlewareModules) ? importedModuleOfCallee(call) : undefined;
  if (ts.isCallExpression(call) && module !== undefined && corsMiddlewareModules.test(module)) {
    appConfigOf(summary).cors.push(corsPolicyOf(args[0], call, useOwner(call), module));
  } else if (ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "register") {
    const plugin = args[0] && unwrapExpression(args[0]);
    if (plugin && ts.isIdentifier(plugin) && corsPluginModules.test(importedModuleOf(plugin.text, plugin) ?? "")) {
      appConfigOf(summary).cors.push(corsPolicyOf(args[1], call, dottedName(unwrapExpression(call.expression.expression))));
    }
  } else if (ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "enableCors") {
    appConfigOf(summary).cors.push(corsPolicyOf(args[0], call, dottedName(unwrapExpression(call.expression.expression))));
  } else if (importsModuleOf(summary, graphqlServerModules) && graphqlServerModule(call) !== undefined) {
    // `new ApolloServer({ cors: { origin: true, credentials: true } })`, `createYoga({ cors: … })`.
    const options = args[0] && resolveLocalObject(args[0]);
    const cors = assignedValue(options, "cors");
    if (cors && cors.kind !== SyntaxKind.FalseKeyword) appConfigOf(summary).cors.push(corsPolicyOf(cors, call, undefined, graphqlServerModule(call)));
  } else if (isCorsOptionsCall(call)) {
    // `NestFactory.create(AppModule, { cors: true })`, `new Server(http, { cors: { origin: "*" } })`: no `cors` key, no CORS.
    const options = args[args.length - 1] && resolveLocalObject(args[args.length - 1]!);
    const cors = assignedValue(options, "cors");
    if (cors) appConfigOf(summary).cors.push(corsPolicyOf(cors, call, undefined));
  }
}

/** The module of a GraphQL server constructor or factory that takes a `cors` option, or undefined. */
function graphqlServerModule(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = calleeText(call);
  if (!callee || callee.includes(".")) return undefined;
  const module = importedModuleOf(callee, call);
  if (module === undefined || !graphqlServers.some(([pattern]) => pattern.test(module))) return undefined;
  const { member } = calleeModuleOf(call.expression);
  return graphqlServers.some(([pattern, name]) => pattern.test(module) && (member || callee) === name) ? module : undefined;
}

function visitCorsHeader(write: HeaderWrite, summary: FileSummary): void {
  const value = unwrapExpression(write.value);
  const credentials = /access-control-allow-credentials["'`]?\s*[,:]\s*(value\s*:\s*)?(["'`]true|true\b)/i.test(headerGroupOf(write.node).getText());
  let origin: CorsPolicySummary["origin"] = "restricted";
  if (stringValue(value) === "*") origin = "any";
  else if (isNullOrigin(value)) origin = "null";
  else if (readsRequestOrigin(value) && !isOriginChecked(write.node, value)) origin = "reflected";
  const nonProductionOnly = isNonProductionOnly(write.node);
  appConfigOf(summary).cors.push({ source: "header", span: spanOf(write.node), origin, credentials, ...(nonProductionOnly ? { nonProductionOnly } : {}) });
}

/** The headers sent together with a write: its `{ key, value }` list (one next.config `headers()` entry), else its function. */
function headerGroupOf(write: ts.Node): ts.Node {
  return ts.isObjectLiteralExpression(write) && ts.isArrayLiteralExpression(write.parent) ? write.parent : enclosingScope(write);
}

const nonProductionValue = /^(development|dev|local|test)$/i;
const productionValue = /^prod(uction)?$/i;

/**
 * Code that runs only outside production: the branch of an `if` or `?:` that a production deploy never takes
 * (`if (isProduction) … else <here>`, `if (env.MODE === "local") <here>`, `if (process.env.NODE_ENV !== "production") <here>`).
 */
export function isNonProductionOnly(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent && !ts.isSourceFile(parent); child = parent, parent = parent.parent) {
    const branch = ts.isIfStatement(parent) ? branchOf(parent.expression, child === parent.thenStatement, child === parent.elseStatement) : ts.isConditionalExpression(parent) ? branchOf(parent.condition, child === parent.whenTrue, child === parent.whenFalse) : false;
    if (branch) return true;
  }
  return false;
}

/** Whether the taken branch (`inThen` / `inElse`) of `condition` is the non-production one. */
function branchOf(condition: ts.Expression, inThen: boolean, inElse: boolean): boolean {
  if (!inThen && !inElse) return false;
  const says = productionSaid(unwrapExpression(condition));
  return says === "production" ? inElse : says === "non-production" ? inThen : false;
}

/** What a condition asserts about the deployment when true, if it asserts anything. */
function productionSaid(condition: ts.Expression): "production" | "non-production" | undefined {
  const flip = (said: ReturnType<typeof productionSaid>): ReturnType<typeof productionSaid> => (said === "production" ? "non-production" : said === "non-production" ? "production" : undefined);
  if (ts.isPrefixUnaryExpression(condition) && condition.operator === SyntaxKind.ExclamationToken) return flip(productionSaid(unwrapExpression(condition.operand)));
  if (ts.isIdentifier(condition) || ts.isPropertyAccessExpression(condition)) {
    // `isProduction`, `env.IS_PROD`, `runsInProduction`; `isDev`, `localMode`; `isNotProduction` says the opposite.
    const words = nameWords(ts.isIdentifier(condition) ? condition.text : condition.name.text);
    const negated = words.some((word) => word === "not" || word === "non");
    const said = words.some((word) => productionValue.test(word)) ? "production" : words.some((word) => nonProductionValue.test(word) && word !== "test") ? "non-production" : undefined;
    return negated ? flip(said) : said;
  }
  if (!ts.isBinaryExpression(condition)) return undefined;
  const operator = condition.operatorToken.kind;
  const isEqual = operator === SyntaxKind.EqualsEqualsEqualsToken || operator === SyntaxKind.EqualsEqualsToken;
  const isNotEqual = operator === SyntaxKind.ExclamationEqualsEqualsToken || operator === SyntaxKind.ExclamationEqualsToken;
  if (!isEqual && !isNotEqual) return undefined;
  const value = stringValue(unwrapExpression(condition.right)) ?? stringValue(unwrapExpression(condition.left));
  const said = value === undefined ? undefined : productionValue.test(value) ? "production" : nonProductionValue.test(value) ? "non-production" : undefined;
  return isEqual ? said : flip(said);
}

function enclosingScope(node: ts.Node): ts.Node {
  for (let current = node.parent; current; current = current.parent) if (isFunctionLike(current) || ts.isSourceFile(current)) return current;
  return node.getSourceFile();
}

/** `req.headers.origin`, `request.headers.get("origin")`, `c.req.header("Origin")`, or a local const holding one. */
function readsRequestOrigin(value: ts.Expression): boolean {
  const claimed = (text: string): boolean => requestOrigin.test(text) || requestChosenValue.test(text);
  if (claimed(value.getText())) return true;
  if (!ts.isIdentifier(value)) return false;
  let declaration: ts.Node | undefined = findDeclaration(value.text, value);
  // `const { origin } = parse(req.url, true).query`: the pattern's initializer.
  while (declaration && (ts.isBindingElement(declaration) || ts.isObjectBindingPattern(declaration))) declaration = declaration.parent;
  const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  return !!initializer && !ts.isConditionalExpression(unwrapExpression(initializer)) && claimed(initializer.getText());
}

/** The echoed origin is compared with an allow-list first: an enclosing `if (allowed.includes(origin))` or `if (origin in table)`, or a conditional value. */
function isOriginChecked(write: ts.Node, value: ts.Expression): boolean {
  if (ts.isConditionalExpression(value)) return true;
  const name = ts.isIdentifier(value) ? value.text : undefined;
  for (let current = write.parent; current && !isFunctionLike(current); current = current.parent) {
    if (!ts.isIfStatement(current)) continue;
    const condition = current.expression.getText();
    if ((name ? condition.includes(name) : requestOrigin.test(condition)) && /\.(includes|has|test|indexOf|some)\(|===|endsWith\(|\sin\s/.test(condition)) return true;
  }
  return false;
}

// ---- servers and security headers

/** The modules whose imports `serverFrameworkOf` asks about: a file that never spells one imports none of them. */
const serverModuleSpelling = /express|koa|fastify/;

/** `express()`, `new Koa()`, `Fastify()`, `new Hono()`, `await NestFactory.create(AppModule)`: apps, not routers. */
export function serverFrameworkOf(initializer: ts.Expression): ServerAppSummary["framework"] | undefined {
  let expression = unwrapExpression(initializer);
  if (ts.isAwaitExpression(expression)) expression = unwrapExpression(expression.expression);
  if (!ts.isCallExpression(expression) && !ts.isNewExpression(expression)) return undefined;
  const name = calleeText(expression);
  // Every variable made by a call comes here: the scope climb only where the file spells one of the modules asked about.
  const module = name && textMatches(expression.getSourceFile(), serverModuleSpelling) ? importedModuleOfRoot(name, expression) : undefined;
  if (name === "NestFactory.create") return "nest";
  if (ts.isCallExpression(expression) && (name === "express" || (module === "express" && name !== undefined && !name.includes(".") && name !== "Router"))) return "express";
  if (ts.isNewExpression(expression) && (name === "Koa" || module === "koa")) return "koa";
  if (ts.isNewExpression(expression) && (name === "Hono" || name === "OpenAPIHono")) return "hono";
  if (ts.isCallExpression(expression) && name !== undefined && (/^fastify$/i.test(name) || module === "fastify")) return "fastify";
  return undefined;
}

function visitServerDeclaration(declaration: ts.VariableDeclaration, summary: FileSummary): void {
  if (!ts.isIdentifier(declaration.name) || !declaration.initializer) return;
  const framework = serverFrameworkOf(declaration.initializer);
  const statement = declaration.parent.parent;
  if (!framework || !ts.isVariableStatement(statement)) return;
  const exported = (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === SyntaxKind.ExportKeyword);
  const initializer = unwrapExpression(declaration.initializer);
  appConfigOf(summary).servers.push({
    owner: declaration.name.text,
    framework,
    span: spanOf(declaration.name),
    statement: spanOf(statement),
    isExposed: exported,
    // `new Hono().get(...)`: middleware added after the declaration would come after these routes.
    isChained: ts.isCallExpression(initializer) && ts.isPropertyAccessExpression(initializer.expression),
    ...(answersOnlyAtOnce(declaration) ? { answersAtOnce: true as const } : {}),
    ...(!exported && isConfinedToFile(declaration) ? { confinedToFile: true as const } : {}),
  });
}

/** `createServer(app)`, `serve(app)`, `Bun.serve(app)`: calls that start an app, which add nothing to it. */
const startsApp = /(^|\.)(createServer|serve)$/;

/**
 * `const app = new Hono(); app.get("/", …); export default { fetch: app.fetch }`: every use of the app in its file calls
 * one of its methods, hands over its `fetch` or starts it. It is neither exported nor handed to a set-up function, so no
 * other module can add a route or middleware to it.
 */
function isConfinedToFile(declaration: ts.VariableDeclaration): boolean {
  return referencesOf(declaration).every((reference) => {
    const parent = reference.parent;
    if (ts.isCallExpression(parent) && parent.arguments.includes(reference)) return startsApp.test(calleeText(parent) ?? "");
    if (!ts.isPropertyAccessExpression(parent) || parent.expression !== reference) return false;
    return parent.name.text === "fetch" || (ts.isCallExpression(parent.parent) && parent.parent.expression === parent);
  });
}

/** Whether this file may answer an HTML document: a handler sends one (see mayAnswerDocument), it renders JSX or uses a page-serving module. */
export function fileMayServeDocuments(summary: FileSummary): boolean {
  return !!summary.servesDocuments || !!summary.codeMarkers?.rendersJsx || summary.imports.some((binding) => documentModules.test(binding.module));
}

/** Route methods a probe server answers on. */
const routeMethods = new Set(["get", "head", "post", "put", "patch", "delete", "all", "options"]);
/** Response calls that only set a status or send the body they are given. */
const answerMethods = new Set(["status", "sendStatus", "send", "json", "end", "text", "type"]);

/**
 * `const app = express(); app.get("/healthz", (req, res) => res.status(200).send("OK")); app.listen(port)`: every use of
 * the app in its file registers a route whose handler answers a plain body at once, or starts it (`listen`,
 * `createServer(app)`). Nothing else reaches the app (no middleware, no export), so every request it serves is
 * answered before any work starts: a health probe's server, with nothing in flight and no document to protect.
 */
function answersOnlyAtOnce(declaration: ts.VariableDeclaration): boolean {
  const references = referencesOf(declaration);
  let routes = 0;
  for (const reference of references) {
    const parent = reference.parent;
    if (ts.isCallExpression(parent) && parent.arguments.includes(reference) && /(^|\.)createServer$/.test(calleeText(parent) ?? "")) continue;
    if (!ts.isPropertyAccessExpression(parent) || parent.expression !== reference || !ts.isCallExpression(parent.parent) || parent.parent.expression !== parent) return false;
    if (parent.name.text === "listen") continue;
    const [, handler, ...rest] = parent.parent.arguments;
    if (!routeMethods.has(parent.name.text) || rest.length > 0 || !handler || !isAtOnceAnswer(unwrapExpression(handler))) return false;
    routes++;
  }
  return routes > 0;
}

/**
 * A handler that awaits nothing, whose only calls are response calls on its parameters with plain bodies, and that
 * returns nothing else: `(req, res) => { res.send({ status: "ok" }) }`, Fastify's `async () => ({ ok: true })`.
 */
function isAtOnceAnswer(handler: ts.Expression): boolean {
  if (!ts.isArrowFunction(handler) && !ts.isFunctionExpression(handler)) return false;
  const parameters = new Set(handler.parameters.flatMap((parameter) => (ts.isIdentifier(parameter.name) ? [parameter.name.text] : [])));
  const isPlainAnswer = (value: ts.Expression): boolean => isPlainBody(value) || (ts.isCallExpression(value) && isPlainAnswerCall(value, parameters));
  if (!ts.isBlock(handler.body) && !isPlainAnswer(unwrapExpression(handler.body))) return false;
  let answers = true;
  const visit = (node: ts.Node): void => {
    if (!answers) return;
    if (ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node) || isFunctionLike(node)) answers = false;
    else if (ts.isCallExpression(node) && !isPlainAnswerCall(node, parameters)) answers = false;
    else if (ts.isReturnStatement(node) && node.expression && !isPlainAnswer(unwrapExpression(node.expression))) answers = false;
    else ts.forEachChild(node, visit);
  };
  visit(handler.body);
  return answers;
}

/** `res.status(200).send("OK")`: a chain of answer methods rooted at a handler parameter, each given plain values. */
function isPlainAnswerCall(call: ts.CallExpression, parameters: ReadonlySet<string>): boolean {
  let current: ts.Expression = call;
  while (ts.isCallExpression(current)) {
    const callee = current.expression;
    if (!ts.isPropertyAccessExpression(callee) || !answerMethods.has(callee.name.text)) return false;
    if (!current.arguments.every((argument) => isPlainBody(unwrapExpression(argument)))) return false;
    current = unwrapExpression(callee.expression);
  }
  return ts.isIdentifier(current) && parameters.has(current.text);
}

const loopbackHosts = new Set(["127.0.0.1", "localhost", "::1"]);

/**
 * Where a `listen(...)` binds, from its literal arguments (`listen(0, "127.0.0.1")`) or options (`{ port: 0, host:
 * "localhost" }`): port 0 lets the OS choose the port, and a loopback host accepts only this machine's connections.
 */
export function listenAddressOf(args: readonly ts.Expression[]): { osChosenPort: boolean; loopback: boolean } {
  const values: ts.Expression[] = [];
  for (const argument of args) {
    const value = unwrapExpression(argument);
    if (ts.isObjectLiteralExpression(value)) {
      for (const property of value.properties) {
        if (ts.isPropertyAssignment(property) && /^(port|host|hostname)$/.test(property.name.getText())) values.push(unwrapExpression(property.initializer));
      }
    } else values.push(value);
  }
  return {
    osChosenPort: values.some((value) => ts.isNumericLiteral(value) && value.text === "0"),
    loopback: values.some((value) => loopbackHosts.has(stringValue(value) ?? "")),
  };
}

function markExposed(name: string | undefined, summary: FileSummary): void {
  if (name === undefined || !summary.appConfig) return;
  for (const server of summary.appConfig.servers) if (server.owner === name) server.isExposed = true;
}

/** `app.listen()`, `export default app`, `module.exports = app`, `export { app }`, `return app`, `{ fetch: app.fetch }`, `createServer(app)`. */
function visitExposure(node: ts.Node, summary: FileSummary): void {
  if (!summary.appConfig?.servers.length) return;
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    // On a port the OS picks at a loopback address, only the process that reads the address back reaches the app
    // (an internal tunnel it hands to a child process): no browser loads it, and no proxy config can name the port.
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "listen") {
      const address = listenAddressOf(node.arguments);
      if (!address.osChosenPort || !address.loopback) markExposed(dottedName(unwrapExpression(callee.expression)), summary);
    }
    else if (/(^|\.)(createServer|serve)$/.test(calleeText(node) ?? "")) for (const argument of node.arguments) markExposed(exposedName(argument), summary);
  } else if (ts.isExportAssignment(node) || ts.isReturnStatement(node)) {
    if (node.expression) markExposed(exposedName(node.expression), summary);
    if (ts.isReturnStatement(node) && node.expression) noteFactory(node, exposedName(node.expression), summary);
  } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.EqualsToken && node.left.getText() === "module.exports") {
    markExposed(dottedName(unwrapExpression(node.right)), summary);
  } else if (ts.isExportSpecifier(node) && !node.parent.parent.moduleSpecifier) {
    markExposed((node.propertyName ?? node.name).text, summary);
  }
}

/** `function createBilling() { const app = new Hono(); …; return app; }`: the named factory that returns the app. */
function noteFactory(statement: ts.ReturnStatement, name: string | undefined, summary: FileSummary): void {
  const factory = enclosingFunctionNames(statement)[0];
  const server = summary.appConfig?.servers.find((candidate) => candidate.owner === name);
  if (server && factory) server.factory = { name: factory, results: [] };
}

/**
 * `export const billing = createBilling(config)`: module-level consts holding a factory's app, which may be mounted by
 * name; and `export const shards = { core: createShard("core") }`: members of an object of such apps (`shards.core`).
 */
function recordFactoryResults(context: ExtractionContext): void {
  const factories = context.summary.appConfig?.servers.filter((server) => server.factory) ?? [];
  if (factories.length === 0) return;
  const note = (holder: string, value: ts.Expression | undefined): void => {
    const initializer = value && unwrapExpression(value);
    const callee = initializer && ts.isCallExpression(initializer) && ts.isIdentifier(initializer.expression) ? initializer.expression.text : undefined;
    if (callee) for (const server of factories) if (server.factory!.name === callee) server.factory!.results.push(holder);
  };
  for (const statement of context.sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const initializer = unwrapExpression(declaration.initializer);
      if (!ts.isObjectLiteralExpression(initializer)) note(declaration.name.text, initializer);
      else for (const property of initializer.properties) if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name)) note(`${declaration.name.text}.${property.name.text}`, property.initializer);
    }
  }
}

/** `app` for `app` itself or a fetch handler made from it (`{ fetch: app.fetch }`, `Deno.serve(app.fetch)`). */
function exposedName(node: ts.Expression): string | undefined {
  const expression = unwrapExpression(node);
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression) && expression.name.text === "fetch") return dottedName(expression.expression);
  const fetch = ts.isObjectLiteralExpression(expression) ? assignedValue(expression, "fetch") : undefined;
  return fetch && ts.isPropertyAccessExpression(fetch) ? dottedName(fetch.expression) : undefined;
}

/**
 * A response that may be an HTML document: `c.html(...)`, `res.render(...)`, `res.sendFile(...)`, `express.static(...)`,
 * or a text body (`res.send`, `ctx.body =`, `new Response`) other than a JSON/number value or a literal without markup.
 * JSON bodies and Hono's `c.text` (text/plain) are never rendered as pages.
 */
/** Per file, the local functions whose results its answers relay (see mayAnswerDocument). */
const relaysOfLocalFunctions = new WeakMap<FileSummary, string[]>();

function recordDocumentAnswer(node: ts.Node, summary: FileSummary): void {
  const answer = mayAnswerDocument(node, summary);
  if (answer === true) summary.servesDocuments = true;
  else if (answer !== false) relaysOfLocalFunctions.set(summary, [...(relaysOfLocalFunctions.get(summary) ?? []), answer.localFunction]);
}

/**
 * Whether the node may answer a document: true, false, or the name of a function of this file whose result the answer
 * relays (`new Response((await proxy(request)).body)`), which it does not when that function returns a fetched answer.
 */
function mayAnswerDocument(node: ts.Node, summary: FileSummary): boolean | { localFunction: string } {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && documentMethods.has(node.expression.name.text)) return true;
  const response = responseBodyOf(node);
  if (!response || response.format === "json") return false;
  const relayed = relayedAnswerOf(response.body, summary);
  if (relayed === "fetched") return false;
  if (ts.isNewExpression(node) && node.arguments?.[1] && initSetsSecurityHeaders(node.arguments[1])) return false;
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    if (node.expression.name.text === "text" || !isLocalToAFunction(node.expression.expression) || sendsSdkCommand(node)) return false;
  }
  if (isPlainBody(unwrapExpression(response.body))) return false;
  const type = declaredContentType(node);
  return (type === undefined || documentTypes.test(type)) && (relayed ?? true);
}

/** Media types a browser renders as a page or runs as markup. */
const documentTypes = /html|xml|svg/i;

/**
 * The media type the answer at `node` declares, written out: `new Response(body, { headers: { "Content-Type": … } })`,
 * or, earlier in the same handler on the same response, `res.setHeader("Content-Type", …)`, `res.type(…)`,
 * `ctx.type = …` (also chained before the send: `res.type("text/plain").send(body)`). A protobuf or markdown answer is
 * no page, whatever its bytes.
 */
function declaredContentType(node: ts.Node): string | undefined {
  if (ts.isNewExpression(node)) {
    const headers = node.arguments?.[1] && assignedValue(objectLiteralBehind(node.arguments[1]), "headers");
    const source = headers && ts.isNewExpression(headers) ? headers.arguments?.[0] : headers;
    const literal = source && objectLiteralBehind(source);
    const property = literal?.properties.find((entry) => ts.isPropertyAssignment(entry) && (ts.isStringLiteral(entry.name) || ts.isIdentifier(entry.name)) && /^content-?type$/i.test(entry.name.text));
    return property && ts.isPropertyAssignment(property) ? constantString(property.initializer) : undefined;
  }
  const target = ts.isCallExpression(node) ? node.expression : ts.isBinaryExpression(node) ? node.left : undefined;
  if (!target || !ts.isPropertyAccessExpression(target)) return undefined;
  let receiver = unwrapExpression(target.expression);
  for (; ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression); receiver = unwrapExpression(receiver.expression.expression)) {
    const type = contentTypeWrittenBy(receiver);
    if (type !== undefined) return type;
  }
  const response = dottedName(receiver);
  const body = enclosingFunction(node)?.body;
  if (!response || !body) return undefined;
  const start = node.getStart();
  let found: string | undefined;
  const visit = (child: ts.Node): void => {
    if (found !== undefined || child.getStart() >= start || isFunctionLike(child)) return;
    const written = ts.isCallExpression(child) && ts.isPropertyAccessExpression(child.expression) && dottedName(child.expression.expression) === response ? contentTypeWrittenBy(child) : undefined;
    const assigned =
      ts.isBinaryExpression(child) && child.operatorToken.kind === SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(child.left) && /^(type|contentType)$/.test(child.left.name.text) && dottedName(child.left.expression) === response
        ? constantString(child.right)
        : undefined;
    found = written ?? assigned;
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

/** `x.setHeader("Content-Type", t)`, `x.set(…)`, `x.header(…)`, `x.type(t)`, `x.contentType(t)`: the type `t` written out. */
function contentTypeWrittenBy(call: ts.CallExpression): string | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const method = call.expression.name.text;
  if (/^(type|contentType)$/.test(method)) return constantString(call.arguments[0]);
  if (!/^(setHeader|set|header|writeHead)$/.test(method) || stringValue(call.arguments[0])?.toLowerCase() !== "content-type") return undefined;
  return constantString(call.arguments[1]);
}

/**
 * `new Response(upstream.body, …)` of `const upstream = await fetch(…)`, `res.send(result.data)` of `await axios(…)`,
 * or the body of a `Response` the function was handed: the answer another server made, passed on. Whether it is a page
 * is that server's to say, with its own headers; a response this package makes is judged where it is made. What counts
 * as a fetched answer is the outbound-calls model's fact (see fetchedAnswerSource).
 */
function relayedAnswerOf(body: ts.Expression, summary: FileSummary): "fetched" | { localFunction: string } | undefined {
  const value = unwrapExpression(body);
  if (!ts.isPropertyAccessExpression(value) || !/^(body|data)$/.test(value.name.text)) return undefined;
  const root = unwrapExpression(value.expression);
  const declaration = ts.isIdentifier(root) ? findDeclaration(root.text, root) : undefined;
  if (declaration && ts.isParameter(declaration)) {
    // The global fetch `Response`, not a framework's response object imported under that name.
    const type = declaration.type;
    const isFetchResponse = !!type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === "Response" && importedModuleOf("Response", declaration) === undefined && value.name.text === "body";
    return isFetchResponse ? "fetched" : undefined;
  }
  if (ts.isPropertyAccessExpression(root) && root.name.text === "response" && catchOfFetchedCall(root.expression, summary)) return "fetched";
  return fetchedAnswerSource(root, summary);
}

/**
 * `err` of `catch (err)` whose `try` makes a request (`err.response.data` after `await axios(…)`): an HTTP client's
 * error carries the other server's answer, which the handler passes on.
 */
function catchOfFetchedCall(error: ts.Expression, summary: FileSummary): boolean {
  const value = unwrapExpression(error);
  if (!ts.isIdentifier(value)) return false;
  let clause: ts.Node | undefined = value;
  while (clause && !(ts.isCatchClause(clause) && clause.variableDeclaration && ts.isIdentifier(clause.variableDeclaration.name) && clause.variableDeclaration.name.text === value.text)) clause = clause.parent;
  if (!clause || !ts.isCatchClause(clause) || !ts.isTryStatement(clause.parent)) return false;
  const requests = (node: ts.Node): boolean => (ts.isCallExpression(node) && fetchedAnswerSource(node, summary) === "fetched") || (!isFunctionLike(node) && ts.forEachChild(node, requests) === true);
  return requests(clause.parent.tryBlock);
}

/** `new Response(page, { headers: { "Content-Security-Policy": …, "X-Content-Type-Options": "nosniff" } })`: the response brings its own protection. */
function initSetsSecurityHeaders(init: ts.Expression): boolean {
  const headers = assignedValue(objectLiteralBehind(init), "headers");
  // `headers: new Headers({ … })` too.
  const source = headers && ts.isNewExpression(headers) ? headers.arguments?.[0] : headers;
  const literal = source && objectLiteralBehind(source);
  return !!literal && headerWritesAt(literal).some((write) => securityHeaderNames.includes(write.name));
}

/**
 * `this.queue.send(new DeleteMessageCommand(...))`, also through a const holding the command: an AWS SDK client runs
 * a command object through `send`. No response is ever sent one.
 */
function sendsSdkCommand(call: ts.CallExpression): boolean {
  let command = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if (command && ts.isIdentifier(command)) {
    const declaration = findDeclaration(command.text, command);
    command = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? unwrapExpression(declaration.initializer) : undefined;
  }
  if (!command || !ts.isNewExpression(command) || !ts.isIdentifier(command.expression)) return false;
  return (importedModuleOf(command.expression.text, command) ?? "").startsWith("@aws-sdk/");
}

/**
 * A handler's response is its parameter (`res`, `reply`, `c`) or a local made from one; a module-level client
 * (`const storage = new S3Client()`, an import) whose `send` uploads something is no response.
 */
function isLocalToAFunction(receiver: ts.Expression): boolean {
  let root = receiver;
  while (ts.isPropertyAccessExpression(root) || ts.isCallExpression(root) || ts.isElementAccessExpression(root) || ts.isParenthesizedExpression(root) || ts.isNonNullExpression(root)) root = root.expression;
  if (root.kind === SyntaxKind.ThisKeyword) return true;
  const declaration = ts.isIdentifier(root) ? findDeclaration(root.text, root) : undefined;
  for (let scope: ts.Node | undefined = declaration; scope; scope = scope.parent) if (isFunctionLike(scope)) return true;
  return false;
}

/**
 * A body no browser renders as a page: an object or array (sent as JSON), a number, `JSON.stringify(...)`, null, a
 * literal without `<`, or a const holding one (`const payload = JSON.stringify(message); conn.send(payload)`).
 */
export function isPlainBody(body: ts.Expression): boolean {
  if (ts.isObjectLiteralExpression(body) || ts.isArrayLiteralExpression(body) || ts.isNumericLiteral(body) || body.kind === SyntaxKind.NullKeyword) return true;
  if (ts.isStringLiteral(body) || ts.isNoSubstitutionTemplateLiteral(body)) return !body.text.includes("<");
  if (ts.isIdentifier(body)) {
    if (body.text === "undefined") return true;
    const held = constInitializerOf(body);
    return held !== undefined && !ts.isIdentifier(held) && isPlainBody(held);
  }
  return ts.isCallExpression(body) && calleeText(body) === "JSON.stringify";
}

/** `app.use(helmet())`, `app.register(helmet)`, `app.use(secureHeaders())`, an inline hook that sets the headers, or a named middleware. */
function visitSecurityHeaderUse(call: ts.CallExpression, summary: FileSummary): void {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !/^(use|register|addHook)$/.test(callee.name.text)) return;
  const owner = dottedName(unwrapExpression(callee.expression));
  if (owner === undefined) return;
  for (const argument of call.arguments) {
    // `register(fp(plugin))`: fastify-plugin only lifts the plugin out of its encapsulation; the plugin is what runs.
    // `use(...hardening())`: the middlewares a function hands back are registered one by one, in that order.
    const expression = unwrapPluginWrapper(unwrapExpression(ts.isSpreadElement(argument) ? argument.expression : argument));
    const { root, module } = middlewareSourceOf(expression);
    if (module && securityHeaderModules.test(module)) appConfigOf(summary).securityHeaderUses.push({ owner, name: module, span: spanOf(call), isKnown: true });
    else if (isFunctionLike(expression) && setsSecurityHeaders(expression)) appConfigOf(summary).securityHeaderUses.push({ owner, name: "inline", span: spanOf(call), isKnown: true });
    else if (root !== undefined && !isFunctionLike(expression)) appConfigOf(summary).securityHeaderUses.push({ owner, name: root, span: spanOf(call), isKnown: false });
  }
}

/** The local a middleware expression starts from (`helmet` of `helmet.noSniff()`) and the module it is imported from, also by `import("helmet")`. */
function middlewareSourceOf(expression: ts.Expression): { root?: string; module?: string } {
  const root = ts.isCallExpression(expression) ? guardName(expression).split(".")[0]! : ts.isIdentifier(expression) ? expression.text : undefined;
  const isDynamicImport = ts.isCallExpression(expression) && expression.expression.kind === SyntaxKind.ImportKeyword;
  const module = isDynamicImport ? stringValue(expression.arguments[0]) : root && importedModuleOf(root, expression);
  return { ...(root !== undefined && { root }), ...(module && { module }) };
}

/**
 * `return [helmet.noSniff(), helmet.frameguard()]`, `return helmet(options)`: the enclosing function hands out the
 * header middleware, so `app.use(...hardening())` from another file registers it.
 */
function visitHeaderMiddlewareReturn(node: ts.ReturnStatement, summary: FileSummary): void {
  const returned = node.expression && unwrapExpression(node.expression);
  if (!returned) return;
  const items = ts.isArrayLiteralExpression(returned) ? returned.elements : [returned];
  const handsOutHeaders = items.some((item) => !ts.isSpreadElement(item) && securityHeaderModules.test(middlewareSourceOf(unwrapExpression(item)).module ?? ""));
  if (handsOutHeaders) addSecurityHeaderSetters(node, appConfigOf(summary));
}

/**
 * `helmet(options)(req, res, next)`: the enclosing function runs the header middleware on its request, so it sends the
 * headers wherever it is bound (a NestJS middleware class whose `use` does this, bound with `consumer.apply(...)`).
 */
function visitHeaderMiddlewareRun(call: ts.CallExpression, summary: FileSummary): void {
  const made = unwrapExpression(call.expression);
  if (!ts.isCallExpression(made) || call.arguments.length < 2) return;
  if (securityHeaderModules.test(middlewareSourceOf(made).module ?? "")) addSecurityHeaderSetters(call, appConfigOf(summary));
}

/** Named functions around a security-header write, so `app.use(securityHeaders())` from another file is recognised. */
function recordSecurityHeaderSetter(write: HeaderWrite, summary: FileSummary): void {
  const config = appConfigOf(summary);
  addSecurityHeaderSetters(write.node, config);
  config.setsSecurityHeaders = true;
}

/** The named functions around `node`, and the class of a method around it: a NestJS middleware is bound by its class. */
function addSecurityHeaderSetters(node: ts.Node, config: AppConfigSummary): void {
  const method = ts.findAncestor(node, ts.isMethodDeclaration);
  const owner = method && ts.isClassDeclaration(method.parent) ? method.parent.name?.text : undefined;
  for (const name of [...enclosingFunctionNames(node), ...(owner ? [owner] : [])]) if (!config.securityHeaderSetters.includes(name)) config.securityHeaderSetters.push(name);
}

function enclosingFunctionNames(node: ts.Node): string[] {
  const names: string[] = [];
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    const name = ts.isFunctionDeclaration(current)
      ? current.name?.text
      : (ts.isArrowFunction(current) || ts.isFunctionExpression(current)) && ts.isVariableDeclaration(current.parent) && ts.isIdentifier(current.parent.name)
        ? current.parent.name.text
        : undefined;
    if (name) names.push(name);
  }
  return names;
}

function unwrapPluginWrapper(expression: ts.Expression): ts.Expression {
  return isFastifyPluginCall(expression) ? unwrapExpression(expression.arguments[0]!) : expression;
}

/** `fp(plugin)`: a call of the fastify-plugin export, which lifts the plugin out of its own encapsulation into the registering scope. */
export function isFastifyPluginCall(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || !node.arguments[0]) return false;
  return importedModuleOf(node.expression.text, node) === "fastify-plugin";
}

/**
 * `app.use(mount("/api", api))` with koa-mount: `api` is a sub-app of `app`. So is the app a factory returns when the
 * factory's call is mounted in place (`mount("/api", createApi(ctx))`): the factory's name is recorded.
 */
function visitAppMount(call: ts.CallExpression, summary: FileSummary): void {
  if (!ts.isPropertyAccessExpression(call.expression)) return;
  if (call.expression.name.text === "route") return visitRouteMount(call, summary);
  if (call.expression.name.text !== "use") return;
  for (const argument of call.arguments) {
    const mount = unwrapExpression(argument);
    if (!ts.isCallExpression(mount) || !ts.isIdentifier(mount.expression) || importedModuleOf(mount.expression.text, mount) !== "koa-mount") continue;
    const mounted = mount.arguments[mount.arguments.length - 1] && unwrapExpression(mount.arguments[mount.arguments.length - 1]!);
    const name = !mounted ? undefined : ts.isIdentifier(mounted) ? mounted.text : ts.isCallExpression(mounted) && ts.isIdentifier(mounted.expression) ? mounted.expression.text : undefined;
    if (name) (appConfigOf(summary).mountedApps ??= []).push(name);
  }
}

/**
 * `parent.route("/reports", reports)`, Hono's sub-app mount, wherever `parent` comes from (a project factory such as
 * `createRoot()` in a file that never imports Hono): `reports` is a sub-app. The name is resolved by the project
 * model; it only matters when it leads to an app constructed from a framework import (`new Hono()`), through renamed
 * imports and members of an exported object of apps (`shards.core`).
 */
function visitRouteMount(call: ts.CallExpression, summary: FileSummary): void {
  const [prefix, mounted] = call.arguments;
  if (call.arguments.length !== 2 || stringValue(prefix) === undefined || !mounted) return;
  // `app.route("/", wellKnownRoutes(baseUrl))`: the app the factory returns is the sub-app; the factory's name is recorded.
  const value = unwrapExpression(mounted);
  const name = dottedName(ts.isCallExpression(value) ? unwrapExpression(value.expression) : value);
  if (name !== undefined) (appConfigOf(summary).mountedApps ??= []).push(name);
}

/** `fastify.register(autoload, { dir: path.join(__dirname, "plugins") })`: every plugin in that folder is registered here. */
function visitAutoload(call: ts.CallExpression, summary: FileSummary): void {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "register") return;
  const [plugin, options] = call.arguments;
  if (!plugin || !ts.isIdentifier(plugin) || importedModuleOf(plugin.text, plugin) !== "@fastify/autoload") return;
  const dirValue = assignedValue(options && resolveLocalObject(options), "dir");
  if (!dirValue || !ts.isCallExpression(dirValue) || !/(^|\.)(join|resolve)$/.test(calleeText(dirValue) ?? "")) return;
  const [base, ...rest] = dirValue.arguments;
  const isOwnFolder = base !== undefined && /^(__dirname|import\.meta\.dirname)$/.test(base.getText());
  const segments = rest.map((segment) => stringValue(segment));
  if (!isOwnFolder || segments.some((segment) => segment === undefined)) return;
  const dir = path.join(path.dirname(summary.filePath), ...(segments as string[]));
  (appConfigOf(summary).autoloadDirs ??= []).push({ dir, functions: enclosingFunctionNames(call) });
}

/** `export default helmet` (from @fastify/helmet), or a default-exported plugin that registers it. */
function visitDefaultExport(node: ts.ExportAssignment, summary: FileSummary): void {
  const exported = unwrapPluginWrapper(unwrapExpression(node.expression));
  const module = ts.isIdentifier(exported) ? importedModuleOf(exported.text, exported) : undefined;
  if (module && securityHeaderModules.test(module)) appConfigOf(summary).exportsSecurityHeaderPlugin = true;
}

// ---- cookies

/**
 * Flags neither written nor on by default, and those written as `false` (a `secure` that depends on the environment is
 * set). Options spread from a const object in this file count as written; a spread that cannot be read here may set any
 * flag, so only flags written as `false` are then missing.
 */
function cookieFlagsOf(options: ts.ObjectLiteralExpression | undefined, defaults: readonly CookieFlag[], assigned: ReadonlySet<string> = new Set()): Pick<CookieWriteSummary, "missing" | "disabledValues"> {
  const flags: CookieFlag[] = ["httpOnly", "secure", "sameSite"];
  const written = options ? writtenOptions(options) : { values: new Map<string, ts.Expression>(), isPartial: false };
  const disabledValues: Partial<Record<CookieFlag, Span>> = {};
  const missing = flags.filter((flag) => {
    if (assigned.has(flag)) return false;
    const value = written.values.get(flag);
    if (!value) return !defaults.includes(flag) && !written.isPartial;
    if (value.kind !== SyntaxKind.FalseKeyword) return false;
    disabledValues[flag] = spanOf(value);
    return true;
  });
  return Object.keys(disabledValues).length > 0 ? { missing, disabledValues } : { missing };
}

/**
 * Flags the code assigns on a named options object before handing it over (`options.cookie.secure = true` after
 * `const options = { cookie: { secure: false } }`), often behind a condition on the deployment such as an https public
 * URL: the flag is decided at run time, as an expression in the literal would be. An assignment of `false` decides nothing.
 */
function flagsAssignedOn(argument: ts.Expression | undefined, cookieProperty: string | undefined): Set<string> {
  const assigned = new Set<string>();
  const options = argument && unwrapExpression(argument);
  if (!options || !ts.isIdentifier(options)) return assigned;
  const declaration = findDeclaration(options.text, options);
  if (!declaration) return assigned;
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.EqualsToken && unwrapExpression(node.right).kind !== SyntaxKind.FalseKeyword) {
      const path: string[] = [];
      let target = unwrapExpression(node.left);
      while (ts.isPropertyAccessExpression(target)) {
        path.unshift(target.name.text);
        target = unwrapExpression(target.expression);
      }
      const expected = cookieProperty ? 2 : 1;
      if (ts.isIdentifier(target) && target.text === options.text && path.length === expected && (!cookieProperty || path[0] === cookieProperty) && findDeclaration(target.text, target) === declaration) {
        assigned.add(path[expected - 1]!);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(options.getSourceFile());
  return assigned;
}

/** The properties an options literal ends up with, through `...spread` of const objects; partial when a spread is unreadable. */
function writtenOptions(options: ts.ObjectLiteralExpression, depth = 0): { values: Map<string, ts.Expression>; isPartial: boolean } {
  const values = new Map<string, ts.Expression>();
  let isPartial = false;
  for (const property of options.properties) {
    if (ts.isSpreadAssignment(property)) {
      const spread = depth < 4 ? resolveLocalObject(property.expression) : undefined;
      if (!spread) {
        isPartial = true;
        continue;
      }
      const inner = writtenOptions(spread, depth + 1);
      for (const [key, value] of inner.values) values.set(key, value);
      isPartial ||= inner.isPartial;
    } else if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
      values.set(property.name.text, unwrapExpression(property.initializer));
    } else if (ts.isShorthandPropertyAssignment(property)) {
      values.set(property.name.text, property.name);
    }
  }
  return { values, isPartial };
}

function cookieNameOf(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  const expression = unwrapExpression(node);
  const literal = stringValue(expression);
  if (literal !== undefined) return literal;
  if (ts.isIdentifier(expression)) {
    const declaration = findDeclaration(expression.text, expression);
    const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    return stringValue(initializer && unwrapExpression(initializer)) ?? expression.text;
  }
  return dottedName(expression);
}

function pushCookie(summary: FileSummary, cookie: CookieWriteSummary, write: ts.Node): void {
  if (cookie.missing.length === 0 || isNonProductionOnly(write)) return;
  if (cookie.kind === "session-middleware" || credentialCookieName.test(cookie.name ?? "")) appConfigOf(summary).cookies.push(cookie);
}

/**
 * A cookie value that carries no credential: `""`, `null` or `undefined` (the cookie is being cleared: Koa's
 * `ctx.cookies.set(name, null)` deletes it), a status word (`"success"`, a flag every caller gets), a serialised object
 * (`JSON.stringify({...})`, maybe URI-encoded, directly or through a local const): data for scripts, not a token; or
 * the path the request asked for (`req.path`), a place to return to after sign-in.
 */
function carriesNoCredential(value: ts.Expression | undefined): boolean {
  if (!value) return false;
  let expression = unwrapExpression(value);
  if (isNullish(expression)) return true;
  if (ts.isIdentifier(expression)) {
    const declaration = findDeclaration(expression.text, expression);
    const initializer = declaration && ts.isVariableDeclaration(declaration) && !!(declaration.parent.flags & ts.NodeFlags.Const) ? declaration.initializer : undefined;
    if (!initializer) return false;
    expression = unwrapExpression(initializer);
  }
  // A status word (`"success"`) is the same for every caller: it tells a script something, it identifies no one.
  if (stringValue(expression) === "" || statusWord.test(stringValue(expression) ?? "") || isRequestedPath(expression) || isEchoedQueryValue(expression)) return true;
  while (ts.isCallExpression(expression) && /^(encodeURIComponent|encodeURI|btoa|String)$/.test(calleeText(expression) ?? "") && expression.arguments[0]) {
    expression = unwrapExpression(expression.arguments[0]);
  }
  return ts.isCallExpression(expression) && calleeText(expression) === "JSON.stringify";
}

const statusWord = /^(success|succeeded|ok|done|true|false|yes|no|pending|error|failed|failure|connected|complete|completed|cancel(l)?ed|denied)$/i;

/** Before 2000-01-01: an `expires` date written as a number this small lies in the past. */
const pastEpochMilliseconds = 946_684_800_000;

/**
 * Cookie options that expire the cookie as it is written (`{ maxAge: -1 }`, `{ maxAge: 0 }`, `{ expires: new Date(0) }`):
 * the browser drops it at once, so the call deletes the cookie as `clearCookie` does, whatever value it carries.
 */
function expiresAtOnce(options: ts.ObjectLiteralExpression | undefined): boolean {
  const maxAge = options && assignedValue(options, "maxAge");
  const age = maxAge && numericValue(maxAge);
  if (age !== undefined && age <= 0) return true;
  const expires = options && assignedValue(options, "expires");
  const date = expires && unwrapExpression(expires);
  if (!date || !ts.isNewExpression(date) || !ts.isIdentifier(date.expression) || date.expression.text !== "Date" || date.arguments?.length !== 1) return false;
  const at = numericValue(date.arguments[0]!);
  return at !== undefined && at < pastEpochMilliseconds;
}

/** `0`, `-1`, `1e3`: a number written in place. */
function numericValue(node: ts.Expression): number | undefined {
  const expression = unwrapExpression(node);
  if (ts.isNumericLiteral(expression)) return Number(expression.text);
  if (ts.isPrefixUnaryExpression(expression) && expression.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(expression.operand)) return -Number(expression.operand.text);
  return undefined;
}

/** `req.csrfToken()` (csurf's token for the request) called on the first parameter of the function around it. */
function isRequestCsrfToken(value: ts.Expression | undefined): boolean {
  const expression = value && unwrapExpression(value);
  if (!expression || !ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression) || expression.expression.name.text !== "csrfToken") return false;
  return isRequestParameter(unwrapExpression(expression.expression.expression));
}

/** `req.path`, `req.originalUrl`, `req.url` read off the first parameter of the function around it (the handler's request). */
function isRequestedPath(expression: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(expression) && /^(path|originalUrl|url)$/.test(expression.name.text) && isRequestParameter(unwrapExpression(expression.expression));
}

/**
 * `req.query.state`, `req.query.redirect_uri || req.query.callback`: what the caller put in the URL it requested, kept
 * for the next step of a flow. It was in the address bar and the access logs already; the cookie hides nothing more.
 */
function isEchoedQueryValue(expression: ts.Expression): boolean {
  if (ts.isBinaryExpression(expression) && isFallbackOperator(expression.operatorToken.kind)) return isEchoedQueryValue(unwrapExpression(expression.left)) && isEchoedQueryValue(unwrapExpression(expression.right));
  if (!ts.isPropertyAccessExpression(expression)) return false;
  const query = unwrapExpression(expression.expression);
  return ts.isPropertyAccessExpression(query) && query.name.text === "query" && isRequestParameter(unwrapExpression(query.expression));
}

/** The first parameter of the function around it: the handler's request. */
function isRequestParameter(receiver: ts.Expression): boolean {
  const declaration = ts.isIdentifier(receiver) ? findDeclaration(receiver.text, receiver) : undefined;
  return !!declaration && ts.isParameter(declaration) && isFunctionLike(declaration.parent) && declaration.parent.parameters[0] === declaration;
}

/**
 * `res.cookie(name, value, opts)`, `reply.setCookie(...)`, `ctx.cookies.set(...)` (Koa: httpOnly by default),
 * `cookies().set(name, value, opts)` / `.set({ name, value, ...opts })` (Next.js), `setCookie(c, name, value, opts)` (Hono),
 * `serialize(name, value, opts)` (cookie), and session middleware options.
 */
function visitCookieCall(call: ts.CallExpression, summary: FileSummary): void {
  const shape = cookieCallShape(call);
  if (!shape) return visitSessionMiddleware(call, summary);
  const callee = calleeText(call);
  const { nameIndex, defaults, secureByScheme } = shape;
  const first = call.arguments[nameIndex] && unwrapExpression(call.arguments[nameIndex]!);
  // Next.js also takes one object: `cookies().set({ name: "session", value, httpOnly: true })`.
  if (first && ts.isObjectLiteralExpression(first)) {
    const name = stringValue(assignedValue(first, "name"));
    if (carriesNoCredential(assignedValue(first, "value")) || expiresAtOnce(first)) return;
    pushCookie(summary, { kind: "cookie", span: spanOf(call), name, ...cookieFlagsOf(first, defaults), options: spanOf(first), ...(secureByScheme ? { secureByScheme } : {}) }, call);
    return;
  }
  if (carriesNoCredential(call.arguments[nameIndex + 1])) return;
  const optionsIndex = nameIndex + (callee === "setSignedCookie" ? 3 : 2);
  const optionsArgument = call.arguments[optionsIndex];
  const options = optionsArgument && resolveLocalObject(optionsArgument);
  if ((optionsArgument && !options) || expiresAtOnce(options)) return;
  const flags = cookieFlagsOf(options, defaults, flagsAssignedOn(optionsArgument, undefined));
  // The double-submit copy of csurf's token is written for the page's script to read and send back: HttpOnly would defeat it.
  if (isRequestCsrfToken(call.arguments[nameIndex + 1])) flags.missing = flags.missing.filter((flag) => flag !== "httpOnly");
  pushCookie(
    summary,
    {
      kind: "cookie",
      span: spanOf(call),
      name: cookieNameOf(first),
      ...flags,
      ...(options ? { options: spanOf(options) } : call.arguments.length === optionsIndex ? { optionsIndex } : {}),
      ...(secureByScheme ? { secureByScheme } : {}),
    },
    call,
  );
}

interface CookieCallShape {
  /** Where the cookie's name is (its value follows), or the one object Next.js also takes. */
  nameIndex: number;
  defaults: CookieFlag[];
  secureByScheme?: string;
}

/** The last name of every callee `cookieCallShape` recognises. */
const cookieCallNames: ReadonlySet<string> = new Set(["cookie", "setCookie", "set", "setSignedCookie", "serialize"]);

/** How a call writes a cookie, if it does (see visitCookieCall). */
function cookieCallShape(call: ts.CallExpression): CookieCallShape | undefined {
  // Asked at every call: one whose callee ends with none of the names below is answered before its text is built.
  const last = ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : ts.isIdentifier(call.expression) ? call.expression.text : undefined;
  if (last === undefined || !cookieCallNames.has(last)) return undefined;
  const callee = calleeText(call);
  const method = ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : callee;
  // The receiver's text is wanted only for a few methods; `getText` on every call was a measurable share of the walk.
  const receiver = (): string => (ts.isPropertyAccessExpression(call.expression) ? call.expression.expression.getText() : "");
  if ((method === "cookie" || method === "setCookie") && responseReceiver.test(receiver())) return { nameIndex: 0, defaults: [] };
  if (method === "set" && isCookieStore(call.expression)) {
    // Koa's `cookies` is HttpOnly by default and Secure whenever the request came over HTTPS.
    if (/^(ctx|context)\.cookies$/.test(receiver())) return { nameIndex: 0, defaults: ["httpOnly", "secure"], secureByScheme: `${receiver().split(".")[0]}.secure` };
    return { nameIndex: 0, defaults: [] };
  }
  if (callee !== undefined && /^(setCookie|setSignedCookie)$/.test(callee) && importedModuleOf(callee, call) === "hono/cookie") return { nameIndex: 1, defaults: [] };
  if (callee !== undefined && /(^|\.)serialize$/.test(callee) && /^cookie$/.test(importedModuleOfRoot(callee, call) ?? "")) return { nameIndex: 0, defaults: [] };
  return undefined;
}

/**
 * The cookie a call writes with `value` as its value (`res.cookie("vid", value)`, `cookies().set("vid", value)`,
 * `setCookie(c, "vid", value)`): its name (or "" when computed); undefined when the call writes no cookie or `value`
 * is another argument.
 */
export function cookieNamedBy(call: ts.CallExpression, value: ts.Expression): string | undefined {
  const shape = cookieCallShape(call);
  if (!shape || call.arguments[shape.nameIndex + 1] !== value) return undefined;
  return stringValue(call.arguments[shape.nameIndex]) ?? "";
}

/** `ctx.cookies`, `response.cookies`, `cookies()`, `(await cookies())`, or a local bound to one (`const store = await cookies()`). */
function isCookieStore(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const receiver = unwrapExpression(callee.expression);
  const cookieStore = /(^|\.)cookies(\(\))?$|^(await\s+)?cookies\(\)$/;
  if (cookieStore.test(receiver.getText())) return true;
  if (!ts.isIdentifier(receiver)) return false;
  const declaration = findDeclaration(receiver.text, receiver);
  const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  return !!initializer && cookieStore.test(unwrapExpression(initializer).getText());
}

function visitSessionMiddleware(call: ts.CallExpression, summary: FileSummary): void {
  if (!importsModuleOf(summary, sessionModules)) return;
  const callee = calleeText(call);
  if (callee === undefined || callee.includes(".")) return;
  const session = sessionModules.get(importedModuleOf(callee, call) ?? "");
  if (!session) return;
  const options = call.arguments[0] && resolveLocalObject(call.arguments[0]);
  if (call.arguments[0] && !options) return;
  const cookieOptions = session.cookieProperty ? assignedValue(options, session.cookieProperty) : options;
  if (cookieOptions && !ts.isObjectLiteralExpression(cookieOptions)) return;
  const insertion = cookieOptions ? { options: spanOf(cookieOptions) } : options ? { parentOptions: spanOf(options), cookieProperty: session.cookieProperty } : {};
  const flags = cookieFlagsOf(cookieOptions, session.defaults, flagsAssignedOn(call.arguments[0], session.cookieProperty));
  // Options declared apart from the call are not typed by it: TypeScript widens `"auto"` there to `string`.
  const declaredApart = options !== undefined && options !== unwrapExpression(call.arguments[0]!) && /\.[cm]?tsx?$/.test(call.getSourceFile().fileName);
  const secureByScheme = session.secureByScheme && (declaredApart ? `${session.secureByScheme} as const` : session.secureByScheme);
  pushCookie(summary, { kind: "session-middleware", span: spanOf(call), name: callee, ...flags, ...insertion, ...(secureByScheme ? { secureByScheme } : {}) }, call);
}

function visitSetCookieHeader(write: HeaderWrite, summary: FileSummary): void {
  const value = unwrapExpression(write.value);
  const texts = ts.isArrayLiteralExpression(value) ? value.elements.map(unwrapExpression) : [value];
  for (const text of texts) {
    if (!ts.isStringLiteralLike(text) && !ts.isTemplateExpression(text)) continue;
    // `name=${value}; ${attributes()}`: attributes built elsewhere may hold every flag.
    if (ts.isTemplateExpression(text) && hasComputedAttributes(text)) continue;
    const written = text.getText();
    const name = /^["'`]\s*([^=;\s]+)=/.exec(written)?.[1];
    // A value written into a plain literal (`flag=1; Path=/`) is the same for every visitor: no credential.
    if (ts.isStringLiteralLike(text)) continue;
    const missing: CookieFlag[] = [];
    if (!/httponly/i.test(written)) missing.push("httpOnly");
    if (!/\bsecure\b/i.test(written)) missing.push("secure");
    if (!/samesite/i.test(written)) missing.push("sameSite");
    pushCookie(summary, { kind: "set-cookie-header", span: spanOf(write.node), name, missing, headerText: spanOf(text) }, write.node);
  }
}

/** A substitution after the first `;` of a Set-Cookie template: the attribute list is computed, not written here. */
function hasComputedAttributes(template: ts.TemplateExpression): boolean {
  let inAttributes = template.head.text.includes(";");
  for (const span of template.templateSpans) {
    if (inAttributes) return true;
    inAttributes = span.literal.text.includes(";");
  }
  return false;
}

// ---- next.config

/** The config object of `next.config.*`: `module.exports = {...}`, `export default {...}`, or a const they name, maybe wrapped (`withX(config)`). */
function visitNextConfig(context: ExtractionContext): void {
  if (!nextConfigFile.test(path.basename(context.filePath))) return;
  let exported: ts.Expression | undefined;
  for (const statement of context.sourceFile.statements) {
    if (ts.isExportAssignment(statement)) exported = statement.expression;
    else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && statement.expression.left.getText() === "module.exports") {
      exported = statement.expression.right;
    }
  }
  let config = exported && unwrapExpression(exported);
  while (config && ts.isCallExpression(config) && config.arguments.length > 0) config = wrappedNextConfig(config.arguments);
  const object = config && resolveLocalObject(config);
  if (!object) return;
  // `output: "export"`: a static export has no Next server, and Next ignores `headers()`; the static host sets them.
  const output = propertyNamed(object, "output");
  if (output && ts.isPropertyAssignment(output) && stringValue(output.initializer) === "export") return;
  const headers = propertyNamed(object, "headers");
  const written = new Set<string>();
  const followed = new Set<ts.Node>();
  // Header lists are often consts beside the config (`headers: securityHeaders`): follow local names once.
  const collect = (node: ts.Node): void => {
    const value = stringValue(node);
    if (value !== undefined) written.add(value.toLowerCase());
    if (ts.isCallExpression(node)) for (const name of secureHeadersLibraryWrites(node)) written.add(name);
    if (ts.isIdentifier(node) && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) {
      const declaration = findDeclaration(node.text, node);
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && !followed.has(declaration)) {
        followed.add(declaration);
        collect(declaration.initializer);
      }
    }
    ts.forEachChild(node, collect);
  };
  if (headers) collect(headers);
  appConfigOf(context.summary).nextConfig = {
    span: spanOf(object),
    hasHeaders: !!headers,
    missingHeaders: nextBasicHeaders.filter((name) => !written.has(name.toLowerCase()) && !(name === "X-Frame-Options" && written.has("content-security-policy"))),
  };
}

/**
 * The headers `createSecureHeaders(options)` from next-secure-headers returns: nosniff and a frame guard by default
 * (unless the option is `false`), a CSP and a referrer policy only when their options are given.
 */
function secureHeadersLibraryWrites(call: ts.CallExpression): string[] {
  const { module, member } = calleeModuleOf(call.expression);
  if (module !== "next-secure-headers" || member !== "createSecureHeaders") return [];
  const options = call.arguments[0] && unwrapExpression(call.arguments[0]);
  const option = (name: string): ts.Expression | undefined => (options && ts.isObjectLiteralExpression(options) ? assignedValue(options, name) : undefined);
  const isOff = (name: string): boolean => option(name)?.kind === SyntaxKind.FalseKeyword;
  const isOn = (name: string): boolean => option(name) !== undefined && !isOff(name);
  const headers: Array<[string, boolean]> = [
    ["x-content-type-options", !isOff("nosniff")],
    ["x-frame-options", !isOff("frameGuard")],
    ["content-security-policy", isOn("contentSecurityPolicy")],
    ["referrer-policy", isOn("referrerPolicy")],
  ];
  return headers.filter(([, isWritten]) => isWritten).map(([name]) => name);
}

/** Keys only a Next.js config has, to tell it from a wrapper's own options (`withSentryConfig(nextConfig, sentryOptions)`). */
const nextConfigKeys = new Set(["headers", "rewrites", "redirects", "reactStrictMode", "images", "experimental", "output", "transpilePackages", "webpack", "env", "basePath", "poweredByHeader", "eslint", "typescript", "i18n", "serverExternalPackages", "pageExtensions"]);

/** Next's `webpack` is a function; a `webpack` object belongs to a wrapper's own options (a build plugin's settings). */
function isWrapperWebpackOption(property: ts.ObjectLiteralElementLike): boolean {
  return property.name?.getText() === "webpack" && ts.isPropertyAssignment(property) && ts.isObjectLiteralExpression(unwrapExpression(property.initializer));
}

/** The argument of a config wrapper that is the Next config: the one with Next's own keys, else the first (`withX(config, options)`). */
function wrappedNextConfig(args: readonly ts.Expression[]): ts.Expression {
  const isNextConfig = (argument: ts.Expression): boolean =>
    resolveLocalObject(argument)?.properties.some((property) => property.name !== undefined && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && nextConfigKeys.has(property.name.text) && !isWrapperWebpackOption(property)) ?? false;
  return unwrapExpression(args.find(isNextConfig) ?? args.find((argument) => ts.isCallExpression(unwrapExpression(argument))) ?? args[0]!);
}

export const appConfig: Extractor = {
  kinds: [
    SyntaxKind.CallExpression,
    SyntaxKind.NewExpression,
    SyntaxKind.ObjectLiteralExpression,
    SyntaxKind.VariableDeclaration,
    SyntaxKind.ExportAssignment,
    SyntaxKind.ReturnStatement,
    SyntaxKind.BinaryExpression,
    SyntaxKind.ExportSpecifier,
  ],
  visit(node, { summary }) {
    if (ts.isVariableDeclaration(node)) return visitServerDeclaration(node, summary);
    visitExposure(node, summary);
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) visitCorsCall(node, summary);
    if (ts.isCallExpression(node)) {
      visitSecurityHeaderUse(node, summary);
      visitHeaderMiddlewareRun(node, summary);
      visitCookieCall(node, summary);
      visitAppMount(node, summary);
      visitAutoload(node, summary);
    }
    if (ts.isExportAssignment(node)) visitDefaultExport(node, summary);
    if (ts.isReturnStatement(node)) visitHeaderMiddlewareReturn(node, summary);
    if (!summary.servesDocuments) recordDocumentAnswer(node, summary);
    for (const write of headerWritesAt(node)) {
      if (write.name === "access-control-allow-origin") visitCorsHeader(write, summary);
      else if (write.name === "set-cookie") visitSetCookieHeader(write, summary);
      else recordSecurityHeaderSetter(write, summary);
    }
  },
  finish(context) {
    recordFactoryResults(context);
    visitNextConfig(context);
    // A relay of a local function's result is a document unless that function returns a fetched answer, which the
    // outbound-calls model knows once the whole file is walked.
    const relays = relaysOfLocalFunctions.get(context.summary);
    if (relays && !context.summary.servesDocuments && relays.some((name) => !context.summary.responseFetchers?.includes(name))) context.summary.servesDocuments = true;
  },
};
