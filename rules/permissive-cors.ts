// permissive-cors: CORS policies that let any website read the API with the visitor's credentials — the request's
// Origin echoed back (`origin: true`, an admit-all callback, a header echo) together with credentials. Reads the
// app-config model; never matches frameworks itself.
import { defineRule, type RuleContext } from "./engine/types.js";
import type { FixBuilder } from "./engine/fix-builder.js";
import { envExampleFor, envReadAt, runtimePlatformOf } from "./model/runtimes.js";
import { findNodeBySpan } from "./model/syntax.js";
import type { CorsPolicySummary } from "./model/types.js";

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
      credentialedAny:
        "This CORS policy allows every origin together with credentials: any website can make requests with the visitor's cookies and read the answers.",
      reflected:
        "The request's Origin header is echoed into Access-Control-Allow-Origin, with credentials, without checking it against an allow-list, which allows every origin.",
    },
  },
  check(ctx) {
    return {
      onEnd() {
        for (const policy of ctx.file.appConfig?.cors ?? []) if (isCredentialedForAnyOrigin(policy)) reportPolicy(policy, ctx);
      },
    };
  },
});

/**
 * Only an echoed origin with credentials lets another site read answers made with the visitor's cookies. A literal `*`
 * is refused by browsers for credentialed requests, and without credentials any site reads only what an anonymous
 * request could fetch anyway. A branch production never takes is not the deployed policy.
 */
function isCredentialedForAnyOrigin(policy: CorsPolicySummary): boolean {
  return policy.origin === "reflected" && policy.credentials && !policy.nonProductionOnly;
}

function reportPolicy(policy: CorsPolicySummary, ctx: RuleContext<Record<string, never>>): void {
  if (policy.source === "header") {
    ctx.report({ span: policy.span, messageId: "reflected" });
    return;
  }
  const fix = allowListFix(policy, ctx);
  ctx.report({ span: policy.span, messageId: "credentialedAny", ...(fix ? { fix } : {}) });
}

/**
 * For middleware options: `origin` reads ALLOWED_ORIGINS the way the runtime reads its environment, and `.env.example`
 * gains the name. Header writes get no fix: echoing a checked origin needs code around the write, which a person
 * should place. Neither does a Worker, whose environment is a binding the registration has no access to.
 */
function allowListFix(policy: CorsPolicySummary, ctx: RuleContext<Record<string, never>>): ((edit: FixBuilder) => void) | undefined {
  const at = findNodeBySpan(ctx.sourceFile, policy.span) ?? ctx.sourceFile;
  const read = envReadAt(at, "ALLOWED_ORIGINS", runtimePlatformOf(ctx.file, ctx.settings));
  if (!read) return undefined;
  const allowList = `(${read} ?? "").split(",")`;
  const addEnvName = (edit: FixBuilder): void => {
    edit.appendLines(envExampleFor(ctx.filePath, ctx.settings), "ALLOWED_ORIGINS=");
  };
  if (policy.originValue) return (edit) => addEnvName(edit.replace(policy.originValue!, allowList));
  // Credentials are only known from an options object, so a reported policy always has one.
  if (!policy.options) return undefined;
  const { start } = policy.options;
  return (edit) => addEnvName(edit.insertAfter(start + 1, ` origin: ${allowList},`));
}
