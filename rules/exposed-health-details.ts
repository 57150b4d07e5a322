// exposed-health-details: an unauthenticated health, status or readiness route whose answer carries more than its
// status — environment values, runtime versions, host and process details, configuration or a dependency's error message.
// Reads routes, guards and handlers from the model; judges what the handler sends, and what the project functions it
// sends the result of return (recorded by the model).
import { ts } from "ts-morph";
import { defineRule, type RuleContext } from "./engine/types.js";
import { collectHealthDetails, type HealthDetail } from "./model/health-details.js";
import type { LinkedRoute } from "./model/project-model.js";
import { responseBodyOf } from "./model/responses.js";
import { routeReportSpan } from "./model/route-report-span.js";
import { distinctHandlers, routeHandlersIn } from "./model/route-handlers.js";
import { calleeText, isFunctionLike, type FunctionLike } from "./model/syntax.js";

type Context = RuleContext<Record<string, never>>;

/** The last segment of a health-check path, or any segment under `/health`. */
const healthSegment = /^(health|healthz|healthcheck|health-check|_health|status|ready|readyz|readiness|live|livez|liveness|alive|heartbeat)$/;
const healthFolder = /^(health|healthz|healthcheck|health-check|_health)$/;
const routeParameter = /^[:{[]|^\*/;

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
          const details = detailsSentBy(handler, linked.route.framework === "nest", ctx);
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
function detailsSentBy(handler: FunctionLike, returnsBody: boolean, ctx: Context): Set<HealthDetail> {
  const details = new Set<HealthDetail>();
  const seen = new Set<ts.Node>();
  const detailsBuiltBy = (call: ts.CallExpression): readonly HealthDetail[] => {
    const callee = calleeText(call);
    return callee && !callee.includes(".") ? (ctx.project.healthDetailsBuiltBy(callee, ctx.filePath) as HealthDetail[]) : [];
  };
  const inspect = (value: ts.Expression): void => collectHealthDetails(value, { fn: handler, isHandler: true, detailsBuiltBy }, details, seen);
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
