// Outbound calls a file makes (fetch, undici, axios, got, ky, node:http(s), node-postgres) and the options their
// timeout belongs in. Records facts only; which calls need a timeout is the missing-timeout rule's business.
import { ts } from "ts-morph";
import type { Extractor, ExtractionContext } from "./summarize.js";
import { assignedValue, calleeText, constInitializerOf, enclosingFunction, findDeclaration, functionBoundTo, functionName, hasModifier, importedModuleOfCallee, isAssignmentOperator, isFunctionLike, objectLiteralBehind, outermostValue, propertyNamed, spanOf, unwrapExpression, type FunctionLike } from "./syntax.js";
import type { ConstructionSummary, FileSummary, OutboundCallSummary, OutboundClient } from "./types.js";
import { isEdgeRequestParameter } from "./frameworks/edge.js";
import { secretSettingName, someDescendant } from "./auth-checks.js";

const { SyntaxKind } = ts;

/** The options that bound how long a call may take, per client. */
export const timeoutOptionNames: Readonly<Record<OutboundClient, readonly string[]>> = {
  fetch: ["signal"],
  undici: ["signal", "headersTimeout", "bodyTimeout"],
  axios: ["timeout", "signal"],
  got: ["timeout", "signal"],
  ky: ["timeout", "signal"],
  http: ["timeout", "signal"],
  pg: ["connectionTimeoutMillis"],
};

/** Helpers that race a promise against a timer; a call inside one of their arguments is bounded. */
const builtInTimeoutWrappers = new Set(["withTimeout", "pTimeout"]);
const timeoutWrapperModules = new Set(["p-timeout"]);

const fetchModules = new Set(["node-fetch", "cross-fetch", "isomorphic-fetch"]);
const globalObjects = new Set(["globalThis", "window", "self"]);

/** Instance-style clients: which members make a request and where their options go. */
type InstanceClient = "axios" | "got" | "ky";
const requestMembers: Readonly<Record<InstanceClient, ReadonlyMap<string, number>>> = {
  axios: new Map([
    ...["get", "delete", "head", "options"].map((m) => [m, 1] as const),
    ...["post", "put", "patch", "postForm", "putForm", "patchForm"].map((m) => [m, 2] as const),
    ["request", 0],
  ]),
  got: new Map(["get", "post", "put", "patch", "delete", "head", "stream", "paginate"].map((m) => [m, 1] as const)),
  ky: new Map(["get", "post", "put", "patch", "delete", "head"].map((m) => [m, 1] as const)),
};
const factoryMembers: Readonly<Record<InstanceClient, ReadonlySet<string>>> = {
  axios: new Set(["create"]),
  got: new Set(["extend"]),
  ky: new Set(["create", "extend"]),
};
const knownMembers = new Set([
  "fetch",
  "request",
  "setTimeout",
  "register",
  ...Object.values(requestMembers).flatMap((members) => [...members.keys()]),
  ...Object.values(factoryMembers).flatMap((members) => [...members]),
]);

/** How a call is shaped: which client, and where its options live. `"flexible"` means `(url, options)` or `(options)`. */
interface CallShape {
  client: OutboundClient;
  optionsIndex: number | "flexible";
  isInstanceFactory?: boolean;
  instance?: OutboundCallSummary;
  /** The `node-fetch` package's default export, whose 1.x and 2.x majors take a `timeout` option. */
  nodeFetch?: boolean;
}

type OptionsSlot = { kind: "literal"; literal: ts.ObjectLiteralExpression; index: number } | { kind: "absent"; index: number } | { kind: "unknown" };
type TimeoutState = "set" | "disabled" | "missing" | "unknown";

export const outboundCalls: Extractor = {
  kinds: [SyntaxKind.CallExpression, SyntaxKind.NewExpression, SyntaxKind.BinaryExpression],
  visit(node, context) {
    if (ts.isBinaryExpression(node)) recordDefaultTimeout(node, context.summary);
    else if (ts.isNewExpression(node)) {
      recordConnection(node, context);
      recordConstruction(node, context.summary);
    }
    else if (ts.isCallExpression(node)) {
      if (!markSetTimeoutReceiver(node, context.summary) && !recordGlobalDispatcher(node, context.summary)) recordRequest(node, context);
      if (isBindingFetch(node)) recordResponseFetcher(node, context.summary);
    }
  },
  finish({ summary }) {
    const axiosDefault = summary.globalTimeouts?.includes("axios") ?? false;
    // Entries are in source order, so a base instance is settled before the instances and calls built on it.
    for (const entry of summary.outboundCalls) {
      const instance = entry.instance && findEntry(summary, entry.instance.start);
      if (instance?.hasTimeout || (entry.client === "axios" && axiosDefault)) entry.hasTimeout = true;
    }
    if (axiosDefault) for (const entry of summary.injectedClientCalls ?? []) entry.hasTimeout = true;
  },
};

function recordRequest(call: ts.CallExpression, context: ExtractionContext): void {
  const injectedAt = injectedClientOf(call);
  const shape = injectedAt ? injectedAxiosShape(call) : requestShape(call, context.summary);
  if (!shape) return;
  const target = call.arguments[0] && unwrapExpression(call.arguments[0]);
  // `fetch(new URL("./font.ttf", import.meta.url))` reads a bundled file; `fetch("/api/x")` only works in a browser.
  if (target && shape.client === "fetch" && (isModuleAsset(target) || isRootRelativeUrl(target))) return;
  // `axios.get("/api/x")` on the library itself: Node has no page origin to resolve the path against, so unless a
  // library-wide `baseURL` is set (joined by the project model) the request throws before it is sent.
  const slot = target && (shape.client === "fetch" || shape.client === "undici") && mayBeRequestObject(target) ? ({ kind: "unknown" } as const) : optionsSlot(call.arguments, shape);
  // The same for an instance whose own `baseURL` is a path (`axios.create({ baseURL: "/api" })`): every call through it is one.
  const baseUrl = shape.isInstanceFactory && slot.kind === "literal" ? assignedValue(slot.literal, "baseURL") : undefined;
  const pathOnlyTarget = shape.client === "axios" && !shape.instance && (shape.isInstanceFactory ? !!baseUrl && isRootRelativeUrl(baseUrl) : !!target && isRootRelativeUrl(target));
  const state = slot.kind === "literal" ? requestTimeoutState(slot.literal, shape.client) : slot.kind === "unknown" ? "unknown" : "missing";
  const enclosingCalls = shape.isInstanceFactory ? [] : enclosingCallNames(call);
  const hasTimeout =
    state === "set" ||
    (state === "missing" && shape.client === "ky") ||
    (shape.instance?.hasTimeout ?? false) ||
    enclosingCalls.some((name) => isBuiltInTimeoutWrapper(name, call)) ||
    (shape.client === "http" && isSetTimeoutReceiver(call)) ||
    (shape.isInstanceFactory === true && state === "missing" && everyFieldRequestTimed(call, shape.client as InstanceClient));
  const entry = entryFor(call, shape, slot, state, hasTimeout, enclosingCalls, context.sourceFile);
  if (pathOnlyTarget) entry.pathOnlyTarget = true;
  if (injectedAt) {
    // Kept apart until the link step says the field holds axios: another client's `get` must not count as a request.
    (context.summary.injectedClientCalls ??= []).push({ ...entry, injectedAt });
    return;
  }
  if ((shape.client === "fetch" || shape.client === "undici") && (readsBodyAsStream(call) || returnsUnreadResponse(call))) entry.mayStreamBody = true;
  if ((shape.client === "fetch" || shape.client === "undici") && slot.kind === "literal" && sendsUpload(slot.literal)) entry.sendsUpload = true;
  if (shape.nodeFetch && !hasTimeout && slot.kind === "literal" && timeoutState(slot.literal, ["timeout"], 0) === "set") entry.setsNodeFetchTimeout = true;
  const sendsSecret = target && slot.kind === "literal" ? secretSentTo(target, slot.literal) : undefined;
  if (sendsSecret) (context.summary.secretSendingCalls ??= []).push({ ...sendsSecret, span: entry.span });
  context.summary.outboundCalls.push(entry);
  if (!shape.isInstanceFactory) recordResponseFetcher(call, context.summary);
}

/**
 * `fetch(\`${process.env.BASE_URL}/api/jobs/notify\`, { headers: { Authorization: \`Bearer ${process.env.INTERNAL_API_KEY}\` } })`:
 * the path written after the URL's base and the secret deploy setting a header carries (read in place, in a template,
 * or through a `const` holding it). The project itself holds that secret and calls its own route with it.
 */
function secretSentTo(target: ts.Expression, options: ts.ObjectLiteralExpression): { path: string; setting: string } | undefined {
  const path = pathAfterBase(target);
  const headers = propertyNamed(options, "headers");
  const headerValues = headers && ts.isPropertyAssignment(headers) ? objectLiteralBehind(headers.initializer)?.properties : undefined;
  if (path === undefined || !headerValues) return undefined;
  for (const header of headerValues) {
    const setting = ts.isPropertyAssignment(header) ? secretIn(header.initializer) : undefined;
    if (setting !== undefined) return { path, setting };
  }
  return undefined;
}

/** `\`${base}/api/jobs/notify\``: a base taken as given, then a literal path (its query string dropped). */
function pathAfterBase(target: ts.Expression): string | undefined {
  const value = unwrapExpression(target);
  const url = ts.isIdentifier(value) ? constInitializerOf(value) : value;
  if (!url || !ts.isTemplateExpression(url) || url.head.text !== "" || url.templateSpans.length !== 1) return undefined;
  const path = url.templateSpans[0]!.literal.text.split("?")[0]!;
  return path.startsWith("/") ? path : undefined;
}

/** The secret deploy setting a header value is: `process.env.KEY`, `\`Bearer ${process.env.KEY}\``, or a `const` holding either. */
function secretIn(value: ts.Expression, depth = 0): string | undefined {
  const expression = unwrapExpression(value);
  if (depth > 2) return undefined;
  if (ts.isIdentifier(expression)) {
    const initializer = constInitializerOf(expression);
    return initializer && secretIn(initializer, depth + 1);
  }
  if (ts.isTemplateExpression(expression)) {
    return expression.templateSpans.length === 1 ? secretIn(expression.templateSpans[0]!.expression, depth + 1) : undefined;
  }
  return secretSettingName(expression);
}

/** The variable or binding pattern a call's (awaited) result is stored in: `const response = …`, `response = …`. */
function holderOf(call: ts.CallExpression): ts.Node | undefined {
  const value = outermostValue(call);
  const parent = value.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === value) return parent.name;
  return ts.isBinaryExpression(parent) && parent.operatorToken.kind === SyntaxKind.EqualsToken && parent.right === value ? parent.left : undefined;
}

/**
 * `const { body } = await fetch(url)`, or `response.body` read from the variable holding the response in the same
 * function: the body is consumed as a stream (an export, an import file, a proxied download), and an abort signal
 * keeps running while it is read, so a fixed request timeout also cuts off a large body mid-way.
 */
function readsBodyAsStream(call: ts.CallExpression): boolean {
  const holder = holderOf(call);
  if (holder && ts.isObjectBindingPattern(holder)) return holder.elements.some((element) => (element.propertyName ?? element.name).getText() === "body");
  if (!holder || !ts.isIdentifier(holder)) return false;
  const scope = enclosingFunction(call) ?? call.getSourceFile();
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isPropertyAccessExpression(node) && node.name.text === "body" && ts.isIdentifier(node.expression) && node.expression.text === holder.text) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(scope);
  return found;
}

/** `fetch(url, { method: "POST", body: form })` where the body is a form, a file or a stream: sending it takes as long as its size needs. */
function sendsUpload(options: ts.Node): boolean {
  const property = propertyNamed(options, "body");
  const value = property && ts.isPropertyAssignment(property) ? property.initializer : property && ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
  return value !== undefined && isUploadValue(unwrapExpression(value), 0);
}

/** Platform types of a body whose size has no bound in the code: a multipart form, a file or blob, a stream, raw bytes. */
const uploadTypeNames = /^(FormData|File|Blob|ReadableStream|Readable|ReadStream|Buffer|Uint8Array|ArrayBuffer)$/;

function isUploadValue(value: ts.Expression, depth: number): boolean {
  if (ts.isNewExpression(value)) return ts.isIdentifier(value.expression) && /^(FormData|File|Blob)$/.test(value.expression.text);
  if (ts.isCallExpression(value)) return /(^|\.)(createReadStream|stream)$|^Readable\.from$/.test(calleeText(value) ?? "");
  if (!ts.isIdentifier(value) || depth > 3) return false;
  const declaration = findDeclaration(value.text, value);
  const declaredType = declaration && (ts.isParameter(declaration) || ts.isVariableDeclaration(declaration)) ? declaration.type : undefined;
  if (declaredType && namesUploadType(declaredType)) return true;
  const initializer = constInitializerOf(value);
  return initializer !== undefined && isUploadValue(unwrapExpression(initializer), depth + 1);
}

function namesUploadType(type: ts.TypeNode): boolean {
  if (ts.isUnionTypeNode(type)) return type.types.some(namesUploadType);
  return ts.isTypeReferenceNode(type) && uploadTypeNames.test(type.typeName.getText());
}

/**
 * The function returns what the request answered: `return fetch(url)`, or the variable holding the response returned
 * bare or as a member of a returned object (`return { error: null, response }`).
 */
function returnsResponse(call: ts.CallExpression, fn: FunctionLike): boolean {
  const value = outermostValue(call);
  const parent = value.parent;
  if (ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === value)) return true;
  const holder = holderOf(call);
  return !!holder && ts.isIdentifier(holder) && returnsName(fn, holder.text);
}

/**
 * The response goes back to the callers with its body unread (`const response = await fetch(url); return response`):
 * a download helper whose callers may stream the body, which an abort signal would cut off as in the same function.
 */
function returnsUnreadResponse(call: ts.CallExpression): boolean {
  const fn = enclosingFunction(call);
  if (!fn || !returnsResponse(call, fn)) return false;
  const holder = holderOf(call);
  return !(holder && ts.isIdentifier(holder) && readsBodyWhole(fn, holder.text));
}

/** `name.json()`, `.text()`, `.arrayBuffer()`, `.blob()` or `.formData()` in `fn`: the body is read whole there. */
function readsBodyWhole(fn: FunctionLike, name: string): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && wholeBodyReaders.has(node.expression.name.text)) {
      const receiver = unwrapExpression(node.expression.expression);
      if (ts.isIdentifier(receiver) && receiver.text === name) found = true;
    }
    ts.forEachChild(node, visit);
  };
  if (fn.body) visit(fn.body);
  return found;
}

const wholeBodyReaders = new Set(["json", "text", "arrayBuffer", "blob", "formData"]);

/**
 * A function here, named or not (an inline route handler), that returns what the request answered (see
 * returnsResponse): the file relays a fetched answer, and a named one is kept for callers in other files.
 */
function recordResponseFetcher(call: ts.CallExpression, summary: FileSummary): void {
  const fn = enclosingFunction(call);
  const name = fn && functionName(fn);
  const known = name === undefined ? summary.returnsFetchedResponse : summary.responseFetchers?.includes(name);
  if (!fn || known || !returnsResponse(call, fn)) return;
  summary.returnsFetchedResponse = true;
  if (name !== undefined) (summary.responseFetchers ??= []).push(name);
}

/**
 * `env.ASSETS.fetch(request)`, `stub.fetch(c.req.raw)`: a Workers service binding's or Durable Object stub's `fetch`
 * answers with the Response another worker made. The global `fetch` (and `globalThis.fetch`) is an outbound request.
 */
function isBindingFetch(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "fetch") return false;
  const receiver = unwrapExpression(callee.expression);
  return !(ts.isIdentifier(receiver) && globalObjects.has(receiver.text));
}

/**
 * `upstream` of `const upstream = await fetch(url)`, `await env.API.fetch(request)` or `await proxy(request)` where
 * `proxy` is a function of this file that returns one: a value that is another server's answer. Calls of local
 * functions are answered by name, once the file's response fetchers are known (see recordResponseFetcher).
 */
export function fetchedAnswerSource(value: ts.Expression, summary: FileSummary): "fetched" | { localFunction: string } | undefined {
  let made = unwrapExpression(value);
  if (ts.isIdentifier(made)) made = constInitializerOf(made) ?? made;
  if (ts.isAwaitExpression(made)) made = unwrapExpression(made.expression);
  if (!ts.isCallExpression(made)) return undefined;
  const shape = requestShape(made, summary);
  if ((shape && !shape.isInstanceFactory && shape.client !== "pg") || isBindingFetch(made)) return "fetched";
  const callee = unwrapExpression(made.expression);
  return ts.isIdentifier(callee) && functionBoundTo(callee.text, callee) ? { localFunction: callee.text } : undefined;
}

/** A `return` of `fn` itself (not of a nested function) returns `name`, bare or as a member of an object literal. */
function returnsName(fn: FunctionLike, name: string): boolean {
  const isName = (node: ts.Expression): boolean => {
    const value = unwrapExpression(node);
    return ts.isIdentifier(value) ? value.text === name : ts.isAwaitExpression(value) && isName(value.expression);
  };
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) {
      const value = unwrapExpression(node.expression);
      found = isName(value) || (ts.isObjectLiteralExpression(value) && value.properties.some((property) => (ts.isShorthandPropertyAssignment(property) && property.name.text === name) || (ts.isPropertyAssignment(property) && isName(property.initializer))));
    }
    ts.forEachChild(node, visit);
  };
  if (fn.body) ts.forEachChild(fn.body, visit);
  return found;
}

function recordConnection(expression: ts.NewExpression, context: ExtractionContext): void {
  if (!isPgConstructor(expression.expression, context.summary)) return;
  const shape: CallShape = { client: "pg", optionsIndex: 0 };
  const slot = optionsSlot(expression.arguments ?? [], shape);
  const state = slot.kind === "literal" ? timeoutState(slot.literal, timeoutOptionNames.pg, 0) : slot.kind === "unknown" ? "unknown" : "missing";
  context.summary.outboundCalls.push(entryFor(expression, shape, slot, state, state === "set", [], context.sourceFile));
}

function entryFor(
  node: ts.CallExpression | ts.NewExpression,
  shape: CallShape,
  slot: OptionsSlot,
  state: TimeoutState,
  hasTimeout: boolean,
  enclosingCalls: string[],
  sourceFile: ts.SourceFile,
): OutboundCallSummary {
  const entry: OutboundCallSummary = { client: shape.client, span: spanOf(node, sourceFile), hasTimeout };
  if (slot.kind === "literal") entry.options = spanOf(slot.literal, sourceFile);
  if (slot.kind !== "unknown") entry.optionsIndex = slot.index;
  if (shape.isInstanceFactory) entry.isInstanceFactory = true;
  if (shape.instance) entry.instance = shape.instance.span;
  if (state === "unknown") entry.isTimeoutUnknown = true;
  if (state === "disabled") entry.isTimeoutDisabled = true;
  if (enclosingCalls.length > 0) entry.enclosingCalls = enclosingCalls;
  return entry;
}

/** What a call's callee is bound to: the global `fetch`, a member of an imported client, or an instance made in this file. */
function requestShape(call: ts.CallExpression, summary: FileSummary): CallShape | undefined {
  const callee = unwrapExpression(call.expression);
  let root: ts.Identifier;
  let member: string | undefined;
  if (ts.isIdentifier(callee)) root = callee;
  else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && knownMembers.has(callee.name.text)) {
    root = callee.expression;
    member = callee.name.text;
  } else return undefined;
  if (!mayNameAClient(root.text, summary)) return undefined;

  const declaration = findDeclaration(root.text, call);
  if (!declaration) {
    const isGlobalFetch = member === undefined ? root.text === "fetch" : member === "fetch" && globalObjects.has(root.text);
    return isGlobalFetch ? { client: "fetch", optionsIndex: 1 } : undefined;
  }
  const imported = importOf(declaration);
  if (imported) return libraryShape(imported.module, imported.name, member);
  const instance = instanceBoundTo(declaration, summary);
  return instance ? instanceShape(instance.client as InstanceClient, member, instance) : undefined;
}

/** `this.http.post(url, body)`: an axios request member called on a class field. */
function injectedAxiosShape(call: ts.CallExpression): CallShape | undefined {
  const callee = unwrapExpression(call.expression);
  return ts.isPropertyAccessExpression(callee) ? instanceShape("axios", callee.name.text) : undefined;
}

/**
 * `this.http.get(url)` in a named class whose constructor stores one of its parameters in `this.http` (`this.http =
 * http`, or a parameter property `private http`) and where nothing else assigns the field: the class and that
 * parameter's position. What the `new` sites pass there is joined at link time.
 */
function injectedClientOf(call: ts.CallExpression): { className: string; index: number } | undefined {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !requestMembers.axios.has(callee.name.text)) return undefined;
  const field = unwrapExpression(callee.expression);
  if (!ts.isPropertyAccessExpression(field) || field.expression.kind !== SyntaxKind.ThisKeyword) return undefined;
  const owner = classOfThis(field.expression);
  if (!owner?.name) return undefined;
  const index = injectedParameterIndex(owner, field.name.text);
  return index === undefined ? undefined : { className: owner.name.text, index };
}

/** The class `this` is an instance of: the nearest class, reached through arrow functions only, from a non-static member. */
function classOfThis(node: ts.Node): ts.ClassDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isArrowFunction(current)) continue;
    if (ts.isFunctionDeclaration(current) || ts.isFunctionExpression(current) || ts.isClassStaticBlockDeclaration(current)) return undefined;
    if (ts.isClassElement(current)) return !hasModifier(current, SyntaxKind.StaticKeyword) && ts.isClassDeclaration(current.parent) ? current.parent : undefined;
  }
  return undefined;
}

const injectedIndexes = new WeakMap<ts.ClassDeclaration, Map<string, number | undefined>>();

/** The constructor parameter the class keeps in `field`, when that is the field's only value (see injectedClientOf). */
function injectedParameterIndex(owner: ts.ClassDeclaration, field: string): number | undefined {
  let known = injectedIndexes.get(owner);
  if (!known) injectedIndexes.set(owner, (known = new Map()));
  if (!known.has(field)) known.set(field, findInjectedParameterIndex(owner, field));
  return known.get(field);
}

function findInjectedParameterIndex(owner: ts.ClassDeclaration, field: string): number | undefined {
  const constructor = owner.members.find((member): member is ts.ConstructorDeclaration => ts.isConstructorDeclaration(member) && member.body !== undefined);
  if (!constructor) return undefined;
  const parameterAt = (name: string): number => constructor.parameters.findIndex((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === name && !parameter.dotDotDotToken);
  const property = constructor.parameters.findIndex((parameter) => ts.isParameterPropertyDeclaration(parameter, constructor) && ts.isIdentifier(parameter.name) && parameter.name.text === field);
  const values: ts.Expression[] = [];
  const statements: ts.Node[] = [];
  let declared = false;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === field && node.initializer) declared = true;
    else if (ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind)) {
      const target = unwrapExpression(node.left);
      if (ts.isPropertyAccessExpression(target) && target.expression.kind === SyntaxKind.ThisKeyword && target.name.text === field) {
        values.push(node.right);
        statements.push(node.parent);
      }
    }
    ts.forEachChild(node, visit);
  };
  owner.members.forEach(visit);
  if (declared) return undefined;
  if (property !== -1) return values.length === 0 ? property : undefined;
  const value = values.length === 1 ? unwrapExpression(values[0]!) : undefined;
  // Assigned once, as a statement of the constructor itself (not in a branch), from a parameter it was handed.
  if (!value || !ts.isIdentifier(value) || statements[0]?.parent !== constructor.body || !ts.isExpressionStatement(statements[0]!)) return undefined;
  const index = parameterAt(value.text);
  return index === -1 || findDeclaration(value.text, value) !== constructor.parameters[index] ? undefined : index;
}

/**
 * `new NetworkService(axios, logger)`: a class imported or declared here, built with arguments. Every such site is
 * kept (not only those passing a client), so the link step can require that all of a class's sites pass axios.
 */
function recordConstruction(expression: ts.NewExpression, summary: FileSummary): void {
  const callee = unwrapExpression(expression.expression);
  const args = expression.arguments ?? [];
  if (!ts.isIdentifier(callee) || args.length === 0) return;
  if (!summary.imports.some((binding) => binding.local === callee.text)) {
    const declaration = findDeclaration(callee.text, expression);
    if (!declaration || !ts.isClassDeclaration(declaration)) return;
  }
  const construction: ConstructionSummary = { className: callee.text };
  const mayPassAxios = summary.imports.some((binding) => binding.module === "axios") || summary.outboundCalls.some((entry) => entry.isInstanceFactory && entry.client === "axios");
  args.forEach((argument, index) => {
    const value = unwrapExpression(argument);
    const declaration = mayPassAxios && ts.isIdentifier(value) ? findDeclaration(value.text, value) : undefined;
    if (!declaration) return;
    const imported = importOf(declaration);
    if (imported?.module === "axios" && (imported.name === "default" || imported.name === "*")) (construction.axiosModuleAt ??= []).push(index);
    else if (instanceBoundTo(declaration, summary)?.client === "axios") (construction.axiosInstanceAt ??= []).push(index);
  });
  (summary.constructions ??= []).push(construction);
}

/** A cheap test before the scope lookup: only `fetch`, global objects, imported names and instances can be clients. */
function mayNameAClient(name: string, summary: FileSummary): boolean {
  return (
    name === "fetch" ||
    globalObjects.has(name) ||
    summary.imports.some((binding) => binding.local === name) ||
    summary.outboundCalls.some((entry) => entry.isInstanceFactory)
  );
}

function libraryShape(module: string, name: string, member: string | undefined): CallShape | undefined {
  // Nest's `HttpModule.register({...})` configures the axios instance every injected HttpService uses.
  if (module === "@nestjs/axios") return name === "HttpModule" && member === "register" ? { client: "axios", optionsIndex: 0, isInstanceFactory: true } : undefined;
  const exported = member === undefined ? name : name === "default" || name === "*" ? member : undefined;
  if (exported === undefined) return undefined;
  if (module === "axios" || module === "got" || module === "ky") {
    return name === "default" || (name === "*" && module === "axios") ? instanceShape(module, member) : undefined;
  }
  if (fetchModules.has(module)) return name === "default" && member === undefined ? { client: "fetch", optionsIndex: 1, ...(module === "node-fetch" && { nodeFetch: true }) } : undefined;
  if (module === "undici") return exported === "fetch" || exported === "request" ? { client: "undici", optionsIndex: 1 } : undefined;
  if (module === "http" || module === "https") {
    return exported === "request" || exported === "get" ? { client: "http", optionsIndex: "flexible" } : undefined;
  }
  return undefined;
}

/**
 * `this.#http = axios.create({ baseURL })` held in a private field of its class, every use of which is a request
 * given its own timeout (`this.#http.get(url, { timeout: 10_000 })`): no call through it can hang.
 */
function everyFieldRequestTimed(factory: ts.CallExpression, client: InstanceClient): boolean {
  const holder = factory.parent;
  const assigned = ts.isBinaryExpression(holder) && holder.operatorToken.kind === SyntaxKind.EqualsToken && holder.right === factory ? holder.left : undefined;
  const field = assigned && ts.isPropertyAccessExpression(assigned) && assigned.expression.kind === SyntaxKind.ThisKeyword ? assigned.name.text : ts.isPropertyDeclaration(holder) && holder.initializer === factory ? holder.name.getText() : undefined;
  const owner = field === undefined ? undefined : classOfThis(factory);
  const declared = owner?.members.find((member) => ts.isPropertyDeclaration(member) && member.name.getText() === field);
  if (!owner || !declared || !(field!.startsWith("#") || hasModifier(declared, SyntaxKind.PrivateKeyword))) return false;
  let requests = 0;
  let otherUse = false;
  const visit = (node: ts.Node): void => {
    if (otherUse) return;
    if (ts.isPropertyAccessExpression(node) && node.expression.kind === SyntaxKind.ThisKeyword && node.name.text === field && node !== assigned) {
      const member = ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
      const request = member && ts.isCallExpression(member.parent) && member.parent.expression === member ? member.parent : undefined;
      const shape = request && instanceShape(client, member!.name.text);
      const slot = request && shape && !shape.isInstanceFactory ? optionsSlot(request.arguments, shape) : undefined;
      if (slot?.kind === "literal" && requestTimeoutState(slot.literal, client) === "set") requests++;
      else otherUse = true;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(owner, visit);
  return !otherUse && requests > 0;
}

function instanceShape(client: InstanceClient, member: string | undefined, instance?: OutboundCallSummary): CallShape | undefined {
  const base = instance ? { instance } : {};
  if (member === undefined) return { client, optionsIndex: client === "ky" ? 1 : "flexible", ...base };
  if (factoryMembers[client].has(member)) return { client, optionsIndex: 0, isInstanceFactory: true, ...base };
  const index = requestMembers[client].get(member);
  return index === undefined ? undefined : { client, optionsIndex: index, ...base };
}

/** The instance entry a `const api = axios.create(...)`-style declaration holds, when it was recorded. */
function instanceBoundTo(declaration: ts.Node, summary: FileSummary): OutboundCallSummary | undefined {
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const initializer = unwrapExpression(declaration.initializer);
  if (!ts.isCallExpression(initializer)) return undefined;
  const entry = findEntry(summary, initializer.getStart());
  return entry?.isInstanceFactory ? entry : undefined;
}

function isPgConstructor(callee: ts.Expression, summary: FileSummary): boolean {
  const target = unwrapExpression(callee);
  const root = ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.expression) ? target.expression : target;
  if (!ts.isIdentifier(root) || !summary.imports.some((binding) => binding.local === root.text)) return false;
  const declaration = findDeclaration(root.text, target);
  const imported = declaration && importOf(declaration);
  if (!imported || imported.module !== "pg") return false;
  const exported = root === target ? imported.name : (imported.name === "default" || imported.name === "*") && ts.isPropertyAccessExpression(target) ? target.name.text : undefined;
  return exported === "Pool" || exported === "Client";
}

/** The module and exported name a declaration imports or requires (`node:` prefixes dropped), if it does. */
function importOf(declaration: ts.Node): { module: string; name: string } | undefined {
  let module: string | undefined;
  let name: string | undefined;
  if (ts.isImportSpecifier(declaration)) {
    module = moduleText(declaration.parent.parent.parent.moduleSpecifier);
    name = (declaration.propertyName ?? declaration.name).text;
  } else if (ts.isNamespaceImport(declaration)) {
    module = moduleText(declaration.parent.parent.moduleSpecifier);
    name = "*";
  } else if (ts.isImportClause(declaration)) {
    module = moduleText(declaration.parent.moduleSpecifier);
    name = "default";
  } else if (ts.isBindingElement(declaration) || ts.isVariableDeclaration(declaration)) {
    const variable = ts.isBindingElement(declaration) ? declaration.parent.parent : declaration;
    if (!ts.isVariableDeclaration(variable) || !variable.initializer) return undefined;
    const required = unwrapExpression(variable.initializer);
    if (!ts.isCallExpression(required) || calleeText(required) !== "require") return undefined;
    module = moduleText(required.arguments[0]);
    name = ts.isBindingElement(declaration) ? ((declaration.propertyName as ts.Identifier | undefined) ?? (declaration.name as ts.Identifier)).text : "default";
  }
  return module === undefined || name === undefined ? undefined : { module, name };
}

function moduleText(node: ts.Node | undefined): string | undefined {
  return node && ts.isStringLiteralLike(node) ? node.text.replace(/^node:/, "") : undefined;
}

/** Where a call's options are: an object literal (inline or a `const` in scope), absent, or unknowable. */
function optionsSlot(args: readonly ts.Expression[], shape: CallShape): OptionsSlot {
  let index = shape.optionsIndex;
  if (index === "flexible") {
    const first = args[0];
    if (first && objectLiteralBehind(first)) index = 0;
    else if (!first || isUrlLike(first)) index = 1;
    else return { kind: "unknown" };
  }
  const argument = args[index];
  if (!argument) return { kind: "absent", index };
  const literal = objectLiteralBehind(argument);
  if (literal) return { kind: "literal", literal, index };
  if (shape.client === "http" && isCallback(argument)) return { kind: "absent", index };
  if (shape.client === "pg" && index === 0 && isUrlLike(argument)) return { kind: "absent", index };
  return { kind: "unknown" };
}

const urlName = /(url|uri|href|endpoint|link)$/i;

/** A URL or connection string as commonly written: a string, `new URL(...)`, a url-named value, or a `const` holding one. */
function isUrlLike(node: ts.Expression): boolean {
  const expression = unwrapExpression(node);
  if (ts.isStringLiteralLike(expression) || ts.isTemplateExpression(expression)) return true;
  if (ts.isNewExpression(expression)) return calleeText(expression) === "URL";
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === SyntaxKind.PlusToken) return isUrlLike(expression.left) || isUrlLike(expression.right);
  if (ts.isPropertyAccessExpression(expression)) return urlName.test(expression.name.text);
  if (ts.isElementAccessExpression(expression)) return ts.isStringLiteralLike(expression.argumentExpression) && urlName.test(expression.argumentExpression.text);
  if (!ts.isIdentifier(expression)) return false;
  const initializer = constInitializerOf(expression);
  return initializer ? isUrlLike(initializer) : urlName.test(expression.text);
}

/** `new URL("../fonts/x.ttf", import.meta.url)`: a file shipped with the module, not a network address. */
function isModuleAsset(node: ts.Expression): boolean {
  if (!ts.isNewExpression(node) || calleeText(node) !== "URL") return false;
  const base = node.arguments?.[1] && unwrapExpression(node.arguments[1]);
  return !!base && ts.isPropertyAccessExpression(base) && ts.isMetaProperty(base.expression) && base.name.text === "url";
}

/** `"/api/surveys"` or `` `/api/surveys/${id}` ``: a path on the page's own origin, which a server-side fetch rejects. */
function isRootRelativeUrl(node: ts.Expression): boolean {
  const head = staticPrefixOf(node);
  return head !== undefined && head.startsWith("/") && !head.startsWith("//");
}

/** The text a URL starts with, as written: `"/a"`, `\`/a/${id}\``, or the left end of `"/a?id=" + id`. */
function staticPrefixOf(node: ts.Expression): string | undefined {
  const value = unwrapExpression(node);
  if (ts.isStringLiteralLike(value)) return value.text;
  if (ts.isTemplateExpression(value)) return value.head.text;
  return ts.isBinaryExpression(value) && value.operatorToken.kind === SyntaxKind.PlusToken ? staticPrefixOf(value.left) : undefined;
}

/**
 * A `Request` carries its own `signal`, which Harden cannot see: `new Request(...)`, a `const` holding one, or a
 * parameter declared as a `Request`/`RequestInfo` or typed by the fetcher signature its function is declared with.
 */
function mayBeRequestObject(node: ts.Expression): boolean {
  if (ts.isNewExpression(node)) return calleeText(node) === "Request";
  if (!ts.isIdentifier(node)) return false;
  const declaration = findDeclaration(node.text, node);
  if (!declaration) return false;
  if (ts.isVariableDeclaration(declaration)) {
    const initializer = declaration.initializer && unwrapExpression(declaration.initializer);
    return !!initializer && (declaration.parent.flags & ts.NodeFlags.Const) !== 0 && ts.isNewExpression(initializer) && calleeText(initializer) === "Request";
  }
  if (!ts.isParameter(declaration)) return false;
  if (isEdgeRequestParameter(declaration)) return true;
  if (declaration.type) return /\bRequest(Info)?\b/.test(declaration.type.getText());
  const fn = declaration.parent;
  const holder = fn.parent;
  return !urlName.test(node.text) && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(holder) && holder.type !== undefined;
}

function isCallback(node: ts.Expression): boolean {
  const expression = unwrapExpression(node);
  if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression)) return true;
  return ts.isIdentifier(expression) && functionBoundTo(expression.text, expression) !== undefined;
}

/** Whether the options set a timeout for `client`, following spreads of `const` objects in scope. */
function timeoutState(literal: ts.ObjectLiteralExpression, names: readonly string[], depth: number): TimeoutState {
  let state: TimeoutState = "missing";
  for (const property of literal.properties) {
    if (ts.isSpreadAssignment(property)) {
      const inner = depth < 4 ? spreadState(property.expression, names, depth + 1) : "unknown";
      if (inner === "set") return "set";
      if (inner === "unknown" || (inner === "disabled" && state === "missing")) state = inner;
      continue;
    }
    const name = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteralLike(property.name)) ? property.name.text : undefined;
    if (name === undefined || !names.includes(name)) continue;
    if (ts.isPropertyAssignment(property) && isDisablingValue(property.initializer)) {
      if (state === "missing") state = "disabled";
    } else return "set";
  }
  return state;
}

/**
 * A spread's timeout: a `const` object literal is followed; a conditional spread (`...(ms ? { signal } : {})`,
 * `...(ms && { signal })`) sets the timeout only when every branch does, so a branch without one leaves it missing.
 */
function spreadState(node: ts.Expression, names: readonly string[], depth: number): TimeoutState {
  const expression = unwrapExpression(node);
  const literal = objectLiteralBehind(expression);
  if (literal) return timeoutState(literal, names, depth);
  let branches: ts.Expression[] | undefined;
  if (ts.isConditionalExpression(expression)) branches = [expression.whenTrue, expression.whenFalse];
  else if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken) branches = [expression.right];
  if (!branches) return "unknown";
  const states = branches.map((branch) => spreadState(branch, names, depth + 1));
  if (states.includes("unknown")) return "unknown";
  if (ts.isBinaryExpression(expression)) states.push("missing");
  return states.includes("missing") ? "missing" : states.includes("disabled") ? "disabled" : "set";
}

function isDisablingValue(node: ts.Expression): boolean {
  const value = unwrapExpression(node);
  if (ts.isNumericLiteral(value)) return Number(value.text.replace(/_/g, "")) === 0;
  if (ts.isIdentifier(value)) return value.text === "undefined" || value.text === "Infinity";
  return value.kind === SyntaxKind.FalseKeyword || value.kind === SyntaxKind.NullKeyword;
}

/** Callees of the calls `node` is (transitively) an argument of; `Promise.race` only when a timer-like contender races it. */
function enclosingCallNames(node: ts.Node): string[] {
  const names: string[] = [];
  let child: ts.Node = node;
  for (let parent = node.parent; parent && !ts.isSourceFile(parent); child = parent, parent = parent.parent) {
    if (!ts.isCallExpression(parent) || !parent.arguments.some((argument) => argument === child)) continue;
    const name = calleeText(parent);
    if (!name) continue;
    if (name === "Promise.race" && !racesATimer(parent, node)) continue;
    names.push(name);
  }
  return names;
}

const timerLike = /timeout|deadline|delay|sleep|timer/i;

/** `Promise.race([request, timeout(5000)])`: another contender that reads like a timer. */
function racesATimer(race: ts.CallExpression, request: ts.Node): boolean {
  const array = race.arguments[0] && unwrapExpression(race.arguments[0]);
  if (!array || !ts.isArrayLiteralExpression(array)) return false;
  return array.elements.some((element) => !(request.pos >= element.pos && request.end <= element.end) && timerLike.test(element.getText()));
}

/**
 * `async function withDeadline(run) { const call = run(); return Promise.race([call, new Promise((_, reject) =>
 * setTimeout(() => reject(new Error("late")), ms))]) }`: a function that races the call of a function it is handed
 * against a timer that rejects. Whatever request the handed function makes, the caller waits no longer than the timer.
 */
export function racesHandedCallAgainstTimer(fn: FunctionLike): boolean {
  const handed = new Set(fn.parameters.flatMap((parameter) => (ts.isIdentifier(parameter.name) ? [parameter.name.text] : [])));
  if (handed.size === 0 || !fn.body) return false;
  return someDescendant(fn.body, (node) => ts.isCallExpression(node) && calleeText(node) === "Promise.race" && racesHandedCall(node, handed));
}

function racesHandedCall(race: ts.CallExpression, handed: ReadonlySet<string>): boolean {
  const array = race.arguments[0] && unwrapExpression(race.arguments[0]);
  if (!array || !ts.isArrayLiteralExpression(array)) return false;
  const isHandedCall = (element: ts.Expression): boolean => {
    let value = unwrapExpression(element);
    if (ts.isAwaitExpression(value)) value = unwrapExpression(value.expression);
    if (ts.isIdentifier(value)) value = constInitializerOf(value) ?? value;
    return ts.isCallExpression(value) && ts.isIdentifier(value.expression) && handed.has(value.expression.text);
  };
  return array.elements.some(isHandedCall) && array.elements.some(isRejectingTimer);
}

/** `new Promise((_, reject) => setTimeout(() => reject(…), ms))`: a promise a timer rejects. */
function isRejectingTimer(element: ts.Expression): boolean {
  const value = unwrapExpression(element);
  const executor = ts.isNewExpression(value) && calleeText(value) === "Promise" && value.arguments?.[0] ? unwrapExpression(value.arguments[0]) : undefined;
  if (!executor || !isFunctionLike(executor)) return false;
  const reject = executor.parameters[1]?.name;
  if (!reject || !ts.isIdentifier(reject)) return false;
  return someDescendant(executor, (node) => ts.isCallExpression(node) && calleeText(node) === "setTimeout" && someDescendant(node, (inner) => ts.isCallExpression(inner) && calleeText(inner) === reject.text));
}

function isBuiltInTimeoutWrapper(name: string, from: ts.Node): boolean {
  if (name === "Promise.race") return true;
  const lastSegment = name.slice(name.lastIndexOf(".") + 1);
  if (builtInTimeoutWrappers.has(lastSegment)) return true;
  const declaration = name.includes(".") ? undefined : findDeclaration(name, from);
  const imported = declaration && importOf(declaration);
  return imported !== undefined && timeoutWrapperModules.has(imported.module);
}

/** `https.get(url, cb).setTimeout(...)`. */
function isSetTimeoutReceiver(call: ts.CallExpression): boolean {
  const parent = call.parent;
  return ts.isPropertyAccessExpression(parent) && parent.name.text === "setTimeout" && ts.isCallExpression(parent.parent);
}

/** `req.setTimeout(...)` on a request made earlier (`const req = http.request(...)`): marks that entry as bounded. */
function markSetTimeoutReceiver(call: ts.CallExpression, summary: FileSummary): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "setTimeout" || !ts.isIdentifier(callee.expression)) return false;
  const declaration = findDeclaration(callee.expression.text, call);
  const initializer = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && unwrapExpression(declaration.initializer);
  const entry = initializer ? findEntry(summary, initializer.getStart()) : undefined;
  if (entry?.client === "http") entry.hasTimeout = true;
  return true;
}

/** `axios.defaults.timeout = 5000` (library-wide) or `api.defaults.timeout = 5000` (one instance). */
function recordDefaultTimeout(assignment: ts.BinaryExpression, summary: FileSummary): void {
  if (assignment.operatorToken.kind !== SyntaxKind.EqualsToken) return;
  const target = assignment.left;
  if (!ts.isPropertyAccessExpression(target) || (target.name.text !== "timeout" && target.name.text !== "baseURL")) return;
  const defaults = target.expression;
  if (!ts.isPropertyAccessExpression(defaults) || defaults.name.text !== "defaults" || !ts.isIdentifier(defaults.expression)) return;
  const declaration = findDeclaration(defaults.expression.text, assignment);
  if (!declaration) return;
  const imported = importOf(declaration);
  const onLibrary = imported?.module === "axios" && (imported.name === "default" || imported.name === "*");
  if (target.name.text === "baseURL") {
    // Path-only requests on the library resolve against this base (see `pathOnlyTarget`).
    if (onLibrary) summary.globalBaseUrls = ["axios"];
    // An instance made with a path as its base gets a full URL later (`api.defaults.baseURL = \`${endpoint}/api\``):
    // it may serve a server too. Which instance the assignment reaches is not always visible (made in a factory), so
    // none made above it in this file counts as a page's client.
    else for (const entry of summary.outboundCalls) if (entry.isInstanceFactory) delete entry.pathOnlyTarget;
    return;
  }
  if (isDisablingValue(assignment.right)) return;
  if (onLibrary) {
    summary.globalTimeouts = [...new Set([...(summary.globalTimeouts ?? []), "axios" as const])];
    return;
  }
  const instance = instanceBoundTo(declaration, summary);
  if (instance) instance.hasTimeout = true;
  // An instance made in another module and imported here: its factory call learns of it from the project.
  else if (imported && imported.module !== "axios") summary.importedDefaultTimeouts = [...new Set([...(summary.importedDefaultTimeouts ?? []), defaults.expression.text])];
}

/**
 * A request's own timeout options; for fetch and undici also a per-request agent with deadlines (`{ dispatcher: new
 * Agent({ headersTimeout }) }`), which bounds that request as the global dispatcher bounds every one.
 */
function requestTimeoutState(literal: ts.ObjectLiteralExpression, client: OutboundClient): TimeoutState {
  const state = timeoutState(literal, timeoutOptionNames[client], 0);
  if (state !== "missing" || (client !== "fetch" && client !== "undici")) return state;
  const property = propertyNamed(literal, "dispatcher");
  const dispatcher = property && (ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined);
  return dispatcher && isTimedAgent(dispatcher) ? "set" : state;
}

/** An undici agent (made in place, or the `const` holding it) built with `headersTimeout` or `bodyTimeout`. */
function isTimedAgent(node: ts.Expression): boolean {
  const value = unwrapExpression(node);
  const agent = ts.isIdentifier(value) ? constInitializerOf(value) : value;
  const options = agent && ts.isNewExpression(agent) && importedModuleOfCallee(agent) === "undici" ? agent.arguments?.[0] : undefined;
  const literal = options && objectLiteralBehind(unwrapExpression(options));
  return !!literal && timeoutState(literal, dispatcherTimeoutOptions, 0) === "set";
}

/**
 * undici's `setGlobalDispatcher(new Agent({ headersTimeout, bodyTimeout }))`: Node's own `fetch` and undici's calls in
 * the process use that agent, so the timeouts it sets bound every one of them. A dispatcher without those options
 * (a proxy agent) keeps undici's defaults and bounds nothing the project chose.
 */
function recordGlobalDispatcher(call: ts.CallExpression, summary: FileSummary): boolean {
  const callee = calleeText(call);
  if (callee !== "setGlobalDispatcher" && !callee?.endsWith(".setGlobalDispatcher")) return false;
  if (importedModuleOfCallee(call) !== "undici") return false;
  const argument = call.arguments[0];
  if (argument && isTimedAgent(argument)) {
    summary.globalTimeouts = [...new Set([...(summary.globalTimeouts ?? []), "fetch" as const, "undici" as const])];
  }
  return true;
}

/** What bounds a request on an undici agent: the wait for the answer's headers and the gaps between its body's chunks. */
const dispatcherTimeoutOptions = ["headersTimeout", "bodyTimeout"];

function findEntry(summary: FileSummary, start: number): OutboundCallSummary | undefined {
  return summary.outboundCalls.find((entry) => entry.span.start === start);
}
