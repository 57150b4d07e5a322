// permissive-cors: CORS policies that let any website read the API with the visitor's credentials — the request's
// Origin echoed back (`origin: true`, an admit-all callback, a header echo) together with credentials. Reads the
// app-config model; never matches frameworks itself.
import { ts } from "ts-morph";
import { defineRule, type RuleContext, type Span } from "./engine/types.js";
import type { FixBuilder } from "./engine/fix-builder.js";
import { lineIndentation } from "./engine/code-style.js";
import { envExampleFor, envReadAt, runtimePlatformOf, workersEnvBindingAt } from "./model/runtimes.js";
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
      nullOrigin:
        "This CORS policy allows the origin `null` with credentials: any website can send that origin from a sandboxed iframe and read the answers made with the visitor's cookies.",
    },
  },
  check(ctx) {
    return {
      onEnd() {
        const policies = (ctx.file.appConfig?.cors ?? []).filter(isCredentialedForAnyOrigin);
        // A service that handles no cookie has no credential the browser attaches by itself: a bearer token or an API
        // key is sent only by code that already holds it, so another site reads nothing it could not fetch anonymously.
        // The file's own cookie settles it without asking the project (so the editor shows it before the project loads).
        if (policies.length === 0 || !(ctx.file.codeMarkers?.handlesCookies || ctx.project.deployableHandlesCookies(ctx.filePath))) return;
        for (const policy of policies) reportPolicy(policy, ctx);
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
  return (policy.origin === "reflected" || policy.origin === "null") && policy.credentials && !policy.nonProductionOnly;
}

type Context = RuleContext<Record<string, never>>;
type FixEdits = (edit: FixBuilder) => void;

function reportPolicy(policy: CorsPolicySummary, ctx: Context): void {
  const isWorker = runtimePlatformOf(ctx.file, ctx.settings) === "workers";
  if (policy.origin === "null") {
    // Which origins should replace `null` is the author's call: no fix.
    ctx.report({ span: policy.span, messageId: "nullOrigin" });
    return;
  }
  if (policy.source === "header") {
    const fix = isWorker ? workerHeaderFix(policy, ctx) : undefined;
    ctx.report({ span: policy.span, messageId: "reflected", ...(fix ? { fix: withEnvName(fix, ctx) } : {}) });
    return;
  }
  const fix = (isWorker ? honoWorkerFix(policy, ctx) : undefined) ?? allowListFix(policy, ctx);
  ctx.report({ span: policy.span, messageId: "credentialedAny", ...(fix ? { fix: withEnvName(fix, ctx) } : {}) });
}

/** Every fix reads ALLOWED_ORIGINS, whose name `.env.example` gains. */
function withEnvName(fix: FixEdits, ctx: Context): FixEdits {
  return (edit) => {
    fix(edit);
    edit.appendLines(envExampleFor(ctx.filePath, ctx.settings), "ALLOWED_ORIGINS=");
  };
}

/**
 * For middleware options on Node, Bun, Vercel Edge and Deno: `origin` reads ALLOWED_ORIGINS the way the runtime reads
 * its environment. Header writes outside Workers get no fix: where the origin check goes around a `setHeader` depends
 * on code a person should read.
 */
function allowListFix(policy: CorsPolicySummary, ctx: Context): FixEdits | undefined {
  const at = findNodeBySpan(ctx.sourceFile, policy.span) ?? ctx.sourceFile;
  const read = envReadAt(at, "ALLOWED_ORIGINS", runtimePlatformOf(ctx.file, ctx.settings));
  if (!read) return undefined;
  // @koa/cors takes a string or a function of the context, never a list; a falsy answer sends no CORS headers.
  const allowList = middlewareModuleOf(policy, ctx) === "@koa/cors"
    ? `(ctx) => ((${read} ?? "").split(",").includes(ctx.get("Origin")) ? ctx.get("Origin") : "")`
    : `(${read} ?? "").split(",")`;
  if (policy.originValue) return replaceOrigin(policy.originValue, allowList, ctx);
  // Credentials are only known from an options object, so a reported policy always has one.
  if (!policy.options) return undefined;
  const { start } = policy.options;
  return (edit) => edit.insertAfter(start + 1, ` origin: ${allowList},`);
}

/** The module a middleware policy's `cors(...)` is imported from (`@koa/cors`, `hono/cors`). */
function middlewareModuleOf(policy: CorsPolicySummary, ctx: Context): string | undefined {
  const call = policy.source === "middleware" ? findNodeBySpan(ctx.sourceFile, policy.span, ts.isCallExpression) : undefined;
  const callee = call && ts.isIdentifier(call.expression) ? call.expression.text : undefined;
  return ctx.file.imports.find((binding) => binding.local === callee)?.module;
}

/**
 * Hono's `cors()` on Workers: the environment is a binding the registration cannot reach, but the origin callback
 * gets the request's context, whose `c.env` holds it. Hono sends `Vary: Origin` itself for a callback.
 */
function honoWorkerFix(policy: CorsPolicySummary, ctx: Context): FixEdits | undefined {
  if (middlewareModuleOf(policy, ctx) !== "hono/cors" || !policy.originValue) return undefined;
  return replaceOrigin(policy.originValue, `(origin, c) => ((c.env.ALLOWED_ORIGINS ?? "").split(",").includes(origin) ? origin : null)`, ctx);
}

/** Puts `value` where the origin was: in place of a `origin: …` value, or of the whole `origin(ctx) { … }` method. */
function replaceOrigin(originValue: Span, value: string, ctx: Context): FixEdits {
  const isMethod = !!findNodeBySpan(ctx.sourceFile, originValue, ts.isMethodDeclaration);
  return (edit) => edit.replace(originValue, isMethod ? `origin: ${value}` : value);
}

/**
 * A Worker writing the CORS headers itself: the request's Origin is echoed only when ALLOWED_ORIGINS (read from the
 * handler's `env` binding) lists it, else the header is empty, which no origin matches; `Vary: Origin` keeps caches
 * from serving one origin's answer to another. A `fetch(request)` handler gains its `env` parameter.
 */
function workerHeaderFix(policy: CorsPolicySummary, ctx: Context): FixEdits | undefined {
  const write = findNodeBySpan(ctx.sourceFile, policy.span);
  const value = write && ts.isPropertyAssignment(write) ? write.initializer : write && ts.isCallExpression(write) ? write.arguments[1] : undefined;
  const origin = value && requestOriginRead(value);
  const statement = write && enclosingBlockStatement(write);
  const fn = write && enclosingFunction(write);
  if (!write || !value || !origin || !statement || !fn || /\b(allowedOrigin|requestOrigin)\b/.test(fn.getText())) return undefined;
  let binding = workersEnvBindingAt(write);
  const addsEnv = !binding && isSoleRequestFetchHandler(fn);
  if (addsEnv) binding = "env";
  if (!binding) return undefined;
  const vary = varyEdit(write, statement, ctx);
  const indent = lineIndentation(ctx.text, statement.getStart());
  const declarations = [
    `const requestOrigin = ${origin.getText()} ?? "";`,
    `const allowedOrigin = (${binding}.ALLOWED_ORIGINS ?? "").split(",").includes(requestOrigin) ? requestOrigin : "";`,
  ];
  return (edit) => {
    if (addsEnv) edit.insertAfter(fn.parameters[0]!, /\.[cm]?tsx?$/.test(ctx.filePath) ? ", env: { ALLOWED_ORIGINS?: string }" : ", env");
    edit.insertBefore(statement, declarations.map((line) => `${line}\n${indent}`).join(""));
    edit.replace(value, "allowedOrigin");
    vary?.(edit);
  };
}

/** The read of the request's Origin inside an echoed value: `request.headers.get("Origin")`, or a local holding it. */
function requestOriginRead(value: ts.Expression): ts.Expression | undefined {
  if (ts.isIdentifier(value)) return value;
  const isOriginGet = (node: ts.Node): node is ts.CallExpression =>
    ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "get" && ts.isPropertyAccessExpression(node.expression.expression) &&
    node.expression.expression.name.text === "headers" && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0]!) && node.arguments[0].text.toLowerCase() === "origin";
  const find = (node: ts.Node): ts.CallExpression | undefined => (isOriginGet(node) ? node : ts.forEachChild(node, find));
  return find(value);
}

/** `Vary: Origin` beside the written header: a key of the same headers object, or an `append` after the `set` call. */
function varyEdit(write: ts.Node, statement: ts.Statement, ctx: Context): FixEdits | undefined {
  if (ts.isPropertyAssignment(write) && ts.isObjectLiteralExpression(write.parent)) {
    const headers = write.parent;
    if (headers.properties.some((property) => property.name && /^vary$/i.test(property.name.getText().replace(/["'`]/g, "")))) return undefined;
    // After the written header, on a line of its own in a multi-line object (after its comma, and any comment there).
    const isMultiLine = ctx.sourceFile.getLineAndCharacterOfPosition(headers.getStart()).line !== ctx.sourceFile.getLineAndCharacterOfPosition(write.getStart()).line;
    const restOfLine = /^(\s*,)?([ \t]*(\/\/[^\n]*)?)(?=\r?\n)/.exec(ctx.text.slice(write.end));
    const indent = lineIndentation(ctx.text, write.getStart());
    if (isMultiLine && restOfLine?.[1]) return (edit) => edit.insertAfter(write.end + restOfLine[0].length, `\n${indent}Vary: "Origin",`);
    return (edit) => edit.insertAfter(write, isMultiLine ? `,\n${indent}Vary: "Origin"` : `, Vary: "Origin"`);
  }
  if (ts.isCallExpression(write) && ts.isPropertyAccessExpression(write.expression) && ts.isExpressionStatement(statement) && statement.expression === write) {
    const headers = write.expression.expression.getText();
    return (edit) => edit.insertAfter(statement, `\n${lineIndentation(ctx.text, statement.getStart())}${headers}.append("Vary", "Origin");`);
  }
  return undefined;
}

/** The statement holding `node` that sits directly in a block, where declarations may go before it. */
function enclosingBlockStatement(node: ts.Node): ts.Statement | undefined {
  for (let current: ts.Node = node; current.parent; current = current.parent) {
    if (ts.isFunctionLike(current)) return undefined;
    if (ts.isBlock(current.parent) && ts.isStatement(current)) return current;
  }
  return undefined;
}

function enclosingFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) if (ts.isFunctionLike(current)) return current;
  return undefined;
}

/** A module Worker's `fetch(request)` method (or property), which the runtime calls with the bindings second. */
function isSoleRequestFetchHandler(fn: ts.SignatureDeclaration): boolean {
  const name = ts.isMethodDeclaration(fn) ? fn.name : ts.isPropertyAssignment(fn.parent) ? fn.parent.name : undefined;
  return !!name && ts.isIdentifier(name) && name.text === "fetch" && fn.parameters.length === 1 && ts.isIdentifier(fn.parameters[0]!.name);
}

/** The indentation of the line `node` starts on. */
