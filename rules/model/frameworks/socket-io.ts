// Socket.IO servers and NestJS `@WebSocketGateway` classes: whether they accept connections and what guards them
// (`io.use(...)` middleware, a connection handler that checks a token and disconnects, `@UseGuards`). A namespace
// (`io.of("/admin")`) is its own SocketServerSummary with `namespace` set, because `io.use()` does not reach it.
import { ts } from "ts-morph";
import { isLogCall, readsCredential, rejectsUnauthenticated, someDescendant } from "../auth-checks.js";
import type { ExtractionContext, Extractor } from "../summarize.js";
import { assignedValue, calleeText, constInitializerOf, decoratorsOf, dottedName, functionBoundTo, importedModuleOf, isFunctionLike, propertyNamed, spanOf, stringValue, unwrapExpression, type FunctionLike } from "../syntax.js";
import type { FileSummary, GuardRef, SocketServerSummary } from "../types.js";
import { decoratorName, useGuardsOf } from "./nest.js";

const { SyntaxKind } = ts;
const connectionEvents = new Set(["connection", "connect"]);
/** Methods that start the engine on an HTTP server with their last argument as its options: `io.listen(server, opts)`. */
const attachMethods = new Set(["listen", "attach"]);

/** Per-file calls seen during the walk, resolved against the servers once the whole file is known. */
const pendingCalls = new WeakMap<FileSummary, ts.CallExpression[]>();

function isSocketIoModule(name: string, from: ts.Node): boolean {
  return importedModuleOf(name, from) === "socket.io";
}

/** `new Server(httpServer)`, `socketIo(server)`, `require("socket.io")(server)`. */
function isServerCreation(node: ts.NewExpression | ts.CallExpression): boolean {
  const callee = unwrapExpression(node.expression);
  if (ts.isIdentifier(callee)) return isSocketIoModule(callee.text, node);
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && ts.isNewExpression(node)) {
    return isSocketIoModule(callee.expression.text, node) && callee.name.text === "Server";
  }
  return ts.isCallExpression(callee) && calleeText(callee) === "require" && stringValue(callee.arguments[0]) === "socket.io";
}

/** The variable or property the server is stored in: `const io = ...`, `this.io = ...`. */
function ownerOf(node: ts.Node): string | undefined {
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === SyntaxKind.EqualsToken) return dottedName(parent.left);
  if (ts.isPropertyDeclaration(parent) && ts.isIdentifier(parent.name)) return `this.${parent.name.text}`;
  return undefined;
}

function visitCreation(node: ts.NewExpression | ts.CallExpression, context: ExtractionContext): void {
  if (!isServerCreation(node)) return;
  const owner = ownerOf(node);
  if (!owner) return;
  const handshake = handshakeGuard(node.arguments?.[node.arguments.length - 1]);
  context.summary.socketServers.push({ owner, span: spanOf(node), hasConnectionHandler: false, guards: handshake ? [handshake] : [] });
}

/**
 * The `allowRequest` option (`new Server(opts)`, `io.listen(server, opts)`): Engine.IO hands it every handshake request
 * and a callback, and refuses the connection when the callback gets an error or `false`. One that reads a credential
 * and refuses on some path gates every connection before any namespace sees it.
 */
function handshakeGuard(options: ts.Expression | undefined): GuardRef | undefined {
  let object = options && unwrapExpression(options);
  if (object && ts.isIdentifier(object)) object = constInitializerOf(object);
  const property = propertyNamed(object, "allowRequest");
  const check = property && (ts.isPropertyAssignment(property) ? unwrapExpression(property.initializer) : property);
  if (!check || !isFunctionLike(check) || !check.body || !readsCredential(check.body)) return undefined;
  const callback = check.parameters[1];
  if (!callback || !ts.isIdentifier(callback.name)) return undefined;
  const callbackName = callback.name.text;
  const refuses = someDescendant(check.body, (node) => ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === callbackName && refusesHandshake(node));
  return refuses ? { name: "allowRequest", kind: "inline", span: spanOf(check) } : undefined;
}

/** `callback(err)`, `callback("forbidden", false)`: an error first, or `false` as the verdict. */
function refusesHandshake(call: ts.CallExpression): boolean {
  const [error, allowed] = call.arguments.map((argument) => unwrapExpression(argument));
  const passesNoError = !error || error.kind === SyntaxKind.NullKeyword || (ts.isIdentifier(error) && error.text === "undefined");
  return !passesNoError || allowed?.kind === SyntaxKind.FalseKeyword;
}

/** Finds the server entry an `.on()` / `.use()` receiver refers to: `io`, `io.sockets`, `io.of("/ns")`, or a `const ns = io.of("/ns")` alias. */
function serverFor(receiver: ts.Expression, summary: FileSummary, sourceFile: ts.SourceFile): SocketServerSummary | undefined {
  const expression = unwrapExpression(receiver);
  const name = dottedName(expression);
  const main = name && summary.socketServers.find((s) => !s.namespace && (s.owner === name || `${s.owner}.sockets` === name));
  if (main) return main;
  // `io.of("/ns").use(guard).on("connection", ...)`: use() returns the namespace it was called on.
  if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && expression.expression.name.text === "use") {
    return serverFor(expression.expression.expression, summary, sourceFile);
  }
  if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && expression.expression.name.text === "of") {
    const owner = dottedName(expression.expression.expression);
    const namespace = stringValue(expression.arguments[0]);
    if (!owner || namespace === undefined || !summary.socketServers.some((s) => s.owner === owner && !s.namespace)) return undefined;
    const existing = summary.socketServers.find((s) => s.owner === owner && s.namespace === namespace);
    if (existing) return existing;
    const created: SocketServerSummary = { owner, namespace, span: spanOf(expression, sourceFile), hasConnectionHandler: false, guards: [] };
    summary.socketServers.push(created);
    return created;
  }
  if (ts.isIdentifier(expression)) {
    const alias = namespaceAlias(expression);
    return alias && serverFor(alias, summary, sourceFile);
  }
  return undefined;
}

function namespaceAlias(identifier: ts.Identifier): ts.Expression | undefined {
  for (let scope: ts.Node | undefined = identifier.parent; scope; scope = scope.parent) {
    if (!ts.isSourceFile(scope) && !ts.isBlock(scope)) continue;
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      const declaration = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === identifier.text);
      if (declaration?.initializer) return declaration.initializer;
    }
  }
  return undefined;
}

/** `io.use(fn)`: a named guard, a guard factory's call, or an inline function that checks a credential and refuses. */
function middlewareGuard(argument: ts.Expression, call: ts.CallExpression): GuardRef | undefined {
  const expression = unwrapExpression(argument);
  if (isFunctionLike(expression)) {
    return expression.body && readsCredential(expression.body) && refusesConnection(expression.body)
      ? { name: calleeText(call) ?? "use", kind: "inline", span: spanOf(expression) }
      : undefined;
  }
  const name = ts.isCallExpression(expression) ? calleeText(expression) : dottedName(expression);
  return name ? { name, kind: "middleware", span: spanOf(expression) } : undefined;
}

/** Rejects the handshake: `next(new Error("unauthorized"))`, a 401/403 or auth error, or `socket.disconnect()`. */
function refusesConnection(node: ts.Node): boolean {
  if (rejectsUnauthenticated(node)) return true;
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(child)) {
      const callee = calleeText(child) ?? "";
      if (/(^|\.)disconnect$/.test(callee)) found = true;
      if (callee === "next" && child.arguments.some((a) => ts.isNewExpression(a) && /Error$/.test(calleeText(a) ?? ""))) found = true;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/** `client.close(4001, "no session")` or `client.terminate()` on the connection's own socket (a `ws` gateway's refusal). */
function closesSocket(node: ts.Node, client: string): boolean {
  const refusals = new Set([`${client}.close`, `${client}.terminate`]);
  return someDescendant(node, (child) => ts.isCallExpression(child) && refusals.has(calleeText(child) ?? ""));
}

/**
 * `if (!verify(socket.handshake.auth.token)) { socket.disconnect(); return; }` inside a connection handler, or
 * `try { const user = await authenticate(socket); ... } catch { socket.disconnect(); }`: the handler first derives a
 * caller from the socket (an awaited call given the socket, bound to a name) and drops the connection when that fails.
 */
function connectionChecks(handler: ts.Node): GuardRef[] {
  if (!isFunctionLike(handler) || !handler.body || !ts.isBlock(handler.body)) return [];
  const socket = handler.parameters[0] && ts.isIdentifier(handler.parameters[0].name) ? handler.parameters[0].name.text : undefined;
  const guards: GuardRef[] = [];
  if (socket && gatesOnSession(handler.body, socket)) guards.push({ name: "sessionCheck", kind: "inline", span: spanOf(handler) });
  if (socket && admitsThroughCredentialEvent(handler.body, socket)) guards.push({ name: "credentialEvent", kind: "inline", span: spanOf(handler) });
  for (const statement of handler.body.statements) {
    if (ts.isIfStatement(statement) && readsCredential(statement.expression) && refusesConnection(statement.thenStatement)) {
      guards.push({ name: "disconnect", kind: "inline", span: spanOf(statement) });
    } else if (socket && ts.isTryStatement(statement) && statement.catchClause && refusesConnection(statement.catchClause.block)) {
      if (bindsCallerFrom(statement.tryBlock.statements[0], socket)) guards.push({ name: "disconnect", kind: "inline", span: spanOf(statement) });
    }
  }
  return guards;
}

/**
 * `const { session: { user } = {} } = socket.request; if (!user?.is_admin) return;` before the handler registers any
 * listener: a socket whose session (attached by the session middleware) fails the check gets no handlers at all, so
 * it can do nothing. Only values read from the socket's own `request.session` count.
 */
function gatesOnSession(body: ts.Block, socket: string): boolean {
  const sessionValues = new Set<string>();
  for (const statement of body.statements) {
    if (someDescendant(statement, (node) => ts.isCallExpression(node) && calleeText(node) === `${socket}.on`)) return false;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const source = declaration.initializer && dottedName(unwrapExpression(declaration.initializer));
        if (source?.startsWith(socket + ".")) collectSessionNames(declaration.name, source, sessionValues);
      }
    } else if (ts.isIfStatement(statement) && onlyReturns(statement.thenStatement)) {
      const testsSession = someDescendant(statement.expression, (node) =>
        ts.isIdentifier(node) ? sessionValues.has(node.text) : ts.isPropertyAccessExpression(node) && isSessionPath(dottedName(node) ?? "", socket),
      );
      if (testsSession) return true;
    }
  }
  return false;
}

/** `socket.request.session`, `socket.conn.request.session.user`: a path into the socket's express session. */
function isSessionPath(path: string, socket: string): boolean {
  return path.startsWith(socket + ".") && /\.request\.session(\.|$)/.test(path);
}

/** The names `binding` introduces for values under the socket's session, given that it destructures `source`. */
function collectSessionNames(binding: ts.BindingName, source: string, names: Set<string>): void {
  if (ts.isIdentifier(binding)) {
    if (/\.request\.session(\.|$)/.test(source)) names.add(binding.text);
    return;
  }
  if (!ts.isObjectBindingPattern(binding)) return;
  for (const element of binding.elements) {
    const key = element.propertyName ?? (ts.isIdentifier(element.name) ? element.name : undefined);
    if (key && ts.isIdentifier(key)) collectSessionNames(element.name, `${source}.${key.text}`, names);
  }
}

/**
 * `socket.on("auth", authenticate)` and otherwise only log listeners: until the client sends its credential on that
 * event the socket has no listener that does anything. The listener reads the credential (a password, a token) and,
 * itself or through functions of this file it calls, attaches the listeners that do the work, so a client that never
 * authenticates has nothing to send its events to.
 */
function admitsThroughCredentialEvent(body: ts.Block, socket: string): boolean {
  const listeners: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node)) return;
    if (ts.isCallExpression(node) && calleeText(node) === `${socket}.on`) listeners.push(node);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  let admits = false;
  for (const call of listeners) {
    const listener = call.arguments[1] && unwrapExpression(call.arguments[1]);
    const fn = listener && (isFunctionLike(listener) ? listener : ts.isIdentifier(listener) ? functionBoundTo(listener.text, listener) : undefined);
    if (!fn?.body) return false;
    if (onlyLogs(fn.body)) continue;
    if (!readsCredential(fn.body) || !reachedFunctions(fn).some(attachesListener)) return false;
    admits = true;
  }
  return admits;
}

/** `(error) => console.error(…)`: a listener whose every call is a log line. */
function onlyLogs(body: ts.ConciseBody): boolean {
  const calls: ts.CallExpression[] = [];
  const collect = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) calls.push(node);
    ts.forEachChild(node, collect);
  };
  collect(body);
  return calls.length > 0 && calls.every((call) => isLogCall(call) || calls.some((outer) => outer !== call && isLogCall(outer) && someDescendant(outer, (node) => node === call)));
}

/** `fn` and the functions of its file it calls by name (`initClient()`, `admit(socket, id)`), transitively. */
function reachedFunctions(fn: FunctionLike): FunctionLike[] {
  const reached = new Set<FunctionLike>();
  const pending = [fn];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (reached.has(current) || !current.body) continue;
    reached.add(current);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const called = functionBoundTo(node.expression.text, node);
        if (called) pending.push(called);
      }
      ts.forEachChild(node, visit);
    };
    visit(current.body);
  }
  return [...reached];
}

/** The function attaches a listener to a socket: `socket.on("say", …)`. */
function attachesListener(fn: FunctionLike): boolean {
  return !!fn.body && someDescendant(fn.body, (node) => ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "on" && stringValue(node.arguments[0]) !== undefined && node.arguments.length === 2);
}

/** `return;` or `{ return; }`. */
function onlyReturns(statement: ts.Statement): boolean {
  const inner = ts.isBlock(statement) && statement.statements.length === 1 ? statement.statements[0]! : statement;
  return ts.isReturnStatement(inner) && inner.expression === undefined;
}

/** `const user = await f(socket)` (or `f(socket.handshake)`): the statement derives a value from the socket by an awaited call. */
function bindsCallerFrom(statement: ts.Statement | undefined, socket: string): boolean {
  if (!statement || !ts.isVariableStatement(statement)) return false;
  return statement.declarationList.declarations.some((declaration) => {
    const init = declaration.initializer && unwrapExpression(declaration.initializer);
    if (!init || !ts.isAwaitExpression(init)) return false;
    const call = unwrapExpression(init.expression);
    return ts.isCallExpression(call) && call.arguments.some((argument) => {
      const expression = unwrapExpression(argument);
      return ts.isIdentifier(expression) ? expression.text === socket : dottedName(expression)?.startsWith(socket + ".") === true;
    });
  });
}

function resolveCall(call: ts.CallExpression, context: ExtractionContext): void {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return;
  const server = serverFor(callee.expression, context.summary, context.sourceFile);
  if (!server) return noteGatedNamespace(call, context.summary);
  if (attachMethods.has(callee.name.text)) {
    const handshake = server.namespace === undefined ? handshakeGuard(call.arguments[call.arguments.length - 1]) : undefined;
    if (handshake) server.guards.push(handshake);
  } else if (callee.name.text === "use") {
    for (const argument of call.arguments) {
      const guard = middlewareGuard(argument, call);
      if (guard) server.guards.push(guard);
    }
  } else if (connectionEvents.has(stringValue(call.arguments[0]) ?? "")) {
    server.hasConnectionHandler = true;
    const handler = call.arguments[1] && unwrapExpression(call.arguments[1]);
    if (handler) server.guards.push(...connectionChecks(handler));
  }
}

/**
 * `args.io.of("/settings").on("connection", (socket) => { …session check…; return })` on a server this file did not
 * create (a plugin hook hands it in): the namespace's gate, which the file that creates the namespace links by name.
 */
function noteGatedNamespace(call: ts.CallExpression, summary: FileSummary): void {
  if (!ts.isPropertyAccessExpression(call.expression) || !connectionEvents.has(stringValue(call.arguments[0]) ?? "")) return;
  let receiver = unwrapExpression(call.expression.expression);
  if (ts.isIdentifier(receiver)) receiver = namespaceAlias(receiver) ?? receiver;
  const namespace = ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression) && receiver.expression.name.text === "of" ? stringValue(receiver.arguments[0]) : undefined;
  const handler = call.arguments[1] && unwrapExpression(call.arguments[1]);
  if (namespace === undefined || !handler || !isFunctionLike(handler) || !handler.body || !ts.isBlock(handler.body)) return;
  const socket = handler.parameters[0] && ts.isIdentifier(handler.parameters[0].name) ? handler.parameters[0].name.text : undefined;
  if (socket && gatesOnSession(handler.body, socket)) (summary.gatedSocketNamespaces ??= []).push(namespace);
}

/** `@WebSocketGateway({ namespace: "chat" })`: guards from `@UseGuards` on the class and its message handlers, and a checking `handleConnection`. */
function visitGateway(node: ts.ClassDeclaration, context: ExtractionContext): void {
  const gateway = decoratorsOf(node).find((decorator) => decoratorName(decorator) === "WebSocketGateway");
  if (!gateway || !node.name) return;
  const options = ts.isCallExpression(gateway.expression) ? gateway.expression.arguments.find(ts.isObjectLiteralExpression) : undefined;
  const namespace = stringValue(assignedValue(options, "namespace"));
  const guards = useGuardsOf(node);
  let hasConnectionHandler = false;
  for (const member of node.members) {
    if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
    const handlesMessages = decoratorsOf(member).some((decorator) => decoratorName(decorator) === "SubscribeMessage");
    if (handlesMessages) guards.push(...useGuardsOf(member).filter((guard) => !guards.some((g) => g.name === guard.name)));
    if (member.name.text === "handleConnection") guards.push(...connectionChecksInMethod(member, node));
    hasConnectionHandler ||= handlesMessages || member.name.text === "handleConnection";
  }
  context.summary.socketServers.push({ owner: node.name.text, namespace, span: spanOf(node.name), hasConnectionHandler, guards });
}

/**
 * `handleConnection` checks the caller when it, or the gateway's own methods it calls (`this.authenticate(socket)`,
 * through `const self = this` too), reads a credential and drops the connection.
 */
function connectionChecksInMethod(method: ts.MethodDeclaration, gateway: ts.ClassDeclaration): GuardRef[] {
  const bodies = methodsReachedFrom(method, gateway);
  const client = method.parameters[0] && ts.isIdentifier(method.parameters[0].name) ? method.parameters[0].name.text : undefined;
  if (!bodies.some(readsCredential) || !bodies.some((body) => refusesConnection(body) || (client !== undefined && closesSocket(body, client)))) return [];
  return [{ name: "handleConnection", kind: "inline", span: spanOf(method.name) }];
}

/** The bodies of `method` and of the class's methods it calls on `this` (or a local alias of it), transitively. */
function methodsReachedFrom(method: ts.MethodDeclaration, owner: ts.ClassDeclaration): ts.Block[] {
  const methods = new Map<string, ts.MethodDeclaration>();
  for (const member of owner.members) {
    if (ts.isMethodDeclaration(member) && ts.isIdentifier(member.name) && member.body) methods.set(member.name.text, member);
  }
  const reached = new Set<ts.MethodDeclaration>();
  const pending = [method];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (reached.has(current) || !current.body) continue;
    reached.add(current);
    const aliases = new Set<string>();
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer?.kind === SyntaxKind.ThisKeyword) aliases.add(node.name.text);
      if (ts.isPropertyAccessExpression(node) && ts.isCallExpression(node.parent) && node.parent.expression === node) {
        const receiver = node.expression;
        const onThis = receiver.kind === SyntaxKind.ThisKeyword || (ts.isIdentifier(receiver) && aliases.has(receiver.text));
        const called = onThis ? methods.get(node.name.text) : undefined;
        if (called) pending.push(called);
      }
      ts.forEachChild(node, visit);
    };
    visit(current.body);
  }
  return [...reached].map((reachedMethod) => reachedMethod.body!);
}

export const socketIoServers: Extractor = {
  // A server comes from the socket.io module or a Nest `@WebSocketGateway`, which the file must spell.
  // …or a connection listener on a namespace of a server handed in from elsewhere.
  textHint: /socket\.io|WebSocketGateway|["']connection["']/,
  kinds: [SyntaxKind.NewExpression, SyntaxKind.CallExpression, SyntaxKind.ClassDeclaration],
  visit(node, context) {
    if (ts.isClassDeclaration(node)) return visitGateway(node, context);
    if (ts.isNewExpression(node)) return visitCreation(node, context);
    if (!ts.isCallExpression(node)) return;
    visitCreation(node, context);
    if (ts.isPropertyAccessExpression(node.expression) && (node.expression.name.text === "use" || node.expression.name.text === "on" || attachMethods.has(node.expression.name.text))) {
      const pending = pendingCalls.get(context.summary) ?? [];
      pending.push(node);
      pendingCalls.set(context.summary, pending);
    }
  },
  finish(context) {
    for (const call of pendingCalls.get(context.summary) ?? []) resolveCall(call, context);
    pendingCalls.delete(context.summary);
  },
};
