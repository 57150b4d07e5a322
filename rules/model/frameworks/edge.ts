// Edge runtimes: Supabase/Deno edge functions (`serve(handler)`, `Deno.serve(handler)`) and Cloudflare Workers
// (`export default { fetch(request, env, ctx) {...} }`). Each is one route; its method is refined from `req.method` checks.
import { ts } from "ts-morph";
import type { ExtractionContext, Extractor } from "../summarize.js";
import { calleeText, findDeclaration, hasModifier, importedModuleOf, isFunctionLike, propertyNamed, returnedExpressions, spanOf, unwrapExpression, type FunctionLike } from "../syntax.js";
import { findLocalFunction, routesForHandler } from "./next.js";
import { inlineAuthGuards, someDescendant } from "../auth-checks.js";
import { handsRequestOn } from "./server-apps.js";

const { SyntaxKind } = ts;
const supabaseFunction = /(?:^|\/)supabase\/functions\/([^/]+)\//;
/** `serve` from Deno std or esm.sh, by URL or `jsr:` / `npm:` specifier. */
const denoModule = /^(https?:\/\/|jsr:|npm:)/;

function edgeFunctionName(filePath: string): string | undefined {
  return supabaseFunction.exec(filePath.replace(/\\/g, "/"))?.[1];
}

function isDenoServe(call: ts.CallExpression): boolean {
  const callee = calleeText(call);
  if (callee === "Deno.serve") return true;
  if (callee !== "serve") return false;
  const module = importedModuleOf("serve", call);
  return !!module && denoModule.test(module);
}

function visitServeCall(call: ts.CallExpression, context: ExtractionContext): void {
  if (calleeText(call) === "Bun.serve") context.summary.platform = "bun";
  if (!isDenoServe(call)) return;
  context.summary.runtime = "edge";
  context.summary.platform = "deno";
  // Deno.serve({ port }, handler) takes options first; the handler is the last argument.
  const argument = call.arguments[call.arguments.length - 1];
  if (!argument) return;
  const expression = unwrapExpression(argument);
  const handler = isFunctionLike(expression) ? expression : ts.isIdentifier(expression) ? findLocalFunction(expression.text, expression) : undefined;
  if (!handler) return;
  const name = edgeFunctionName(context.filePath);
  const base = { framework: "edge-function" as const, path: name ? `/${name}` : "", frameworkValidated: false, markedPublic: false };
  context.summary.routes.push(...routesForHandler(base, handler, spanOf(call.expression), []));
  recordEntryGate(handler, context);
}

/** `export default { async fetch(request, env, ctx) {...} }`, also `satisfies ExportedHandler<Env>` or via a local `const worker = {...}`. */
function visitDefaultExport(node: ts.ExportAssignment, context: ExtractionContext): void {
  if (node.isExportEquals) return;
  let expression = unwrapExpression(node.expression);
  if (ts.isIdentifier(expression)) {
    const declaration = findDeclaration(expression.text, expression);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return;
    expression = unwrapExpression(declaration.initializer);
  }
  if (!ts.isObjectLiteralExpression(expression)) return;
  for (const property of expression.properties) {
    if (!property.name || !ts.isIdentifier(property.name) || property.name.text !== "fetch") continue;
    const handler = workerFetchHandler(property);
    if (!handler || answersWithData(handler)) continue;
    context.summary.runtime = "edge";
    context.summary.platform = "workers";
    const base = { framework: "worker" as const, path: "", frameworkValidated: false, markedPublic: false, ...(forwardsItsRequest(handler) ? { servesAdapter: true } : {}) };
    context.summary.routes.push(...routesForHandler(base, handler, spanOf(property.name), []));
    recordEntryGate(handler, context);
  }
}

/** Methods by which a fetch-style entry hands its `Request` to an app or router (`router.fetch(request, env, ctx)`, `app.handle(req)`). */
const dispatchMethod = /^(fetch|handle)$/;

/**
 * A fetch-style entry (a Worker's `fetch`, a Deno handler) that checks the caller and answers before it hands its
 * request to an app or router of this module (`if (!verified) return new Response(null, { status: 401 }); ...
 * return router.fetch(request, env, ctx)`): the checks that run before the hand-off guard every route that router
 * serves, as `app.use(gate)` in front of a mount does. Recorded as such a `use` on the router. A router the module
 * exports may be served elsewhere without the gate, so it is left to its mounts.
 */
function recordEntryGate(handler: FunctionLike, { sourceFile, summary }: ExtractionContext): void {
  const request = handler.parameters[0];
  if (!request || !ts.isIdentifier(request.name) || !handler.body || !ts.isBlock(handler.body)) return;
  const requestName = request.name.text;
  let dispatch: { owner: string; call: ts.CallExpression } | undefined;
  someDescendant(handler.body, (node) => {
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || !dispatchMethod.test(node.expression.name.text)) return false;
    const receiver = unwrapExpression(node.expression.expression);
    const first = node.arguments[0] && unwrapExpression(node.arguments[0]);
    if (!ts.isIdentifier(receiver) || !first || !ts.isIdentifier(first) || first.text !== requestName) return false;
    dispatch = { owner: receiver.text, call: node };
    return true;
  });
  if (!dispatch || !isUnexportedModuleConst(dispatch.owner, sourceFile)) return;
  const at = dispatch.call.getStart();
  const gate = inlineAuthGuards(handler).filter((guard) => guard.span.end <= at);
  if (gate.length > 0) summary.uses.push({ owner: dispatch.owner, prefix: "", middleware: gate, mounts: [], span: spanOf(dispatch.call), appliesToEarlierRoutes: true });
}

/** `const name = ...` at module level, which no `export` hands to other modules. */
function isUnexportedModuleConst(name: string, sourceFile: ts.SourceFile): boolean {
  let declared = false;
  for (const statement of sourceFile.statements) {
    if (ts.isVariableStatement(statement) && statement.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name)) {
      if (hasModifier(statement, SyntaxKind.ExportKeyword)) return false;
      declared = true;
    }
    if (ts.isExportAssignment(statement) && ts.isIdentifier(unwrapExpression(statement.expression)) && (unwrapExpression(statement.expression) as ts.Identifier).text === name) return false;
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause) && statement.exportClause.elements.some((e) => (e.propertyName ?? e.name).text === name)) return false;
  }
  return declared;
}

/**
 * A Worker entry that hands the request it was given on, as it is (see handsRequestOn): to the app it serves
 * (`return app.fetch(request, env, ctx)`), a service binding or a cached entrypoint (`env.API.fetch(request)`), the
 * origin behind a Snippet (`return fetch(request)`), or a React Router / Remix build (`return requestHandler(request,
 * loadContext)`). Those servers' routes are the routes.
 */
function forwardsItsRequest(handler: FunctionLike): boolean {
  const request = handler.parameters[0];
  if (!request || !ts.isIdentifier(request.name) || !handler.body) return false;
  const requestName = request.name.text;
  const isRequest = (argument: ts.Expression): boolean => ts.isIdentifier(argument) && argument.text === requestName;
  return someDescendant(handler.body, (node) => {
    if (!ts.isReturnStatement(node) || !node.expression) return false;
    let value = unwrapExpression(node.expression);
    if (ts.isAwaitExpression(value)) value = unwrapExpression(value.expression);
    return ts.isCallExpression(value) && handsRequestOn(value, isRequest);
  });
}

/**
 * `export default { fetch, checkForUpdates }` where `async function fetch() { … return versions; }`, or a sandbox's
 * `fetch(payload, context)` that returns `{ ok: true, … }`: a function that hands back only plain data (object or array
 * literals, directly or through the variable each initialises) is no Workers handler, whatever it takes: the runtime
 * refuses any answer but a `Response`.
 */
function answersWithData(handler: FunctionLike): boolean {
  const returned = returnedExpressions(handler);
  return returned !== undefined && returned.length > 0 && returned.every((expression) => {
    let value = unwrapExpression(expression);
    if (ts.isIdentifier(value)) {
      const declaration = findDeclaration(value.text, value);
      if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
      value = unwrapExpression(declaration.initializer);
    }
    return ts.isObjectLiteralExpression(value) || ts.isArrayLiteralExpression(value);
  });
}

function workerFetchHandler(property: ts.ObjectLiteralElementLike): FunctionLike | undefined {
  if (ts.isMethodDeclaration(property)) return property;
  if (ts.isPropertyAssignment(property)) {
    const value = unwrapExpression(property.initializer);
    if (isFunctionLike(value)) return value;
    if (ts.isIdentifier(value)) return findLocalFunction(value.text, value);
  }
  if (ts.isShorthandPropertyAssignment(property)) return findLocalFunction(property.name.text, property);
  return undefined;
}

/**
 * The runtime hands this parameter a `Request`: the first parameter of a Workers `fetch` handler
 * (`export default { fetch(request, env, ctx) {...} }`) or of a Deno edge function's handler (`Deno.serve(handler)`),
 * typed or not (plain JavaScript Workers and Snippets declare no types).
 */
export function isEdgeRequestParameter(parameter: ts.ParameterDeclaration): boolean {
  const handler = parameter.parent;
  if (!isFunctionLike(handler) || handler.parameters[0] !== parameter) return false;
  const holder = ts.isMethodDeclaration(handler) ? handler : handler.parent;
  if ((ts.isMethodDeclaration(holder) || ts.isPropertyAssignment(holder)) && holder.name && ts.isIdentifier(holder.name) && holder.name.text === "fetch") {
    return ts.isObjectLiteralExpression(holder.parent) && isDefaultExported(holder.parent);
  }
  return ts.isCallExpression(holder) && isDenoServe(holder) && holder.arguments[holder.arguments.length - 1] === handler;
}

/** `export default {...}` itself, or the object of a module-level const that is exported as default. */
function isDefaultExported(object: ts.ObjectLiteralExpression): boolean {
  let node: ts.Node = object;
  while (ts.isParenthesizedExpression(node.parent) || ts.isSatisfiesExpression(node.parent) || ts.isAsExpression(node.parent)) node = node.parent;
  if (ts.isExportAssignment(node.parent)) return !node.parent.isExportEquals;
  const declaration = node.parent;
  if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return false;
  const name = declaration.name.text;
  return declaration.getSourceFile().statements.some((statement) => ts.isExportAssignment(statement) && !statement.isExportEquals && ts.isIdentifier(unwrapExpression(statement.expression)) && (unwrapExpression(statement.expression) as ts.Identifier).text === name);
}

/**
 * Apps of a Worker entry that only the Worker's own code calls: `cronApp.fetch(new Request(...))` from `scheduled()`,
 * while the runtime is handed another app's `fetch` (`export default { fetch: app.fetch, scheduled }`). Their routes
 * are not reachable from the network unless the file also exports or mounts them (the link step checks that).
 */
function inProcessApps(sourceFile: ts.SourceFile): string[] {
  const worker = defaultExportedObject(sourceFile);
  const fetch = propertyNamed(worker, "fetch");
  if (!fetch) return [];
  const served = new Set<string>();
  const value = ts.isPropertyAssignment(fetch) ? unwrapExpression(fetch.initializer) : undefined;
  if (value && ts.isPropertyAccessExpression(value) && value.name.text === "fetch" && ts.isIdentifier(value.expression)) served.add(value.expression.text);
  else fetchReceivers(fetch).forEach((receiver) => served.add(receiver));
  if (served.size === 0) return [];
  const moduleConsts = new Set(
    sourceFile.statements.flatMap((statement) => (ts.isVariableStatement(statement) ? statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : [])) : [])),
  );
  return [...fetchReceivers(sourceFile)].filter((receiver) => !served.has(receiver) && moduleConsts.has(receiver));
}

/** `x` of every `x.fetch(...)` call in `node`. */
function fetchReceivers(node: ts.Node): Set<string> {
  const receivers = new Set<string>();
  const visit = (child: ts.Node): void => {
    if (ts.isCallExpression(child) && ts.isPropertyAccessExpression(child.expression) && child.expression.name.text === "fetch" && ts.isIdentifier(child.expression.expression)) {
      receivers.add(child.expression.expression.text);
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return receivers;
}

/** The object of `export default { ... }`, directly or through a module-level const. */
function defaultExportedObject(sourceFile: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  for (const statement of sourceFile.statements) {
    if (!ts.isExportAssignment(statement) || statement.isExportEquals) continue;
    let expression = unwrapExpression(statement.expression);
    if (ts.isIdentifier(expression)) {
      const declaration = findDeclaration(expression.text, expression);
      expression = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? unwrapExpression(declaration.initializer) : expression;
    }
    return ts.isObjectLiteralExpression(expression) ? expression : undefined;
  }
  return undefined;
}

/**
 * The route is registered inside a Cloudflare Durable Object (`class Uploads extends DurableObject`, from
 * `cloudflare:workers`): an object reached only through a binding the Worker's own code calls, never from the network.
 */
export function isInsideDurableObject(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (!ts.isClassLike(current)) continue;
    const base = current.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    if (base && ts.isIdentifier(base) && base.text === "DurableObject" && importedModuleOf(base.text, base) === "cloudflare:workers") return true;
  }
  return false;
}

export const edgeRuntimes: Extractor = {
  kinds: [SyntaxKind.CallExpression, SyntaxKind.ExportAssignment],
  visit(node, context) {
    if (ts.isCallExpression(node)) visitServeCall(node, context);
    else if (ts.isExportAssignment(node)) visitDefaultExport(node, context);
  },
  finish(context) {
    if (context.summary.platform === "workers" || /\bexport\s+default\b/.test(context.sourceFile.text)) {
      const internal = inProcessApps(context.sourceFile);
      if (internal.length > 0) context.summary.inProcessApps = internal;
    }
    if (edgeFunctionName(context.filePath) === undefined) return;
    context.summary.runtime = "edge";
    context.summary.platform = "deno";
  },
};
