// exposed-health-details: an unauthenticated health, status or readiness route whose answer carries more than its
// status — environment values, runtime versions, host and process details, configuration or a dependency's error message.
// Reads routes, guards and handlers from the model; judges only what the handler itself sends.
import { ts } from "ts-morph";
import { defineRule, type RuleContext } from "./engine/types.js";
import { envNameOf } from "./model/env-reads.js";
import type { LinkedRoute } from "./model/project-model.js";
import { responseBodyOf } from "./model/responses.js";
import { routeReportSpan } from "./model/route-report-span.js";
import { distinctHandlers, routeHandlersIn } from "./model/route-handlers.js";
import { calleeModuleOf, calleeText, findDeclaration, isFunctionLike, type FunctionLike, unwrapExpression } from "./model/syntax.js";

type Context = RuleContext<Record<string, never>>;

/** The last segment of a health-check path, or any segment under `/health`. */
const healthSegment = /^(health|healthz|healthcheck|health-check|_health|status|ready|readyz|readiness|live|livez|liveness|alive|heartbeat)$/;
const healthFolder = /^(health|healthz|healthcheck|health-check|_health)$/;
const routeParameter = /^[:{[]|^\*/;

/** What a response may carry, named for the message. */
type Detail = "environment values" | "runtime versions" | "host names" | "process and memory details" | "configuration" | "dependency error messages";

/**
 * Property keys that name a detail, when their value is computed rather than a literal the author chose to publish.
 * The service's own release version and environment name are left out: products publish them on purpose (clients
 * check compatibility against them), and they name no host, credential or dependency.
 */
const detailKeys: ReadonlyArray<[RegExp, Detail]> = [
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

export default defineRule({
  id: "exposed-health-details",
  meta: {
    category: "security",
    severity: "warn",
    needsTypes: false,
    fix: "none",
    summary: "Unauthenticated health and status endpoints must answer with their status only, not configuration, runtime versions, hosts or dependency errors.",
    messages: {
      details:
        "`{{path}}` answers anyone, without authentication, with {{details}}: a map for an attacker (which runtime to exploit, which hosts and services to reach). Answer the status only, or put the details behind auth.",
    },
  },
  check(ctx) {
    if (!/health|status|ready|live|alive|heartbeat/i.test(ctx.text)) return;
    return {
      onEnd() {
        for (const { linked, handler } of distinctHandlers(routeHandlersIn(ctx.project, ctx.file, ctx.sourceFile))) {
          if (!isHealthRoute(linked) || isAuthenticated(linked, ctx)) continue;
          const details = detailsSentBy(handler, linked.route.framework === "nest");
          if (details.size === 0 || linked.filePath !== ctx.filePath) continue;
          ctx.report({ span: routeReportSpan(linked.route, ctx.sourceFile), messageId: "details", data: { path: linked.fullPath || linked.route.path || "/", details: [...details].join(", ") } });
        }
      },
    };
  },
});

function isHealthRoute(linked: LinkedRoute): boolean {
  if (linked.route.method !== "GET" && linked.route.method !== "ALL") return false;
  const segments = (linked.fullPath || linked.route.path).toLowerCase().split("/").filter(Boolean);
  // `/orders/:id/status` is an order's status, not the service's.
  if (segments.length === 0 || segments.some((segment) => routeParameter.test(segment))) return false;
  return healthSegment.test(segments[segments.length - 1]!) || segments.some((segment) => healthFolder.test(segment));
}

function isAuthenticated(linked: LinkedRoute, ctx: Context): boolean {
  if (linked.guards.some((guard) => ctx.project.isAuthGuard(guard, guard.filePath))) return true;
  if (linked.route.framework !== "nest" || linked.route.markedPublic) return false;
  return ctx.project.globalGuardsOf(linked.filePath).some((guard) => ctx.project.isAuthGuard(guard, guard.filePath));
}

/** The details in what the handler sends: response bodies, and for Nest what the method returns. */
function detailsSentBy(handler: FunctionLike, returnsBody: boolean): Set<Detail> {
  const details = new Set<Detail>();
  const seen = new Set<ts.Node>();
  const inspect = (value: ts.Expression): void => collectDetails(value, handler, details, seen);
  const visit = (node: ts.Node): void => {
    const sent = responseBodyOf(node);
    if (sent) inspect(sent.body);
    if (returnsBody && ts.isReturnStatement(node) && node.expression && enclosingFunctionOf(node) === handler) inspect(node.expression);
    ts.forEachChild(node, visit);
  };
  if (handler.body) visit(handler.body);
  return details;
}

function enclosingFunctionOf(node: ts.Node): ts.Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionLike(current)) return current;
  return undefined;
}

/** Walks a sent value, following the handler's own locals (`const report = {...}; res.json(report)`). */
function collectDetails(value: ts.Expression, handler: FunctionLike, details: Set<Detail>, seen: Set<ts.Node>): void {
  const visit = (node: ts.Node): void => {
    if (seen.has(node)) return;
    seen.add(node);
    // A callback's value is sent only when it settles a promise the handler awaits: `.catch((err) => ({ error: … }))`.
    if (isFunctionLike(node) && !isRejectionHandler(node)) return;
    const detail = detailOf(node);
    if (detail) {
      details.add(detail);
      return;
    }
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      const keyed = detailKeys.find(([key]) => key.test(node.name.getText().replace(/["']/g, "")));
      if (keyed && isComputed(node.initializer) && !readsRequest(node.initializer, handler)) details.add(keyed[1]);
    }
    if (ts.isShorthandPropertyAssignment(node)) {
      const keyed = detailKeys.find(([key]) => key.test(node.name.text));
      if (keyed && isComputed(node.name)) details.add(keyed[1]);
    }
    if (ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node.parent)) {
      const initializer = localInitializer(node, handler);
      if (initializer) visit(initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(value);
}

function isRejectionHandler(node: ts.Node): boolean {
  const call = node.parent;
  return ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && (call.expression.name.text === "catch" || (call.expression.name.text === "then" && call.arguments[1] === node));
}

/** A detail an expression itself reveals, by where its value comes from. */
function detailOf(node: ts.Node): Detail | undefined {
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

/** `host: req.hostname`: the caller's own request echoed back tells them nothing new. */
function readsRequest(value: ts.Expression, handler: FunctionLike): boolean {
  let root = unwrapExpression(value);
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root) || ts.isNonNullExpression(root)) root = unwrapExpression(root.expression);
  if (!ts.isIdentifier(root)) return false;
  const declaration = findDeclaration(root.text, root);
  return !!declaration && ts.isParameter(declaration) && declaration.parent === handler;
}

/** The initializer of a `const`/`let` declared in the handler itself (not a parameter, import or module value). */
function localInitializer(identifier: ts.Identifier, handler: FunctionLike): ts.Expression | undefined {
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isIdentifier(declaration.name)) return undefined;
  if (declaration.pos < handler.pos || declaration.end > handler.end) return undefined;
  return declaration.initializer;
}
