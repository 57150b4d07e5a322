// supabase-service-role-exposure: the Supabase service-role key (which bypasses row-level security) where it does not
// belong — under a variable prefix bundlers inline into the browser, read or used by browser code — and request
// handlers that let an unidentified caller choose the rows a service-role client reads or writes.
// Reads the supabase-clients model, routes and their guards; machine callers (signed webhooks, admin and cron paths) pass.
import { ts } from "ts-morph";
import { defineRule, type RuleContext } from "./engine/types.js";
import { readsRequestIdentity, verifiesSignature } from "./model/auth-checks.js";
import type { LinkedRoute } from "./model/project-model.js";
import { routeReportSpan } from "./model/route-report-span.js";
import { distinctHandlers, routeHandlersIn } from "./model/route-handlers.js";
import { publicEnvPrefix } from "./model/supabase-clients.js";
import { findDeclaration, type FunctionLike, isFunctionLike, unwrapExpression } from "./model/syntax.js";
import type { FileSummary } from "./model/types.js";

type Context = RuleContext<Record<string, never>>;

/** Paths only machines or operators call: their own guard (a shared secret, a signature, a role) is another rule's question. */
const machinePathSegment = /^(admin|cron|crons|webhook|webhooks|internal|jobs|tasks|hooks)$/;
/** Methods of a Supabase client that read or write data: `from(...)`, `storage.from(...)`, `rpc(...)`, `auth.admin.*`. */
const dataAccess = /^(from|rpc)$/;

export default defineRule({
  id: "supabase-service-role-exposure",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    fix: "none",
    scope: "all",
    summary: "The Supabase service-role key must stay on the server, and a request handler must scope what a service-role client reads or writes to the verified caller.",
    messages: {
      publicVariable:
        "`{{name}}` holds the Supabase service-role key under the `{{prefix}}` prefix, which the bundler inlines into browser code: anyone can read it from the page and bypass row-level security. Rename it without the prefix and read it on the server only.",
      browserRead:
        "Browser code reads `{{name}}`, the Supabase service-role key, which bypasses row-level security: it must never reach the browser. Use the anon (publishable) key here and move the privileged work to the server.",
      browserClient:
        "Browser code creates a Supabase client with the service-role key, which bypasses row-level security. Use the anon (publishable) key here and move the privileged work to the server.",
      unscopedHandler:
        "`{{path}}` lets the request choose what the service-role client `{{client}}` reads or writes, and never identifies the caller: the service role bypasses row-level security, so anyone can reach any user's rows. Verify the caller (`auth.getUser` with their token) and scope the query to them, or query with a client made from the caller's JWT.",
    },
  },
  check(ctx) {
    const facts = ctx.file.supabaseServiceRole;
    const mayUseServiceClient = facts !== undefined || /supabase/i.test(ctx.text);
    if (!mayUseServiceClient || ctx.isTestFile) return;
    return {
      onEnd() {
        const role = ctx.project.codeRoleOf(ctx.file);
        if (role === "test" || role === "unused") return;
        for (const read of facts?.keyReads ?? []) {
          const prefix = publicEnvPrefix.exec(read.name)?.[0];
          if (prefix) ctx.report({ span: read.span, messageId: "publicVariable", data: { name: read.name, prefix } });
          else if (role === "browser") ctx.report({ span: read.span, messageId: "browserRead", data: { name: read.name } });
        }
        if (role === "browser") {
          // A client whose key read was reported above is one finding, not two.
          const reads = facts?.keyReads ?? [];
          for (const client of facts?.clients ?? []) {
            if (!reads.some((read) => read.span.start >= client.span.start && read.span.end <= client.span.end)) ctx.report({ span: client.span, messageId: "browserClient" });
          }
          return;
        }
        if (role === "server") reportUnscopedHandlers(ctx);
      },
    };
  },
});

function reportUnscopedHandlers(ctx: Context): void {
  for (const { linked, handler } of distinctHandlers(routeHandlersIn(ctx.project, ctx.file, ctx.sourceFile))) {
    if (linked.filePath !== ctx.filePath || !handler.body || isMachineOrGuarded(linked, ctx)) continue;
    // Code that reads who is calling (a session, a bearer token, `auth.getUser`) or checks a signature acts for someone known.
    if (readsRequestIdentity(handler.body) || verifiesSignature(handler.body)) continue;
    const client = requestChosenAccess(handler, ctx);
    if (!client) continue;
    ctx.report({ span: routeReportSpan(linked.route, ctx.sourceFile), messageId: "unscopedHandler", data: { path: linked.fullPath || linked.route.path || "/", client } });
  }
}

function isMachineOrGuarded(linked: LinkedRoute, ctx: Context): boolean {
  const segments = (linked.fullPath || linked.route.path).toLowerCase().split("/").filter(Boolean);
  if (segments.some((segment) => machinePathSegment.test(segment))) return true;
  return linked.guards.some((guard) => ctx.project.isAuthGuard(guard, guard.filePath));
}

/** The service-role client whose data call in the handler takes a value from the request, if any. */
function requestChosenAccess(handler: FunctionLike, ctx: Context): string | undefined {
  const parameters = new Set(handler.parameters.flatMap((parameter) => (ts.isIdentifier(parameter.name) ? [parameter.name.text] : [])));
  if (parameters.size === 0) return undefined;
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && dataAccess.test(node.expression.name.text)) {
      const root = chainRoot(node.expression.expression);
      if (root && isServiceRoleClient(root, ctx) && chainTakesRequestData(node, parameters, handler)) found = root.text;
    }
    ts.forEachChild(node, visit);
  };
  visit(handler.body!);
  return found;
}

/** `supabase` in `supabase.from(...)` and `supabase.storage.from(...)`. */
function chainRoot(expression: ts.Expression): ts.Identifier | undefined {
  let value = unwrapExpression(expression);
  while (ts.isPropertyAccessExpression(value)) value = unwrapExpression(value.expression);
  return ts.isIdentifier(value) ? value : undefined;
}

/** The data call and the calls chained on it (`.from("notes").delete().eq("id", body.id)`) pass request data. */
function chainTakesRequestData(call: ts.CallExpression, parameters: ReadonlySet<string>, handler: FunctionLike): boolean {
  let outer: ts.Expression = call;
  const argumentsOfChain: ts.Expression[] = [...call.arguments];
  while (ts.isPropertyAccessExpression(outer.parent) && ts.isCallExpression(outer.parent.parent)) {
    outer = outer.parent.parent;
    argumentsOfChain.push(...(outer as ts.CallExpression).arguments);
  }
  return argumentsOfChain.some((argument) => isRequestDerived(argument, parameters, handler, 0));
}

function isRequestDerived(expression: ts.Node, parameters: ReadonlySet<string>, handler: FunctionLike, depth: number): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || isFunctionLike(node)) return;
    if (ts.isIdentifier(node) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
      if (parameters.has(node.text)) found = findDeclaration(node.text, node)?.parent === handler;
      else if (depth < 3) {
        const declaration = findDeclaration(node.text, node);
        let variable: ts.Node | undefined = declaration;
        while (variable && (ts.isBindingElement(variable) || ts.isObjectBindingPattern(variable) || ts.isArrayBindingPattern(variable))) variable = variable.parent;
        if (variable && ts.isVariableDeclaration(variable) && variable.initializer && variable.pos > handler.pos && variable.end < handler.end) {
          found = isRequestDerived(variable.initializer, parameters, handler, depth + 1);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(expression);
  return found;
}

/**
 * `name` holds a service-role client: made in place (`const admin = createClient(url, serviceKey)`), by a factory that
 * makes one (`const supabase = createAdminClient()`), or a module const holding one, here or imported.
 */
function isServiceRoleClient(name: ts.Identifier, ctx: Context): boolean {
  const declaration = findDeclaration(name.text, name);
  if (!declaration) return false;
  if (ts.isImportClause(declaration) || ts.isImportSpecifier(declaration)) return importsServiceClient(declaration, "bound", ctx);
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
  let value = unwrapExpression(declaration.initializer);
  if (ts.isAwaitExpression(value)) value = unwrapExpression(value.expression);
  const clients = ctx.file.supabaseServiceRole?.clients ?? [];
  if (clients.some((client) => client.span.start === value.getStart(ctx.sourceFile) && client.span.end === value.getEnd())) return true;
  if (clients.some((client) => client.bound === name.text && ts.isSourceFile(declaration.parent.parent.parent))) return true;
  if (!ts.isCallExpression(value) || !ts.isIdentifier(value.expression)) return false;
  const factory = value.expression;
  if (clients.some((client) => client.factory === factory.text)) return true;
  const factoryDeclaration = findDeclaration(factory.text, factory);
  return !!factoryDeclaration && (ts.isImportClause(factoryDeclaration) || ts.isImportSpecifier(factoryDeclaration)) && importsServiceClient(factoryDeclaration, "factory", ctx);
}

/** The imported name is, in its module, a const holding a service-role client (`bound`) or a function making one (`factory`). */
function importsServiceClient(declaration: ts.ImportClause | ts.ImportSpecifier, holder: "bound" | "factory", ctx: Context): boolean {
  const importDeclaration = ts.isImportClause(declaration) ? declaration.parent : declaration.parent.parent.parent;
  if (!ts.isStringLiteral(importDeclaration.moduleSpecifier)) return false;
  const target = ctx.project.resolveModule(importDeclaration.moduleSpecifier.text, ctx.filePath);
  const summary: FileSummary | undefined = target ? ctx.project.summaries.get(target) : undefined;
  if (!summary?.supabaseServiceRole) return false;
  const imported = ts.isImportClause(declaration) ? "default" : (declaration.propertyName ?? declaration.name).text;
  const local = summary.exports.find((binding) => binding.exported === imported)?.local ?? imported;
  return summary.supabaseServiceRole.clients.some((client) => client[holder] === local);
}

