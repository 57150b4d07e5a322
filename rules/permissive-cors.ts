// permissive-cors: CORS policies that let any website call the API — every origin allowed, every origin allowed with
// credentials, or the request's Origin echoed back. Reads the app-config model; never matches frameworks itself.
import { defineRule, type RuleContext } from "./engine/types.js";
import type { FixBuilder } from "./engine/fix-builder.js";
import type { CorsPolicySummary } from "./model/types.js";

const readOnlyMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export default defineRule({
  id: "permissive-cors",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    fix: "scaffold",
    summary: "CORS must allow a known list of origins, never every origin or whatever the request claims.",
    fixTitle: "Allow only the origins listed in ALLOWED_ORIGINS",
    messages: {
      anyOrigin: "This CORS policy allows every origin, so any website can call this API from a visitor's browser. Allow a list of origins.",
      publicAnyOrigin:
        "This CORS policy allows every origin; the server only serves public GET routes, so that may be intended. Allow a list of origins once it serves more.",
      credentialedAny:
        "This CORS policy allows every origin together with credentials: any website can make requests with the visitor's cookies and read the answers.",
      reflected:
        "The request's Origin header is echoed into Access-Control-Allow-Origin without checking it against an allow-list, which allows every origin.",
    },
  },
  check(ctx) {
    return {
      onEnd() {
        for (const policy of ctx.file.appConfig?.cors ?? []) if (policy.origin !== "restricted") reportPolicy(policy, ctx);
      },
    };
  },
});

function reportPolicy(policy: CorsPolicySummary, ctx: RuleContext<Record<string, never>>): void {
  const fix = allowListFix(policy, ctx);
  if (policy.origin === "reflected") {
    ctx.report({ span: policy.span, messageId: "reflected" });
  } else if (policy.credentials) {
    ctx.report({ span: policy.span, messageId: "credentialedAny", ...(fix ? { fix } : {}) });
  } else if (servesOnlyPublicReads(ctx)) {
    ctx.report({ span: policy.span, messageId: "publicAnyOrigin", severity: "info", ...(fix ? { fix } : {}) });
  } else {
    ctx.report({ span: policy.span, messageId: "anyOrigin", ...(fix ? { fix } : {}) });
  }
}

/** Every route the project serves is a read with no auth guard in its chain: an open data API. */
function servesOnlyPublicReads(ctx: RuleContext<Record<string, never>>): boolean {
  const routes = ctx.project.allRoutes();
  return (
    routes.length > 0 &&
    routes.every((linked) => readOnlyMethods.has(linked.route.method) && !linked.guards.some((guard) => ctx.project.isAuthGuard(guard, guard.filePath)))
  );
}

/**
 * For middleware options: `origin` reads ALLOWED_ORIGINS, and `.env.example` gains the name. Header writes get no fix:
 * echoing a checked origin needs code around the write, which a person should place.
 */
function allowListFix(policy: CorsPolicySummary, ctx: RuleContext<Record<string, never>>): ((edit: FixBuilder) => void) | undefined {
  if (policy.source !== "middleware") return undefined;
  const allowList = ctx.file.runtime === "edge" ? `(Deno.env.get("ALLOWED_ORIGINS") ?? "").split(",")` : `(process.env.ALLOWED_ORIGINS ?? "").split(",")`;
  const addEnvName = (edit: FixBuilder): void => {
    edit.appendLines(".env.example", "ALLOWED_ORIGINS=");
  };
  if (policy.originValue) return (edit) => addEnvName(edit.replace(policy.originValue!, allowList));
  if (policy.options) {
    const { start } = policy.options;
    const isEmpty = ctx.text.slice(start + 1, policy.options.end - 1).trim() === "";
    return (edit) => addEnvName(edit.insertAfter(start + 1, isEmpty ? ` origin: ${allowList} ` : ` origin: ${allowList},`));
  }
  const index = policy.optionsIndex;
  if (index === undefined) return undefined;
  // `cors()` → `cors({ origin })`; `app.register(fastifyCors)` → `app.register(fastifyCors, { origin })`.
  const closeParen = policy.span.end - 1;
  return (edit) => addEnvName(edit.insertBefore(closeParen, `${index > 0 ? ", " : ""}{ origin: ${allowList} }`));
}
