// What a health or status answer reveals beyond its status: environment values, runtime versions, host, process and
// memory details, configuration, dependency error messages. Judged from where each value comes from. The extractor
// records the project's named functions whose returned value carries such details (a shared `buildHealthReport()`),
// so a handler that sends what one of them builds is judged by it. Records data only; never reports.
import { ts } from "ts-morph";
import { envNameOf } from "./env-reads.js";
import type { Extractor } from "./summarize.js";
import { calleeModuleOf, calleeText, findDeclaration, isFunctionLike, type FunctionLike, unwrapExpression } from "./syntax.js";

/** What a response may carry, named for the message. */
export type HealthDetail = "environment values" | "runtime versions" | "host names" | "process and memory details" | "configuration" | "dependency error messages";

/**
 * Property keys that name a detail, when their value is computed rather than a literal the author chose to publish.
 * The service's own release version and environment name are left out: products publish them on purpose (clients
 * check compatibility against them), and they name no host, credential or dependency.
 */
const detailKeys: ReadonlyArray<[RegExp, HealthDetail]> = [
  [/^(nodeVersion|runtimeVersion|versions)$/i, "runtime versions"],
  [/^(host|hostname|hostName|machine|serverName)$/i, "host names"],
  [/^(memory|memoryUsage|heap\w*|rss|pid|cpu\w*|loadavg|loadAverage)$/i, "process and memory details"],
  [/^(config|configuration|settings|options|envVars)$/i, "configuration"],
  [/^(error|errors|errorMessage|stack|reason|dependencyErrors)$/i, "dependency error messages"],
];
/** Variables that name the release or the deployment rather than reach anything: `APP_VERSION`, `NODE_ENV`, `GIT_SHA`. */
const publishedEnvName = /(^|_)(ENV|ENVIRONMENT|STAGE|VERSION|RELEASE|NAME|SHA|COMMIT|BUILD|TAG|REGION)$/;
const processDetails = new Set(["memoryUsage", "resourceUsage", "cpuUsage", "pid", "ppid", "version", "versions", "platform", "arch", "execPath", "argv", "config", "report"]);
const errorName = /^(e|err|error|ex|exception|reason|cause)$|Error$/;
/** Array methods whose callback's value becomes part of the result: `checks.map((c) => ({ error: c.error }))`. */
const mappingMethods = new Set(["map", "flatMap"]);

export interface DetailScope {
  /** The function whose locals are followed (`const report = {...}; res.json(report)`). */
  fn: FunctionLike;
  /** A route handler: values read from its own parameters are the caller's request echoed back, which tells them nothing. */
  isHandler: boolean;
  /** The details a called project function builds (`buildReport(results)`), when known. */
  detailsBuiltBy?: (call: ts.CallExpression) => readonly HealthDetail[];
}

/** Walks a value, following the scope function's own locals, and adds the details it carries to `details`. */
export function collectHealthDetails(value: ts.Expression, scope: DetailScope, details: Set<HealthDetail>, seen: Set<ts.Node>): void {
  const visit = (node: ts.Node): void => {
    if (seen.has(node)) return;
    seen.add(node);
    // A callback's value is sent only when it settles a promise the handler awaits (`.catch((err) => …)`) or is mapped into the result.
    if (isFunctionLike(node) && !isRejectionHandler(node) && !isMappingCallback(node)) return;
    const detail = detailOf(node);
    if (detail) {
      details.add(detail);
      return;
    }
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      const keyed = detailKeys.find(([key]) => key.test(node.name.getText().replace(/["']/g, "")));
      if (keyed && isComputed(node.initializer) && !(scope.isHandler && readsParameter(node.initializer, scope.fn))) details.add(keyed[1]);
    }
    if (ts.isShorthandPropertyAssignment(node)) {
      const keyed = detailKeys.find(([key]) => key.test(node.name.text));
      if (keyed && isComputed(node.name)) details.add(keyed[1]);
    }
    if (ts.isCallExpression(node) && scope.detailsBuiltBy) for (const built of scope.detailsBuiltBy(node)) details.add(built);
    if (ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node.parent)) {
      const initializer = localInitializer(node, scope.fn);
      if (initializer) visit(initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(value);
}

/** The details in what a function returns (its own `return` statements and an expression body). */
export function returnedHealthDetails(fn: FunctionLike): Set<HealthDetail> {
  const details = new Set<HealthDetail>();
  if (!fn.body) return details;
  const seen = new Set<ts.Node>();
  const scope: DetailScope = { fn, isHandler: false };
  if (!ts.isBlock(fn.body)) {
    collectHealthDetails(fn.body, scope, details, seen);
    return details;
  }
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) collectHealthDetails(node.expression, scope, details, seen);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return details;
}

/** `function buildReport() { return {...} }` or `const buildReport = (...) => ({...})`, recorded by name with what it returns. */
export const healthDetailBuilders: Extractor = {
  kinds: [ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.VariableDeclaration],
  // Only modules about health or status build such answers; the hint keeps the walk off every other file.
  textHint: /health|status|ready|heartbeat|probe/i,
  visit(node, { summary }) {
    let name: string | undefined;
    let fn: FunctionLike | undefined;
    if (ts.isFunctionDeclaration(node) && node.name && node.body) [name, fn] = [node.name.text, node];
    else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const initializer = unwrapExpression(node.initializer);
      if (isFunctionLike(initializer)) [name, fn] = [node.name.text, initializer];
    }
    if (!name || !fn) return;
    const details = returnedHealthDetails(fn);
    if (details.size > 0) (summary.healthDetailBuilders ??= []).push({ name, details: [...details] });
  },
};

function isRejectionHandler(node: ts.Node): boolean {
  const call = node.parent;
  return ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && (call.expression.name.text === "catch" || (call.expression.name.text === "then" && call.arguments[1] === node));
}

function isMappingCallback(node: ts.Node): boolean {
  const call = node.parent;
  return ts.isCallExpression(call) && call.arguments[0] === node && ts.isPropertyAccessExpression(call.expression) && mappingMethods.has(call.expression.name.text);
}

/** A detail an expression itself reveals, by where its value comes from. */
function detailOf(node: ts.Node): HealthDetail | undefined {
  const envName = envNameOf(node);
  if (envName !== undefined) return publishedEnvName.test(envName) ? undefined : "environment values";
  if (ts.isPropertyAccessExpression(node)) {
    const owner = unwrapExpression(node.expression);
    const name = node.name.text;
    if (ts.isIdentifier(owner) && owner.text === "process" && processDetails.has(name)) return name.startsWith("version") ? "runtime versions" : "process and memory details";
    if ((name === "message" || name === "stack") && isErrorValue(owner)) return "dependency error messages";
  }
  if (ts.isCallExpression(node)) {
    const { module, member } = calleeModuleOf(node.expression);
    if (module && /^(node:)?os$/.test(module)) return member === "hostname" || member === "networkInterfaces" ? "host names" : "process and memory details";
    const callee = calleeText(node);
    // `String(error)`, `error.toString()`.
    if (callee === "String" && node.arguments[0] && isErrorValue(unwrapExpression(node.arguments[0]))) return "dependency error messages";
    if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "toString" && isErrorValue(unwrapExpression(node.expression.expression))) return "dependency error messages";
  }
  return undefined;
}

/** A caught error (`catch (error)`, `.catch((err) => …)`) or a value named as one (`result.error`). */
function isErrorValue(node: ts.Expression): boolean {
  const value = ts.isNonNullExpression(node) ? node.expression : node;
  if (ts.isPropertyAccessExpression(value)) return errorName.test(value.name.text);
  if (!ts.isIdentifier(value)) return false;
  const declaration = findDeclaration(value.text, value);
  if (declaration && ts.isVariableDeclaration(declaration) && ts.isCatchClause(declaration.parent)) return true;
  return errorName.test(value.text);
}

/** Not a literal nor a plain yes/no: `version: pkg.version` is computed, `version: "v1"` and `ok: a && b` are not judged by key. */
function isComputed(value: ts.Expression): boolean {
  const node = unwrapExpression(value);
  if (ts.isLiteralExpression(node) || ts.isNoSubstitutionTemplateLiteral(node) || node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword || node.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isIdentifier(node) && node.text === "undefined")) return false;
  if (ts.isPrefixUnaryExpression(node) || ts.isBinaryExpression(node) || ts.isConditionalExpression(node)) return false;
  return true;
}

/** `host: req.hostname`: a value read from one of the function's own parameters. */
function readsParameter(value: ts.Expression, fn: FunctionLike): boolean {
  let root = unwrapExpression(value);
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root) || ts.isNonNullExpression(root)) root = unwrapExpression(root.expression);
  if (!ts.isIdentifier(root)) return false;
  const declaration = findDeclaration(root.text, root);
  return !!declaration && ts.isParameter(declaration) && declaration.parent === fn;
}

/** The initializer of a `const`/`let` declared in the function itself (not a parameter, import or module value). */
function localInitializer(identifier: ts.Identifier, fn: FunctionLike): ts.Expression | undefined {
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isIdentifier(declaration.name)) return undefined;
  if (declaration.pos < fn.pos || declaration.end > fn.end) return undefined;
  return declaration.initializer;
}
