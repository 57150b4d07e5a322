// Fastify: shorthand routes and `route({...})` with their `schema` (framework validation) and route-level hooks,
// `addHook` (app-wide, in registration context), and `register(plugin, { prefix })` mounts whose plugin functions
// own the routes registered on their parameter (plugins wrapped with fastify-plugin give their hooks to the
// registering scope instead; see `liftsScope`).
import * as path from "node:path";
import { ts } from "ts-morph";
import { inlineAuthGuards } from "../auth-checks.js";
import { declaredPublicByComment } from "../public-declarations.js";
import { parsedBodyFormatsOf } from "../body-limits.js";
import { isFastifyPluginCall } from "../app-config.js";
import { calleeText, dottedName, findDeclaration, hasModifier, importedModuleOf, isFunctionLike, propertyNamed, returnedExpressions, spanOf, stringValue, unwrapExpression, type FunctionLike } from "../syntax.js";
import type { Extractor } from "../summarize.js";
import type { FileSummary, GuardRef, HttpMethod, RouteSummary } from "../types.js";
import {
  describeHandler,
  guardsFromChain,
  routeMethods,
  stringProperty,
  type ServerFrameworkModel,
} from "./server-apps.js";

const guardHooks = ["onRequest", "preParsing", "preValidation", "preHandler"];
const validatedParts = ["body", "querystring", "query", "params", "headers"];

export const fastifyModel: ServerFrameworkModel = {
  framework: "fastify",
  recordRoute(shorthand, summary) {
    const options = shorthand.chain.length > 1 ? unwrapExpression(shorthand.chain[0]!) : undefined;
    const handler = shorthand.chain[shorthand.chain.length - 1]!;
    for (const path of shorthand.paths) recordRoute(summary, shorthand.call, instanceNode(shorthand.ownerNode), shorthand.method, path, options, handler);
  },
  ownerMethods: ["route", "addHook", "register"],
  recordOwnerCall(call, method, typedOwnerNode, summary) {
    const ownerNode = instanceNode(typedOwnerNode);
    const scopeNode = method === "register" && ts.isIdentifier(ownerNode) ? (loadingPluginScope(call, ownerNode) ?? ownerNode) : ownerNode;
    const owner = dottedName(scopeNode);
    if (owner === undefined) return;
    if (method === "route") return recordRouteObject(summary, call, ownerNode);
    if (method === "addHook") recordHook(summary, call, owner);
    else recordRegister(summary, call, owner);
    // A plugin that only registers plugins or adds hooks is a scope too: its mount gives them its prefix and guards.
    if (ts.isIdentifier(scopeNode)) recordPlugin(summary, scopeNode);
  },
  readHandedInRoute(shorthand, routes) {
    // Express never takes an object between path and handler; Fastify takes its route options there.
    const options = shorthand.chain.length > 1 ? unwrapExpression(shorthand.chain[0]!) : undefined;
    const owner = instanceNode(shorthand.ownerNode);
    const plugin = options && isRouteOptions(options) && ts.isIdentifier(owner) ? pluginOf(owner) : undefined;
    if (!plugin) return;
    const handler = shorthand.chain[shorthand.chain.length - 1]!;
    const guards = [...routeHooks(options), ...describeHandler(handler).guards];
    const optionsFrom = importedValueName(options);
    const schemaFrom = importedSchemaName(options);
    for (const route of routes) {
      route.asFastifyPlugin = { plugin: plugin.name, guards, frameworkValidated: hasInputSchema(options) };
      if (optionsFrom !== undefined) route.optionsFrom = optionsFrom;
      if (schemaFrom !== undefined) route.schemaFrom = schemaFrom;
    }
  },
};

/**
 * `const follow = { schema: { body: … } }` at the top level: route options another module may register a route with;
 * `const insertOne = { body: … }`: a route schema another module's routes may take (`{ schema: schemas.insertOne }`).
 */
export const fastifyRouteOptions: Extractor = {
  kinds: [ts.SyntaxKind.VariableStatement],
  textHint: /\b(schema|body|querystring|params)\b/,
  visit(node, { summary }) {
    const statement = node as ts.VariableStatement;
    if (!ts.isSourceFile(statement.parent) || !(statement.declarationList.flags & ts.NodeFlags.Const)) return;
    for (const declaration of statement.declarationList.declarations) {
      const initializer = declaration.initializer && unwrapExpression(declaration.initializer);
      if (!ts.isIdentifier(declaration.name) || !initializer || !ts.isObjectLiteralExpression(initializer)) continue;
      if (hasInputSchema(initializer)) (summary.fastifyInputOptions ??= []).push(declaration.name.text);
      else if (validatesInput(initializer)) (summary.fastifyInputSchemas ??= []).push(declaration.name.text);
    }
  },
};

/** What Fastify takes between path and handler: an options object written in place, held by a local const, or imported. */
function isRouteOptions(options: ts.Expression): boolean {
  return writtenOptions(options) !== undefined || importedValueName(options) !== undefined;
}

/** The options object itself, or the one a local const holds. */
function writtenOptions(options: ts.Expression | undefined): ts.Expression | undefined {
  if (!options) return undefined;
  if (ts.isIdentifier(options)) return localObjectLiteral(options);
  return ts.isObjectLiteralExpression(options) ? options : undefined;
}

/** `followOptions` or `schemas.follow` imported from another module: the name the link step follows to its definition. */
function importedValueName(value: ts.Expression | undefined): string | undefined {
  const name = value && (ts.isIdentifier(value) || ts.isPropertyAccessExpression(value)) ? dottedName(value) : undefined;
  return name !== undefined && importedModuleOf(name.split(".")[0]!, value!) !== undefined ? name : undefined;
}

/** `{ schema: schemas.insertOne }` with `schemas` imported or required: the name the link step follows to its definition. */
function importedSchemaName(options: ts.Expression | undefined): string | undefined {
  const property = propertyNamed(writtenOptions(options), "schema");
  const value = property && propertyValue(property);
  return value && ts.isPropertyAccessExpression(value) ? importedValueName(value) : undefined;
}

/** `fastify.withTypeProvider<TypeBox>()` is `fastify` itself, retyped: routes on it belong to `fastify`'s scope. */
function instanceNode(ownerNode: ts.Expression): ts.Expression {
  const retyped = ts.isCallExpression(ownerNode) && ownerNode.arguments.length === 0 && ts.isPropertyAccessExpression(ownerNode.expression) && ownerNode.expression.name.text === "withTypeProvider";
  return retyped ? unwrapExpression(ownerNode.expression.expression) : ownerNode;
}

/** `fastify.route({ method: ["POST", "PUT"], url, schema, preHandler, handler })`: one route per method. */
function recordRouteObject(summary: FileSummary, call: ts.CallExpression, ownerNode: ts.Expression): void {
  const options = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if (!options || !ts.isObjectLiteralExpression(options)) return;
  const path = stringProperty(options, "url") ?? stringProperty(options, "path");
  const handler = propertyNamed(options, "handler");
  const methodProperty = propertyNamed(options, "method");
  if (path === undefined || !handler || !methodProperty || !ts.isPropertyAssignment(methodProperty)) return;
  const methodNode = unwrapExpression(methodProperty.initializer);
  const methodNodes = ts.isArrayLiteralExpression(methodNode) ? methodNode.elements : [methodNode];
  const handlerNode = propertyValue(handler);
  if (!handlerNode) return;
  for (const element of methodNodes) {
    const method = routeMethods.get(stringValue(element)?.toLowerCase() ?? "");
    if (method) recordRoute(summary, call, ownerNode, method, path, options, handlerNode);
  }
}

function recordRoute(
  summary: FileSummary,
  call: ts.CallExpression,
  ownerNode: ts.Expression,
  method: HttpMethod,
  path: string,
  options: ts.Expression | undefined,
  handler: ts.Expression | ts.MethodDeclaration,
): void {
  const facts = ts.isMethodDeclaration(handler) ? { handler, guards: inlineAuthGuards(handler) } : describeHandler(handler);
  const owner = dottedName(ownerNode);
  const route: RouteSummary = {
    framework: "fastify",
    method,
    path,
    owner,
    span: spanOf(call),
    handler: facts.handler && spanOf(facts.handler),
    handlerName: facts.handlerName,
    guards: [...routeHooks(options), ...facts.guards],
    frameworkValidated: hasInputSchema(options),
    markedPublic: declaredPublicByComment(call, ownerNode),
  };
  const optionsFrom = importedValueName(options);
  if (optionsFrom !== undefined) route.optionsFrom = optionsFrom;
  const schemaFrom = importedSchemaName(options);
  if (schemaFrom !== undefined) route.schemaFrom = schemaFrom;
  summary.routes.push(route);
  if (owner !== undefined && ts.isIdentifier(ownerNode)) recordPlugin(summary, ownerNode);
  if (owner !== undefined && summary.fastifyAutoPrefix === undefined) recordAutoPrefix(summary, call.getSourceFile());
}

/** `preHandler: [fastify.authenticate]`, `onRequest: fastify.auth([...])`: guards of kind "hook", in hook order. */
function routeHooks(options: ts.Expression | undefined): GuardRef[] {
  return guardHooks.flatMap((hook) => {
    const property = propertyNamed(writtenOptions(options), hook);
    const value = property && propertyValue(property);
    if (!value) return [];
    return ts.isMethodDeclaration(value) ? inlineAuthGuards(value) : guardsFromChain([value], "hook");
  });
}

/**
 * A `schema` with a body/querystring/params part, or a schema object defined elsewhere (imported schemas carry them), in
 * options written in place or held by a local const.
 */
function hasInputSchema(options: ts.Expression | undefined): boolean {
  const property = propertyNamed(writtenOptions(options), "schema");
  const value = property && propertyValue(property);
  if (!value || ts.isMethodDeclaration(value)) return false;
  const schema = ts.isIdentifier(value) ? localObjectLiteral(value) : value;
  return schema === undefined || validatesInput(schema);
}

/**
 * A schema object with a validated part, written directly or brought in by a spread of a local const (`{ ...createSchema,
 * tags }`): Fastify compiles the merged object, so a spread part is enforced too. An imported spread may hold only
 * response schemas, so it proves nothing.
 */
function validatesInput(schema: ts.Expression, depth = 0): boolean {
  if (validatedParts.some((part) => propertyNamed(schema, part) !== undefined)) return true;
  if (!ts.isObjectLiteralExpression(schema) || depth > 2) return false;
  return schema.properties.some((property) => {
    const spread = ts.isSpreadAssignment(property) ? unwrapExpression(property.expression) : undefined;
    const spreadSchema = spread && ts.isIdentifier(spread) ? localObjectLiteral(spread) : undefined;
    return spreadSchema !== undefined && validatesInput(spreadSchema, depth + 1);
  });
}

/** `key: value` → value, `{ handler }` → the identifier, `handler(req, reply) {}` → the method. */
function propertyValue(property: ts.ObjectLiteralElementLike): ts.Expression | ts.MethodDeclaration | undefined {
  if (ts.isPropertyAssignment(property)) return unwrapExpression(property.initializer);
  if (ts.isShorthandPropertyAssignment(property)) return property.name;
  if (ts.isMethodDeclaration(property)) return property;
  return undefined;
}

/** The object literal a local constant is initialised with; undefined when it is imported or computed. */
function localObjectLiteral(identifier: ts.Identifier): ts.Expression | undefined {
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const initializer = unwrapExpression(declaration.initializer);
  return ts.isObjectLiteralExpression(initializer) ? initializer : undefined;
}

/** `fastify.addHook("preHandler", fastify.authenticate)`: applies to every route of this registration context. */
function recordHook(summary: FileSummary, call: ts.CallExpression, owner: string): void {
  const [hookName, hook] = call.arguments;
  if (!hook || !guardHooks.includes(stringValue(hookName) ?? "")) return;
  const middleware = guardsFromChain([hook], "hook");
  if (middleware.length === 0) return;
  summary.uses.push({ owner, prefix: "", middleware, mounts: [], span: spanOf(call), appliesToEarlierRoutes: true });
}

/**
 * `fastify.register(usersRoutes, { prefix: "/users" })`. An inline `require("./routes/users")` or `import("./x")`
 * gets a synthetic import binding so the link step can follow it like a named import.
 */
function recordRegister(summary: FileSummary, call: ts.CallExpression, owner: string): void {
  const [pluginArgument, options] = call.arguments;
  if (!pluginArgument) return;
  const plugin = unwrapExpression(pluginArgument);
  const prefix = stringProperty(options && unwrapExpression(options), "prefix") ?? "";
  const pluginModule = ts.isIdentifier(plugin) ? importedModuleOf(plugin.text, plugin) : undefined;
  if (pluginModule === "@fastify/autoload") return recordAutoload(summary, options, owner);
  // A body parser plugin (`@fastify/formbody`) adds a content type to the whole instance, routes before it included.
  if (ts.isIdentifier(plugin) && pluginModule && parsedBodyFormatsOf(plugin.text, summary.imports)) {
    summary.uses.push({ owner, prefix: "", middleware: [{ name: plugin.text, kind: "middleware", span: spanOf(plugin) }], mounts: [], span: spanOf(call), appliesToEarlierRoutes: true });
    return;
  }
  const inline = inlinePlugin(plugin);
  let mounted = inline ? (forwardedTo(inline) ?? inlinePluginName(inline)) : dottedName(plugin);
  const loaded = ts.isCallExpression(plugin) ? loadedModule(plugin) : undefined;
  if (loaded !== undefined) {
    mounted = `${loaded}#default`;
    summary.imports.push({ local: mounted, module: loaded, imported: "default" });
  }
  if (mounted === undefined) return;
  summary.uses.push({ owner, prefix, middleware: [], mounts: [mounted], span: spanOf(call), registersPlugin: true });
}

/**
 * `register(autoload, { dir: path.join(import.meta.dirname, "routes"), autoHooks: true, cascadeHooks: true })`: every
 * file under `dir` is a plugin of `owner`, and with `autoHooks` an `autohooks.ts` adds its hooks to the routes of its
 * folder (and, with `cascadeHooks`, of the folders below).
 */
function recordAutoload(summary: FileSummary, options: ts.Expression | undefined, owner: string): void {
  const config = options && unwrapExpression(options);
  if (!config || !ts.isObjectLiteralExpression(config)) return;
  const dirProperty = propertyNamed(config, "dir");
  const dirValue = dirProperty && ts.isPropertyAssignment(dirProperty) ? unwrapExpression(dirProperty.initializer) : undefined;
  const parts = dirValue && ts.isCallExpression(dirValue) && /(^|\.)(join|resolve)$/.test(calleeText(dirValue) ?? "") ? dirValue.arguments.slice(1).map(stringValue) : undefined;
  if (!parts || parts.some((part) => part === undefined)) return;
  const isOn = (name: string): boolean => {
    const property = propertyNamed(config, name);
    return !!property && ts.isPropertyAssignment(property) && property.initializer.kind === ts.SyntaxKind.TrueKeyword;
  };
  const dir = path.join(path.dirname(summary.filePath), ...(parts as string[]));
  const pluginOptions = propertyNamed(config, "options");
  const pluginConfig = pluginOptions && ts.isPropertyAssignment(pluginOptions) ? unwrapExpression(pluginOptions.initializer) : undefined;
  const prefix = pluginConfig && ts.isObjectLiteralExpression(pluginConfig) ? stringProperty(pluginConfig, "prefix") : undefined;
  (summary.fastifyAutoloads ??= []).push({ owner, dir, span: spanOf(config), autoHooks: isOn("autoHooks"), cascadeHooks: isOn("cascadeHooks"), ...(prefix ? { prefix } : {}) });
}

function loadedModule(call: ts.CallExpression): string | undefined {
  const isLoad = call.expression.kind === ts.SyntaxKind.ImportKeyword || calleeText(call) === "require";
  return isLoad ? stringValue(call.arguments[0]) : undefined;
}

/** `export const autoPrefix = "/v2"` at the top of a plugin file: @fastify/autoload mounts the file's plugin under it. */
function recordAutoPrefix(summary: FileSummary, sourceFile: ts.SourceFile): void {
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || !hasModifier(statement, ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const value = ts.isIdentifier(declaration.name) && declaration.name.text === "autoPrefix" && declaration.initializer ? stringValue(declaration.initializer) : undefined;
      if (value !== undefined) summary.fastifyAutoPrefix = value;
    }
  }
}

/** When a route's owner is the first parameter of an enclosing function, that function is a plugin named for how it is exported or registered. */
function recordPlugin(summary: FileSummary, owner: ts.Identifier): void {
  const found = pluginOf(owner);
  if (!found) return;
  const { plugin, name } = found;
  const span = spanOf(plugin);
  const plugins = (summary.plugins ??= []);
  if (!plugins.some((p) => p.name === name && p.span.start === span.start)) plugins.push({ name, owner: owner.text, span, ...(liftsScope(plugin) ? { liftsScope: true } : {}) });
}

/** The plugin function `owner` is the first parameter of, with its name (see pluginName). */
function pluginOf(owner: ts.Identifier): { plugin: FunctionLike; name: string } | undefined {
  const declaration = findDeclaration(owner.text, owner);
  if (!declaration || !ts.isParameter(declaration)) return undefined;
  const plugin = declaration.parent;
  if (!isFunctionLike(plugin) || plugin.parameters[0] !== declaration) return undefined;
  const name = pluginName(plugin);
  return name === undefined ? undefined : { plugin, name };
}

/** `fp(async (app) => …)`: fastify-plugin hands the plugin the registering scope itself, so its hooks apply there. */
function liftsScope(plugin: FunctionLike): boolean {
  let outer: ts.Node = plugin;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  return isFastifyPluginCall(outer.parent) && outer.parent.arguments[0] === outer;
}

/**
 * `outer.register(gate)` written inside an in-place plugin `outer.register(async (scope) => …)`: avvio queues a
 * registration on the plugin that is loading, whichever instance it is called on, so `gate` belongs to `scope`.
 */
function loadingPluginScope(call: ts.CallExpression, ownerNode: ts.Identifier): ts.Identifier | undefined {
  const declaringScope = findDeclaration(ownerNode.text, ownerNode)?.parent;
  for (let node: ts.Node = call.parent; !ts.isSourceFile(node) && node !== declaringScope; node = node.parent) {
    if (!isFunctionLike(node) || !registeringCall(node)) continue;
    const scope = node.parameters[0]?.name;
    return scope && ts.isIdentifier(scope) && scope.text !== ownerNode.text ? scope : undefined;
  }
  return undefined;
}

/** `register((app) => routes(app, options))`: an in-place plugin that only hands its instance on mounts the function it calls. */
function forwardedTo(plugin: FunctionLike): string | undefined {
  const instance = plugin.parameters[0]?.name;
  const returned = returnedExpressions(plugin);
  let call = returned?.length === 1 ? unwrapExpression(returned[0]!) : undefined;
  if (call && ts.isAwaitExpression(call)) call = unwrapExpression(call.expression);
  if (!instance || !ts.isIdentifier(instance) || !call || !ts.isCallExpression(call)) return undefined;
  const handedOn = call.arguments[0] && unwrapExpression(call.arguments[0]);
  return handedOn && ts.isIdentifier(handedOn) && handedOn.text === instance.text ? dottedName(call.expression) : undefined;
}

/** `async function users(app)`, `const users = async (app) => …`, `fp(async (app) => …)` assigned or exported, `export default`/`module.exports =`. */
function pluginName(plugin: FunctionLike): string | undefined {
  if (ts.isFunctionDeclaration(plugin)) return plugin.name?.text ?? (hasModifier(plugin, ts.SyntaxKind.DefaultKeyword) ? "default" : undefined);
  if (registeringCall(plugin)) return inlinePluginName(plugin);
  let outer: ts.Node = plugin;
  while (isWrapping(outer.parent, outer)) outer = outer.parent;
  const parent = outer.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isExportAssignment(parent)) return "default";
  if (ts.isBinaryExpression(parent) && parent.right === outer && parent.left.getText() === "module.exports") return "default";
  return undefined;
}

/** Parentheses or a wrapper call (`fp(...)`, `register(...)`) around a plugin function. */
function isWrapping(parent: ts.Node, child: ts.Node): boolean {
  return ts.isParenthesizedExpression(parent) || (ts.isCallExpression(parent) && parent.arguments.includes(child as ts.Expression));
}

/** The `register` call that takes the plugin function in place, also through a wrapper (`register(fp(async (app) => …))`). */
function registeringCall(plugin: FunctionLike): ts.CallExpression | undefined {
  for (let outer: ts.Node = plugin; isWrapping(outer.parent, outer); outer = outer.parent) {
    if (ts.isCallExpression(outer.parent) && outer.parent.arguments[0] === outer && calleeText(outer.parent)?.endsWith(".register")) return outer.parent;
  }
  return undefined;
}

/** `register(async (app) => …)` or `register(fp(async (app) => …))`: the plugin function written in place. */
function inlinePlugin(argument: ts.Expression): FunctionLike | undefined {
  const expression = unwrapExpression(argument);
  if (isFunctionLike(expression)) return expression;
  if (ts.isCallExpression(expression) && expression.arguments[0]) return inlinePlugin(expression.arguments[0]);
  return undefined;
}

const inlinePluginNames = new WeakMap<ts.SourceFile, Map<FunctionLike, string>>();

/**
 * A name no identifier can have, tying an in-place plugin to its `register` call: its number in the order the walk meets
 * the file's in-place plugins, not its offset, so code moved by an edit above keeps the file's links (and every other
 * file's findings key).
 */
function inlinePluginName(plugin: FunctionLike): string {
  const sourceFile = plugin.getSourceFile();
  let names = inlinePluginNames.get(sourceFile);
  if (!names) inlinePluginNames.set(sourceFile, (names = new Map()));
  let name = names.get(plugin);
  if (name === undefined) names.set(plugin, (name = `inline#${names.size}`));
  return name;
}

/**
 * Fastify answers an Error handed to `reply.send(err)` with the status the error carries (`err.statusCode`, a 401 from
 * `jwtVerify`), where a plain object is answered 200: the package's framework decides what such a send answers.
 */
export function answersSentErrorsWithTheirStatus(project: { declaresRuntimeDependency(filePath: string, dependency: string): boolean }, filePath: string): boolean {
  return project.declaresRuntimeDependency(filePath, "fastify");
}
