// The lifecycle of long-running Node servers: where a server starts listening (a framework app's `listen`, a Node
// `http.createServer(...).listen`, Hono's `serve` from @hono/node-server) and what the process does on SIGTERM/SIGINT
// (a signal handler, Nest's shutdown hooks, a graceful-shutdown library). Records data only; rules judge it.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";
import { listenAddressOf, serverFrameworkOf } from "./app-config.js";
import type { Extractor } from "./summarize.js";
import { calleeModuleOf, calleeText, findDeclaration, isFunctionLike, spanOf, stringValue, unwrapExpression } from "./syntax.js";
import type { FileSummary, ServerAppSummary } from "./types.js";

const { SyntaxKind } = ts;

/** Libraries that stop accepting connections and drain them on a termination signal. */
const gracefulShutdownModules = /^(http-terminator|@godaddy\/terminus|lightship|close-with-grace|fastify-graceful-shutdown|http-graceful-shutdown|stoppable|@moebius\/http-graceful-shutdown|graceful-shutdown-express|node-graceful-shutdown)$/;
const nodeHttpModules = /^(node:)?(http|https|http2)$/;
const shutdownSignals = new Set(["SIGTERM", "SIGINT"]);
const processListenerMethods = new Set(["on", "once", "addListener", "prependListener", "prependOnceListener"]);
/** Calls a signal handler may make without closing anything: logging and leaving. */
const nonClosingCall = /^(process\.exit|process\.kill|console\.\w+|[\w.]*(log|logger|Logger)\.\w+)$/;

/** How a fix closes the server: `server.close(cb)` on the Node server, Fastify's `app.close()`, Nest's `enableShutdownHooks()`. */
export type ServerCloseKind = "server" | "fastify" | "nest";

export interface ServerListenSummary {
  /** The callee of the `listen(...)` (or `serve(...)`) call: `app.listen`, where a finding is reported. */
  span: Span;
  /** The framework whose app listens, "http" for a Node server made by `createServer`, "imported" for an app from another module. */
  kind: ServerAppSummary["framework"] | "http" | "imported";
  /** For "imported": the module and export the app (or the factory called to make it) comes from. */
  importedFrom?: { module: string; imported: string };
  /** A name in scope at `statement` whose `close` stops the server, and how. */
  handle?: { name: string; close: ServerCloseKind };
  /** The local bound to the framework app made in this file that listens (`app` of `const app = express()`). */
  app?: string;
  /** The statement holding the call, after which (before which, for Nest) a fix adds the shutdown code. */
  statement: Span;
  /** Listens on port 0 or a loopback host: a throwaway local server (a CLI's OAuth callback, a test helper). */
  isEphemeral: boolean;
  /** The file closes this server itself somewhere (`server.close()` in a `stop()` method): its lifecycle is managed. */
  isClosedInFile: boolean;
}

export interface ShutdownHandlingSummary {
  kind: "signal" | "nest-hooks";
  span: Span;
  /** For a signal handler: it does more than log and exit (a named handler, or one that calls something else). */
  drains?: boolean;
}

export interface ServerLifecycleSummary {
  listens: ServerListenSummary[];
  shutdown: ShutdownHandlingSummary[];
}

export const serverLifecycle: Extractor = {
  kinds: [SyntaxKind.CallExpression],
  textHint: /listen|serve|SIGTERM|SIGINT|enableShutdownHooks/,
  visit(node, { summary, sourceFile }) {
    const call = node as ts.CallExpression;
    const callee = call.expression;
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      if (method === "listen") return recordListen(call, callee.expression, summary, sourceFile);
      if (method === "enableShutdownHooks") return lifecycleOf(summary).shutdown.push({ kind: "nest-hooks", span: spanOf(call) });
      if (processListenerMethods.has(method) && callee.expression.getText() === "process") return recordSignalHandler(call, summary, sourceFile);
    }
    if (ts.isIdentifier(callee) && callee.text === "serve" && calleeModuleOf(callee).module === "@hono/node-server") recordServe(call, summary, sourceFile);
  },
};

function lifecycleOf(summary: FileSummary): ServerLifecycleSummary {
  return (summary.serverLifecycle ??= { listens: [], shutdown: [] });
}

/** True when the file handles termination in a way that drains: a library, Nest's hooks, or a signal handler that closes something. */
export function drainsOnShutdown(summary: FileSummary): boolean {
  if (summary.imports.some((binding) => gracefulShutdownModules.test(binding.module))) return true;
  return (summary.serverLifecycle?.shutdown ?? []).some((entry) => entry.kind === "nest-hooks" || entry.drains);
}

/** True when the file listens for SIGTERM/SIGINT at all (perhaps only to exit). */
export function handlesSignals(summary: FileSummary): boolean {
  return (summary.serverLifecycle?.shutdown ?? []).some((entry) => entry.kind === "signal");
}

function recordSignalHandler(call: ts.CallExpression, summary: FileSummary, sourceFile: ts.SourceFile): void {
  const [event, handler] = call.arguments;
  if (!event || !handler) return;
  const signal = stringValue(event);
  // `for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, …)`: a name, in a file that names the signals.
  if (signal === undefined ? !ts.isIdentifier(event) || !/SIGTERM|SIGINT/.test(sourceFile.text) : !shutdownSignals.has(signal)) return;
  lifecycleOf(summary).shutdown.push({ kind: "signal", span: spanOf(call), drains: !isFunctionLike(handler) || callsBeyondExit(handler) });
}

/** The handler calls something other than logging and `process.exit` (nested functions included: `setTimeout(() => …)`). */
function callsBeyondExit(handler: ts.Node): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && !nonClosingCall.test(calleeText(node) ?? "")) found = true;
    else ts.forEachChild(node, visit);
  };
  ts.forEachChild(handler, visit);
  return found;
}

function recordListen(call: ts.CallExpression, receiver: ts.Expression, summary: FileSummary, sourceFile: ts.SourceFile): void {
  const target = unwrapExpression(receiver);
  const source = serverSourceOf(target);
  if (!source) return;
  const assigned = assignedName(call);
  // Fastify's and Nest's `listen` resolve to an address, not the server: the app closes itself. Express, Koa and Hono
  // return their Node server from `listen`, and a Node server made by `createServer` is its own handle.
  const name = source.kind === "fastify" || source.kind === "nest" ? source.name : source.kind === "http" ? (source.name ?? assigned) : assigned;
  const close: ServerCloseKind = source.kind === "fastify" || source.kind === "nest" ? source.kind : "server";
  const handle = name ? { name, close } : undefined;
  const closable = [source.name, assigned].filter((name): name is string => !!name);
  lifecycleOf(summary).listens.push({
    span: spanOf(call.expression),
    kind: source.kind,
    ...(source.importedFrom ? { importedFrom: source.importedFrom } : {}),
    ...(handle ? { handle } : {}),
    ...(source.kind !== "http" && source.kind !== "imported" && source.name ? { app: source.name } : {}),
    statement: spanOf(statementOf(call)),
    isEphemeral: listensLocally(call.arguments),
    isClosedInFile: closable.some((name) => closesInFile(name, sourceFile)),
  });
}

/** `serve({ fetch: app.fetch, port })` from @hono/node-server returns the Node server. */
function recordServe(call: ts.CallExpression, summary: FileSummary, sourceFile: ts.SourceFile): void {
  const assigned = assignedName(call);
  lifecycleOf(summary).listens.push({
    span: spanOf(call.expression),
    kind: "hono",
    ...(assigned ? { handle: { name: assigned, close: "server" as const } } : {}),
    statement: spanOf(statementOf(call)),
    isEphemeral: listensLocally(call.arguments),
    isClosedInFile: !!assigned && closesInFile(assigned, sourceFile),
  });
}

interface ServerSource {
  kind: ServerListenSummary["kind"];
  /** The local the app or server is bound to. */
  name?: string;
  importedFrom?: { module: string; imported: string };
}

/** What listens: a framework app or Node server made here (in place or bound to a local), or an app imported from another module. */
function serverSourceOf(target: ts.Expression): ServerSource | undefined {
  const made = madeServerKind(target);
  if (made) return { kind: made };
  if (!ts.isIdentifier(target)) return undefined;
  const declaration = findDeclaration(target.text, target);
  if (!declaration) return undefined;
  if (ts.isImportClause(declaration) || ts.isImportSpecifier(declaration)) {
    const module = importModuleOf(declaration);
    const imported = ts.isImportClause(declaration) ? "default" : (declaration.propertyName ?? declaration.name).text;
    return module && module.startsWith(".") ? { kind: "imported", name: target.text, importedFrom: { module, imported } } : undefined;
  }
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const initializer = unwrapAwait(declaration.initializer);
  const kind = madeServerKind(initializer);
  if (kind) return { kind, name: target.text };
  // `const app = require("./app")`, `const app = createApp()` with `createApp` imported from the project.
  const required = ts.isCallExpression(initializer) && calleeText(initializer) === "require" ? stringValue(initializer.arguments[0]) : undefined;
  if (required?.startsWith(".")) return { kind: "imported", name: target.text, importedFrom: { module: required, imported: "default" } };
  if (ts.isCallExpression(initializer) && ts.isIdentifier(initializer.expression)) {
    const factory = findDeclaration(initializer.expression.text, initializer.expression);
    if (factory && (ts.isImportClause(factory) || ts.isImportSpecifier(factory))) {
      const module = importModuleOf(factory);
      const imported = ts.isImportClause(factory) ? "default" : (factory.propertyName ?? factory.name).text;
      if (module?.startsWith(".")) return { kind: "imported", name: target.text, importedFrom: { module, imported } };
    }
  }
  return undefined;
}

function madeServerKind(expression: ts.Expression): ServerListenSummary["kind"] | undefined {
  const value = unwrapAwait(expression);
  if (ts.isCallExpression(value)) {
    const { module, member } = calleeModuleOf(value.expression);
    if (module && nodeHttpModules.test(module) && /^(createServer|createSecureServer)$/.test(member)) return "http";
  }
  return serverFrameworkOf(value);
}

function importModuleOf(declaration: ts.ImportClause | ts.ImportSpecifier): string | undefined {
  const importDeclaration = ts.isImportClause(declaration) ? declaration.parent : declaration.parent.parent.parent;
  return stringValue(importDeclaration.moduleSpecifier);
}

function unwrapAwait(expression: ts.Expression): ts.Expression {
  const value = unwrapExpression(expression);
  return ts.isAwaitExpression(value) ? unwrapExpression(value.expression) : value;
}

/** `const server = app.listen(...)` / `server = app.listen(...)` → `server`. */
function assignedName(call: ts.CallExpression): string | undefined {
  let node: ts.Node = call;
  while (ts.isAwaitExpression(node.parent) || ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === SyntaxKind.EqualsToken && parent.right === node && ts.isIdentifier(parent.left)) return parent.left.text;
  return undefined;
}

/** The statement around the call in its block. */
function statementOf(node: ts.Node): ts.Node {
  let current = node;
  while (current.parent && !ts.isBlock(current.parent) && !ts.isSourceFile(current.parent) && !ts.isModuleBlock(current.parent) && !ts.isCaseClause(current.parent)) current = current.parent;
  return current;
}

/** Port 0 or a loopback host (`listen(0, "127.0.0.1")`, `{ port: 0, host: "localhost" }`): a throwaway local server. */
function listensLocally(args: readonly ts.Expression[]): boolean {
  const address = listenAddressOf(args);
  return address.osChosenPort || address.loopback;
}

/** `name.close(` appears in the file. */
function closesInFile(name: string, sourceFile: ts.SourceFile): boolean {
  return new RegExp(`(^|[^\\w.$])${name.replace(/\$/g, "\\$")}\\s*\\.\\s*close\\s*\\(`).test(sourceFile.text);
}
