// missing-auth: mutating and sensitive routes, and Socket.IO servers, whose chain has no authentication guard.
// Routes and chains come from the framework model; this rule decides which routes must be guarded and scaffolds the fix.
import * as path from "node:path";
import { ts } from "ts-morph";
import { defineRule, type RuleContext } from "./engine/types.js";
import type { FixBuilder } from "./engine/fix-builder.js";
import { accessTokenModule, accessTokenSource, guardScaffoldFor, socketGuardSource } from "./model/auth-scaffold.js";
import type { GuardDefinition, LinkedRoute } from "./model/project-model.js";
import { findLocalFunction } from "./model/frameworks/next.js";
import { findSecretFormat, isSecretName, looksRandom } from "./model/secrets.js";
import { calleeText, findDeclaration, findNodeBySpan, importedModuleOf, isFunctionLike, type FunctionLike } from "./model/syntax.js";
import type { Framework, RouteSummary, SocketServerSummary } from "./model/types.js";

type Context = RuleContext<Record<string, never>>;

const mutatingMethods = new Set(["POST", "PUT", "PATCH", "DELETE", "ALL"]);
/**
 * Path segments of routes that must stay reachable without a session: sign-in, sign-up and recovery steps, OAuth/OIDC/
 * SAML protocol endpoints, health checks, one-click unsubscribe. Rate limiting still applies to them (missing-rate-limit).
 */
const publicSegment =
  /^(login|log-in|logout|log-out|signin|sign-in|signout|sign-out|signup|sign-up|register|forgot-password|reset-password|password-reset|(re)?send-verif\w*|resend-verify-email|verify-email|magic-link|refresh|refresh-tokens?|token|revoke|introspect|authorize|userinfo|jwks(\.json)?|\.well-known|passkey|webauthn|unsubscribe|\[\.\.\.nextauth\]|health|healthz|healthcheck|livez|readyz|ping)$/;
const authSegment = /^(auth|oauth|oauth2|oidc|sso|saml|passkey)$/;
/**
 * The API an embedded client SDK calls from visitors' browsers (`/api/v1/client/[environmentId]/...`): a `client`
 * segment directly under the API root (or a version under it) followed by a path parameter naming the tenant or
 * environment. Those callers are anonymous by design; the environment id scopes, it does not authenticate.
 */
function isClientSdkApi(segments: readonly string[]): boolean {
  const at = segments.indexOf("client");
  if (at < 1 || at + 1 >= segments.length || !dynamicSegment.test(segments[at + 1] ?? "")) return false;
  return segments.slice(0, at).every((segment) => segment === "api" || /^v\d+$/.test(segment)) && segments[0] === "api";
}
const dynamicSegment = /^(\[[^\].]+\]|:\w+)$/;
/** Under an auth segment these are steps of signing in (`/auth/callback`, `/auth/verify`, `/auth/otp`), not account changes. */
const signInStepSegment = /^(callback|verify|otp|acs|metadata|\[\.\.\.\w+\])$/;
const webhookSegment = /webhook/;
/** Calls that verify a webhook's signature: Stripe, HMAC compares, and verify helpers named for it. */
const signatureCheck = /^(constructEvent|constructEventAsync|timingSafeEqual|verify\w*(Signature|Webhook)\w*|validate\w*(Signature|Webhook)\w*)$/;
/** tRPC adapters: the route is a transport, and auth is decided per procedure (`protectedProcedure`). */
const trpcAdapterModule = /^(@trpc\/server\/adapters\/|@hono\/trpc-server$)/;

export default defineRule({
  id: "missing-auth",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    fix: "scaffold",
    summary: "Mutating and sensitive routes must pass through an authentication guard.",
    fixTitle: "Add an authentication guard",
    messages: {
      route: "{{method}} {{path}} has no authentication guard in its chain.",
      webhook: "{{method}} {{path}} looks like a webhook but neither authenticates the caller nor verifies the payload's signature.",
      unprovenWrapper:
        "{{method}} {{path}} is wrapped by `{{wrapper}}`{{definedIn}}, which Harden could not prove authenticates; if it does, add it to `authWrappers` in harden.config.json.",
      unprovenConvention:
        "{{count}} routes are wrapped by `{{wrapper}}`{{definedIn}}, which Harden could not prove authenticates (this is one of them, {{method}} {{path}}); if it does, add `\"authWrappers\": [\"{{wrapper}}\"]` to harden.config.json, else guard them.",
      socket: "Socket.IO server `{{owner}}` accepts connections without an `{{owner}}.use(...)` authentication guard.",
      socketNamespace: "Socket.IO namespace `{{namespace}}` accepts connections without a `{{owner}}.use(...)` authentication guard (the server's `use()` does not reach namespaces).",
    },
  },
  check: (ctx) => ({
    onEnd() {
      // The guard choice links every route of the project, so it is made once per framework in a file.
      const guardChoices = new Map<Framework, GuardChoice | undefined>();
      const guardFor = (framework: Framework, kind: "middleware" | "wrapper"): GuardChoice | undefined => {
        if (!guardChoices.has(framework)) guardChoices.set(framework, chooseGuard(ctx, framework, kind));
        return guardChoices.get(framework);
      };
      for (const linked of ctx.project.routesIn(ctx.filePath)) checkRoute(ctx, linked, guardFor);
      for (const server of ctx.file.socketServers) checkSocketServer(ctx, server);
    },
  }),
});

type GuardLookup = (framework: Framework, kind: "middleware" | "wrapper") => GuardChoice | undefined;

function checkRoute(ctx: Context, linked: LinkedRoute, guardFor: GuardLookup): void {
  const { route } = linked;
  const routePath = linked.fullPath || route.path;
  const segments = routePath.toLowerCase().split("/").filter(Boolean);
  if (!lacksGuard(ctx, linked)) return;
  // A router mounted only in a branch production never takes (`if (env === "test") app.use(testRoutes.routes())`) is not served there.
  if (route.owner && ctx.project.mountedOnlyOutsideProduction(linked.filePath, route.owner)) return;
  const handler = handlerNode(ctx, route);
  // A verified signature authenticates the sender, whatever the path; a tRPC adapter or a 405 stub does nothing itself.
  if (verifiesSignature(handler) || (handler && (delegatesToTrpc(handler) || onlyRefusesMethod(handler)))) return;
  const data = { method: route.method === "ALL" ? "ANY" : route.method, path: routePath || "(dynamic path)" };
  if (segments.some((segment) => webhookSegment.test(segment)) && !isWebhookCollection(segments)) {
    ctx.report({ span: route.span, messageId: "webhook", data });
    return;
  }
  const fix = routeFix(ctx, linked, guardFor);
  const wrapper = unprovenWrapper(ctx, linked);
  if (!wrapper) {
    ctx.report({ span: route.span, messageId: "route", data, ...(fix && { fix }) });
    return;
  }
  // The project's convention: many routes through one unknown wrapper are one question about the wrapper, asked once.
  const users = routesWrappedBy(ctx, wrapper);
  const definedIn = wrapper.definedIn ? ` (${path.relative(ctx.settings.root, wrapper.definedIn).replace(/\\/g, "/")})` : "";
  const wrapperData = { ...data, wrapper: wrapper.name, definedIn };
  if (users.length < conventionSize) {
    ctx.report({ span: route.span, messageId: "unprovenWrapper", data: wrapperData, ...(fix && { fix }) });
  } else if (users[0] === linked) {
    ctx.report({ span: route.span, messageId: "unprovenConvention", data: { ...wrapperData, count: String(users.length) } });
  }
}

/** How many routes through one unproven wrapper make it the project's convention rather than a route's gap. */
const conventionSize = 3;

interface UnprovenWrapper {
  name: string;
  definedIn?: string;
}

/** The outermost wrapper of the handler that is neither a proven guard nor a validator or limiter: what Harden saw and could not settle. */
function unprovenWrapper(ctx: Context, linked: LinkedRoute): UnprovenWrapper | undefined {
  const wrapper = linked.guards.find(
    (guard) =>
      guard.kind === "wrapper" &&
      !ctx.project.isAuthGuard(guard, guard.filePath) &&
      !ctx.project.isValidator(guard.name, guard.filePath) &&
      !ctx.project.isRateLimiter(guard.name, guard.filePath),
  );
  if (!wrapper) return undefined;
  const definedIn = ctx.project.definitionFileOf(wrapper.name, wrapper.filePath);
  return { name: wrapper.name, ...(definedIn && { definedIn }) };
}

const wrappedRoutes = new WeakMap<object, Map<string, LinkedRoute[]>>();

/** Every route of the project that lacks a guard and whose outermost unproven wrapper is this one, in a stable order (file, then position). */
function routesWrappedBy(ctx: Context, wrapper: UnprovenWrapper): LinkedRoute[] {
  let byWrapper = wrappedRoutes.get(ctx.project);
  if (!byWrapper) {
    byWrapper = new Map();
    const sorted = [...ctx.project.allRoutes()].sort((a, b) => (a.filePath === b.filePath ? a.route.span.start - b.route.span.start : a.filePath < b.filePath ? -1 : 1));
    for (const linked of sorted) {
      const found = lacksGuard(ctx, linked) ? unprovenWrapper(ctx, linked) : undefined;
      if (!found) continue;
      const key = `${found.definedIn ?? ""}#${found.name}`;
      byWrapper.set(key, [...(byWrapper.get(key) ?? []), linked]);
    }
    wrappedRoutes.set(ctx.project, byWrapper);
  }
  return byWrapper.get(`${wrapper.definedIn ?? ""}#${wrapper.name}`) ?? [];
}

/** The route must be guarded (it mutates, or sits under a sensitive prefix), is not public by nature, and nothing in its chain authenticates. */
function lacksGuard(ctx: Context, linked: LinkedRoute): boolean {
  const { route } = linked;
  const segments = (linked.fullPath || route.path).toLowerCase().split("/").filter(Boolean);
  if (!mustBeGuarded(route, segments, ctx.settings.sensitivePrefixes) || route.markedPublic) return false;
  if (linked.guards.some((guard) => ctx.project.isAuthGuard(guard, guard.filePath))) return false;
  if (route.framework === "nest" && hasGlobalAuthGuard(ctx, linked.filePath)) return false;
  return !isPublicByNature(segments);
}

/** A NestJS global guard (`APP_GUARD`, `useGlobalGuards`) registered in this file's service. */
function hasGlobalAuthGuard(ctx: Context, filePath: string): boolean {
  const serviceRoot = ctx.project.serviceRootOf(filePath);
  return ctx.project
    .globalGuards()
    .some((guard) => ctx.project.serviceRootOf(guard.filePath) === serviceRoot && ctx.project.isAuthGuard(guard, guard.filePath));
}

function mustBeGuarded(route: RouteSummary, segments: readonly string[], sensitivePrefixes: readonly string[]): boolean {
  if (mutatingMethods.has(route.method)) return true;
  if (route.method === "OPTIONS") return false;
  return sensitivePrefixes.some((prefix) => containsSegments(segments, prefix.toLowerCase().split("/").filter(Boolean)));
}

/** True when `inner` occurs in `segments` as consecutive whole segments, so `/admin` matches `/api/admin/users` but not `/administrators`. */
function containsSegments(segments: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0) return false;
  return segments.some((_, start) => inner.every((segment, offset) => segments[start + offset] === segment));
}

function isPublicByNature(segments: readonly string[]): boolean {
  if (segments.some((segment) => publicSegment.test(segment))) return true;
  if (isClientSdkApi(segments)) return true;
  return segments.some((segment) => signInStepSegment.test(segment)) && segments.some((segment) => authSegment.test(segment));
}

/** `/webhooks`, `/webhooks/[id]`: the API that manages a project's webhook subscriptions, not an endpoint that receives one. */
function isWebhookCollection(segments: readonly string[]): boolean {
  const at = segments.findIndex((segment) => segment === "webhooks");
  return at !== -1 && segments.length - at <= 2 && segments.slice(at + 1).every((segment) => /^(\[.*\]|:.*)$/.test(segment));
}

/** The handler hands the request to a tRPC adapter (`fetchRequestHandler`, `createNextApiHandler`, `trpcServer`). */
function delegatesToTrpc(handler: FunctionLike): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) found = trpcAdapterModule.test(importedModuleOf(node.expression.text, node) ?? "");
    ts.forEachChild(node, visit);
  };
  visit(handler);
  return found;
}

/**
 * A stub that refuses the method: `return new Response("Method Not Allowed", { status: 405 })`, or Koa's
 * `ctx.status = 405; ctx.set("Allow", "POST")`. It answers 405 and calls nothing but the response's own setters.
 */
function onlyRefusesMethod(handler: FunctionLike): boolean {
  const body = handler.body;
  if (!body) return false;
  const context = new Set(handler.parameters.flatMap((parameter) => (ts.isIdentifier(parameter.name) ? [parameter.name.text] : [])));
  let refuses = false;
  let acts = false;
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node) && node.text === "405") refuses = true;
    if (ts.isAwaitExpression(node)) acts = true;
    if (ts.isCallExpression(node)) {
      let root: ts.Expression = node.expression;
      while (ts.isPropertyAccessExpression(root)) root = root.expression;
      const isResponseBuilder = ts.isIdentifier(root) && (context.has(root.text) || /^(NextResponse|Response)$/.test(root.text));
      if (!isResponseBuilder) acts = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return refuses && !acts;
}

function verifiesSignature(handler: FunctionLike | undefined): boolean {
  if (!handler) return false;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node)) {
      const name = calleeText(node) ?? "";
      const last = name.slice(name.lastIndexOf(".") + 1);
      // Svix: `new Webhook(secret).verify(payload, headers)` or `wh.verify(...)` on a Webhook instance.
      const isSvixVerify = last === "verify" && ts.isPropertyAccessExpression(node.expression) && /webhook|^wh$|svix/i.test(node.expression.expression.getText());
      found = signatureCheck.test(last) || isSvixVerify || isAwaitedQstashVerify(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(handler);
  return found;
}

/**
 * `await receiver.verify({ signature, body })` on a QStash `Receiver`. It resolves to a boolean: without `await` the
 * promise is always truthy, so the check never fails and does not count.
 */
function isAwaitedQstashVerify(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "verify" || !ts.isIdentifier(callee.expression)) return false;
  if (!ts.isAwaitExpression(call.parent)) return false;
  const declaration = findDeclaration(callee.expression.text, call);
  const created = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer;
  if (!created || !ts.isNewExpression(created) || !ts.isIdentifier(created.expression)) return false;
  return importedModuleOf(created.expression.text, created) === "@upstash/qstash";
}

/** The route's handler function: at its span, or the local function its registration names. */
function handlerNode(ctx: Context, route: RouteSummary): FunctionLike | undefined {
  if (route.handler) return findNodeBySpan(ctx.sourceFile, route.handler, isFunctionLike);
  const registration = route.handlerName ? findNodeBySpan(ctx.sourceFile, route.span) : undefined;
  return registration && findLocalFunction(route.handlerName!, registration);
}

interface GuardChoice {
  /** The expression to apply: `requireAuth`, or a call copied from a usage in this file. */
  expression: string;
  /** Adds what the expression needs: an import, or the created guard module. */
  provide: (edit: FixBuilder) => void;
}

function routeFix(ctx: Context, linked: LinkedRoute, guardFor: GuardLookup): ((edit: FixBuilder) => void) | undefined {
  const framework = linked.route.framework;
  // The frameworks with a guard template are the ones the fix knows how to apply a guard in.
  const applyAs = guardScaffoldFor(framework)?.kind;
  if (!applyAs) return undefined;
  const apply = applyAs === "middleware" ? middlewareInsertion(ctx, linked.route) : handlerWrapping(ctx, linked.route);
  if (!apply) return undefined;
  // Choosing the guard asks the whole project, so it waits until the fix is built; without a guard the fix does nothing.
  return (edit) => {
    const guard = guardFor(framework, applyAs);
    if (!guard) return;
    guard.provide(edit);
    apply(edit, guard.expression);
  };
}

/** The guard this service's routes of the same framework already use most, else a created fail-closed one. */
function chooseGuard(ctx: Context, framework: Framework, kind: "middleware" | "wrapper"): GuardChoice | undefined {
  const serviceRoot = ctx.project.serviceRootOf(ctx.filePath);
  const kinds = kind === "middleware" ? (["middleware", "hook"] as const) : (["wrapper"] as const);
  const preferred = ctx.project.preferredAuthGuard({ frameworks: [framework], kinds, serviceRoot });
  // A service that already authenticates some other way gets no second, parallel guard.
  if (preferred) return reuseGuard(ctx, preferred);
  const scaffold = guardScaffoldFor(framework);
  if (!scaffold) return undefined;
  const lib = libDirectory(ctx, serviceRoot);
  const guardFile = path.join(lib, guardModuleName(ctx, framework, scaffold.module, serviceRoot) + ".ts");
  const existing = ctx.project.summaries.get(guardFile);
  // An existing module of that name the fix did not write (a next-auth config in lib/auth.ts, say) is left alone.
  if (existing && !existing.exports.some((e) => e.exported === scaffold.exportName)) return undefined;
  return {
    expression: scaffold.exportName,
    provide: (edit) => {
      edit.createFile(path.relative(ctx.settings.root, path.join(lib, accessTokenModule + ".ts")), accessTokenSource);
      edit.createFile(path.relative(ctx.settings.root, guardFile), scaffold.source);
      edit.addNamedImport(moduleSpecifier(ctx, edit, guardFile, serviceRoot), scaffold.exportName);
    },
  };
}

/** `auth`, or `auth-koa` when another framework of the service would get a different guard in the same module. */
function guardModuleName(ctx: Context, framework: Framework, module: string, serviceRoot: string): string {
  const sharing = new Set<Framework>();
  for (const summary of ctx.project.summaries.values()) {
    if (ctx.project.serviceRootOf(summary.filePath) !== serviceRoot) continue;
    for (const route of summary.routes) if (guardScaffoldFor(route.framework)?.module === module) sharing.add(route.framework);
  }
  return sharing.size > 1 ? `${module}-${framework}` : module;
}

/**
 * How to apply and import a guard the project already uses. A middleware used in this file is copied as written
 * (`passport.authenticate("jwt", { session: false })`); elsewhere only the project's own guards are reused, by name,
 * because a library guard is usually a factory whose arguments cannot be seen from here.
 */
function reuseGuard(ctx: Context, preferred: GuardDefinition): GuardChoice | undefined {
  const { name, example, filePath: definitionFile } = preferred;
  if (example.filePath === ctx.filePath && example.kind !== "wrapper") {
    const written = findNodeBySpan(ctx.sourceFile, example.span);
    // Copying `basicAuth({ password: "..." })` would write a hard-coded secret a second time.
    if (!written || holdsLiteralSecret(written)) return undefined;
    return { expression: written.getText(ctx.sourceFile), provide: () => undefined };
  }
  if (!definitionFile || name.includes(".")) return undefined;
  const isInScope = definitionFile === ctx.filePath || ctx.file.imports.some((binding) => binding.local === name);
  if (isInScope) return { expression: name, provide: () => undefined };
  const isExported = ctx.project.summaries.get(definitionFile)?.exports.some((e) => e.exported === name);
  if (!isExported) return undefined;
  return { expression: name, provide: (edit) => edit.addNamedImport(reusedGuardSpecifier(ctx, example, name) ?? edit.moduleSpecifierTo(definitionFile), name) };
}

/** The bare specifier the example's file imports the guard by (`@acme/auth`, a workspace package) when it leads to the same module from here. */
function reusedGuardSpecifier(ctx: Context, example: GuardDefinition["example"], name: string): string | undefined {
  const binding = ctx.project.summaries.get(example.filePath)?.imports.find((candidate) => candidate.local === name);
  if (!binding || binding.imported !== name || binding.module.startsWith(".")) return undefined;
  const module = ctx.project.resolveModule(binding.module, example.filePath);
  return module !== undefined && ctx.project.resolveModule(binding.module, ctx.filePath) === module ? binding.module : undefined;
}

function holdsLiteralSecret(node: ts.Node): boolean {
  if (ts.isStringLiteralLike(node)) {
    const owner = ts.isPropertyAssignment(node.parent) ? node.parent.name.getText() : "";
    return isSecretName(owner) || looksRandom(node.text) || findSecretFormat(node.text) !== undefined;
  }
  return ts.forEachChild(node, (child) => holdsLiteralSecret(child) || undefined) ?? false;
}

/** `@/lib/auth` when this file already imports through the `@/` alias and the guard sits at the alias root, else a relative path. */
function moduleSpecifier(ctx: Context, edit: FixBuilder, targetFile: string, serviceRoot: string): string {
  const usesAlias = serviceRoot === ctx.settings.root && ctx.file.imports.some((binding) => binding.module.startsWith("@/"));
  if (!usesAlias) return edit.moduleSpecifierTo(targetFile);
  const hasSrc = ctx.project.hasSourceFolder(serviceRoot);
  return "@/" + path.relative(hasSrc ? path.join(serviceRoot, "src") : serviceRoot, targetFile).replace(/\\/g, "/").replace(/\.ts$/, "");
}

/** `src/lib` when the service keeps its code under `src/`, else `lib`. */
function libDirectory(ctx: Context, serviceRoot: string): string {
  return path.join(serviceRoot, ...(ctx.project.hasSourceFolder(serviceRoot) ? ["src", "lib"] : ["lib"]));
}

/** Inserts the guard first in the registration's chain (`router.post("/x", requireAuth, ...)`, Fastify's `preHandler`). */
function middlewareInsertion(ctx: Context, route: RouteSummary): ((edit: FixBuilder, guard: string) => void) | undefined {
  const registration = findNodeBySpan(ctx.sourceFile, route.span, ts.isCallExpression);
  if (!registration) return undefined;
  const args = registration.arguments;
  if (route.framework === "fastify") return fastifyPreHandlerInsertion(args);
  const firstHandler = args[1];
  if (!firstHandler || !ts.isStringLiteralLike(args[0]!)) return undefined;
  return (edit, guard) => edit.insertBefore(firstHandler, `${guard}, `);
}

/** Fastify takes guards as a `preHandler` hook in the route options: added to an existing options object, or as a new one. */
function fastifyPreHandlerInsertion(args: ts.NodeArray<ts.Expression>): ((edit: FixBuilder, guard: string) => void) | undefined {
  const options = args.find(ts.isObjectLiteralExpression);
  if (!options) {
    const handler = args[1];
    return handler && ts.isStringLiteralLike(args[0]!) ? (edit, guard) => edit.insertBefore(handler, `{ preHandler: ${guard} }, `) : undefined;
  }
  const existing = options.properties.find(
    (property): property is ts.PropertyAssignment => ts.isPropertyAssignment(property) && property.name.getText() === "preHandler",
  );
  if (!existing) {
    const first = options.properties[0];
    if (!first) return (edit, guard) => edit.replace(options, `{ preHandler: ${guard} }`);
    return (edit, guard) => edit.insertBefore(first, `preHandler: ${guard}, `);
  }
  const hooks = existing.initializer;
  if (ts.isArrayLiteralExpression(hooks)) {
    const first = hooks.elements[0];
    return first ? (edit, guard) => edit.insertBefore(first, `${guard}, `) : (edit, guard) => edit.replace(hooks, `[${guard}]`);
  }
  return (edit, guard) => edit.replace(hooks, `[${guard}, ${hooks.getText()}]`);
}

/**
 * Wraps the exported handler: `export const POST = withAuth(async (req) => ...)`. A function declaration becomes the
 * wrapper's argument (`export const POST = withAuth(async function POST(req) { ... });`), which keeps its name and body.
 */
function handlerWrapping(ctx: Context, route: RouteSummary): ((edit: FixBuilder, guard: string) => void) | undefined {
  const handler = route.handler && findNodeBySpan(ctx.sourceFile, route.handler, isFunctionLike);
  if (!handler) return undefined;
  if (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)) {
    return (edit, guard) => edit.insertBefore(handler, `${guard}(`).insertAfter(handler, ")");
  }
  if (!ts.isFunctionDeclaration(handler) || !handler.name || !handler.body) return undefined;
  const modifiers = ts.getModifiers(handler) ?? [];
  const isExported = modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  if (!isExported) return undefined;
  const isDefault = modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  const isAsync = modifiers.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
  const name = handler.name.text;
  const functionKeyword = handler.getChildren(ctx.sourceFile).find((child) => child.kind === ts.SyntaxKind.FunctionKeyword);
  if (!functionKeyword) return undefined;
  const head = { start: handler.getStart(ctx.sourceFile), end: functionKeyword.getStart(ctx.sourceFile) };
  const exportHead = isDefault ? "export default " : `export const ${name} = `;
  return (edit, guard) => edit.replace(head, `${exportHead}${guard}(${isAsync ? "async " : ""}`).insertAfter(handler, ");");
}

function checkSocketServer(ctx: Context, server: SocketServerSummary): void {
  if (!server.hasConnectionHandler) return;
  if (server.guards.some((guard) => ctx.project.isAuthGuard(guard, ctx.filePath))) return;
  const creation = findNodeBySpan(ctx.sourceFile, server.span, (node): node is ts.Expression => ts.isNewExpression(node) || ts.isCallExpression(node));
  const receiver = creation ? socketReceiver(ctx, creation, server) : server.owner;
  const container = creation && enclosingStatement(creation);
  ctx.report({
    span: server.span,
    messageId: server.namespace === undefined ? "socket" : "socketNamespace",
    data: { owner: receiver, namespace: server.namespace ?? "" },
    ...(container && {
      fix: (edit: FixBuilder) => {
        const serviceRoot = ctx.project.serviceRootOf(ctx.filePath);
        const tokenFile = path.join(libDirectory(ctx, serviceRoot), accessTokenModule + ".ts");
        edit.createFile(path.relative(ctx.settings.root, tokenFile), accessTokenSource);
        edit.addNamedImport(moduleSpecifier(ctx, edit, tokenFile, serviceRoot), "verifyAccessToken");
        edit.insertAfter(container, "\n\n" + socketGuardSource(receiver, indentOf(ctx.text, container.getStart(ctx.sourceFile))));
      },
    }),
  });
}

/** What `.use()` must be called on: the server, or a namespace through its alias (`const support = io.of("/support")`) or as written. */
function socketReceiver(ctx: Context, creation: ts.Expression, server: SocketServerSummary): string {
  if (server.namespace === undefined) return server.owner;
  const parent = creation.parent;
  return ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : creation.getText(ctx.sourceFile);
}

function enclosingStatement(node: ts.Node): ts.Statement | undefined {
  let current: ts.Node | undefined = node;
  while (current && !ts.isVariableStatement(current) && !ts.isExpressionStatement(current)) current = current.parent;
  return current;
}

function indentOf(text: string, position: number): string {
  const lineStart = text.lastIndexOf("\n", position - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}
