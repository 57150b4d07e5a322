// Loggers: names bound to a logger instance (pino, winston, bunyan, log4js, NestJS `Logger`, a project wrapper around
// one) recorded in `summary.loggers`, and the test for a logging call. Records facts only; never judges what is logged.
import { ts } from "ts-morph";
import type { Extractor } from "./summarize.js";
import { calleeText, callChainRoot, findDeclaration, importedModuleOf, unwrapExpression } from "./syntax.js";

const { SyntaxKind } = ts;

/** Modules whose default export, `createLogger`/`getLogger`, or `Logger` class make loggers. */
const loggerModules = new Set(["pino", "winston", "bunyan", "log4js", "@nestjs/common", "tslog", "consola", "signale", "roarr"]);
const loggerFactories = new Set(["createLogger", "getLogger", "child", "Logger", "pino", "default"]);
export const logLevels: ReadonlySet<string> = new Set(["log", "info", "warn", "error", "debug", "trace", "fatal", "verbose", "notice", "silly", "http"]);

export const loggers: Extractor = {
  kinds: [SyntaxKind.VariableDeclaration, SyntaxKind.PropertyDeclaration, SyntaxKind.FunctionDeclaration],
  visit(node, { summary }) {
    if (ts.isFunctionDeclaration(node)) {
      // `export function createLogger(opts) { return pino({...}) }`: the project's own factory, used from other packages.
      if (node.name && node.body && returnsLogger(node.body, summary.loggers ?? [])) (summary.loggerFactories ??= []).push(node.name.text);
      return;
    }
    if (!(ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node)) || !node.initializer || !ts.isIdentifier(node.name)) return;
    const name = ts.isPropertyDeclaration(node) ? `this.${node.name.text}` : node.name.text;
    if (!makesLogger(node.initializer, summary.loggers ?? [])) {
      // `const logger = createLogger({ name: "api" })` with `createLogger` imported: a logger when that function makes one.
      const factory = importedFactoryCalled(node.initializer);
      if (factory && ts.isVariableStatement(node.parent.parent) && ts.isSourceFile(node.parent.parent.parent)) (summary.madeByImportedCall ??= []).push({ name, factory });
      return;
    }
    summary.loggers ??= [];
    if (!summary.loggers.includes(name)) summary.loggers.push(name);
  },
};

/** Some `return` of the function body hands back a logger a logging library makes. */
function returnsLogger(body: ts.Block, knownLoggers: readonly string[]): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression && makesLogger(node.expression, knownLoggers)) found = true;
    else ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

/** `createLogger(...)` where `createLogger` is an imported name (not a logging library's, which `makesLogger` knows). */
function importedFactoryCalled(initializer: ts.Expression): string | undefined {
  const expression = unwrapExpression(initializer);
  if (!ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression)) return undefined;
  const name = expression.expression.text;
  return importedModuleOf(name, expression) !== undefined ? name : undefined;
}

/** `pino()`, `winston.createLogger(...)`, `new Logger(UsersService.name)`, `logger.child({...})` of a known logger. */
function makesLogger(initializer: ts.Expression, knownLoggers: readonly string[]): boolean {
  const expression = unwrapExpression(initializer);
  if (!ts.isCallExpression(expression) && !ts.isNewExpression(expression)) return false;
  const callee = calleeText(expression);
  if (!callee) return false;
  const [root = "", ...rest] = callee.split(".");
  const last = rest[rest.length - 1] ?? root;
  if (knownLoggers.includes(root) && last === "child") return true;
  const module = importedModuleOf(root, expression);
  return module !== undefined && loggerModules.has(module) && (rest.length === 0 || loggerFactories.has(last));
}

/** `clientLog.warn(...)` where `const clientLog = log4js.getLogger("client")`: the name is bound to a logging library's logger. */
export function isLoggingLibraryCall(call: ts.CallExpression): boolean {
  if (!ts.isPropertyAccessExpression(call.expression) || !logLevels.has(call.expression.name.text)) return false;
  const receiver = unwrapExpression(call.expression.expression);
  const declaration = ts.isIdentifier(receiver) ? findDeclaration(receiver.text, receiver) : undefined;
  return !!declaration && ts.isVariableDeclaration(declaration) && !!declaration.initializer && makesLogger(declaration.initializer, []);
}

/**
 * `winston.verbose("…")` with `winston` required from the project's own logger module (`../config/winston`): a log level
 * called on an imported module. Harden cannot see from this file that the module is a logger; a statement whose answer
 * nobody waits for and that is named for a log level records, it does not change the store.
 */
export function isLevelCallOnModule(expression: ts.Expression): boolean {
  if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression) || !logLevels.has(expression.expression.name.text)) return false;
  const receiver = unwrapExpression(expression.expression.expression);
  return ts.isIdentifier(receiver) && importedModuleOf(receiver.text, receiver) !== undefined;
}

/** Error-tracking and tracing SDKs: their calls record in this process and ship later, as a log line does. */
const telemetryModule = /^(@sentry\/[\w-]+|@opentelemetry\/api|dd-trace|newrelic|@bugsnag\/[\w-]+|@highlight-run\/node)$/;

/** `Sentry.setUser(null)`, `Sentry.addBreadcrumb(...)`, `trace.getActiveSpan()`: a member of an imported telemetry SDK. */
export function isTelemetryCall(call: ts.CallExpression): boolean {
  const root = callChainRoot(call.expression);
  return ts.isIdentifier(root) && telemetryModule.test(importedModuleOf(root.text, root) ?? "");
}

/**
 * The logging call's level when `call` logs: `console.<level>`, `<logger>.<level>` for a logger this file knows or
 * `isLogger` resolves (imported from the project), or a framework's request logger (`request.log.info`, `c.var.logger`).
 */
export function loggingLevelOf(call: ts.CallExpression, isLogger: (name: string) => boolean): string | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const level = call.expression.name.text;
  if (!logLevels.has(level)) return undefined;
  const receiver = unwrapExpression(call.expression.expression);
  if (ts.isIdentifier(receiver)) return receiver.text === "console" || isLogger(receiver.text) ? level : undefined;
  if (ts.isPropertyAccessExpression(receiver)) {
    const name = receiver.name.text;
    // Fastify's `request.log`/`app.log` and pino-http's `req.log`; Hono's `c.var.logger`; Nest's `this.logger`.
    if (name === "log" || name === "logger") return level;
    if (receiver.expression.kind === SyntaxKind.ThisKeyword && isLogger(`this.${name}`)) return level;
  }
  return undefined;
}

/**
 * `program.command("create-key").option(…).action(async (options) => { console.log(key) })`: what a command-line
 * command prints to the console is its output to the operator who ran it (a key it just made, a report), not a log
 * line kept and shipped. Only `console` calls inside the `.action(...)` callback of a `.command("<name>")` chain.
 */
export function printsCommandOutput(call: ts.CallExpression): boolean {
  if (!ts.isPropertyAccessExpression(call.expression) || unwrapExpression(call.expression.expression).getText() !== "console") return false;
  for (let current: ts.Node = call.parent; !ts.isSourceFile(current); current = current.parent) {
    if (ts.isFunctionLike(current) && isCommandAction(current)) return true;
  }
  return false;
}

/** The function is the callback of `.action(...)` on a chain that declares a named command. */
function isCommandAction(fn: ts.Node): boolean {
  const action = fn.parent;
  if (!ts.isCallExpression(action) || action.arguments[0] !== fn || !ts.isPropertyAccessExpression(action.expression) || action.expression.name.text !== "action") return false;
  for (let link = unwrapExpression(action.expression.expression); ts.isCallExpression(link) && ts.isPropertyAccessExpression(link.expression); link = unwrapExpression(link.expression.expression)) {
    const [name] = link.arguments;
    if (link.expression.name.text === "command" && name !== undefined && ts.isStringLiteralLike(name)) return true;
  }
  return false;
}
