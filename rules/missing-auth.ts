// missing-auth: mutating and sensitive routes, and Socket.IO servers, whose chain has no authentication guard.
// Routes and chains come from the framework model; this rule decides which routes must be guarded and scaffolds the fix.
import * as path from "node:path";
import { ts } from "ts-morph";
import { defineRule, type RuleContext, type Span } from "./engine/types.js";
import type { FixBuilder } from "./engine/fix-builder.js";
import { lineIndentation } from "./engine/code-style.js";
import { addressThrottleSources, namesAWrite, onlyAnswers, onlyRedirects, pathSecretParameters, readsPathSecret, readsRequestIdentity, recordsUserAgent, runsSignInCeremony, servesStaticFiles, signsInWithSubmittedSecret, spendsOperatorApiKey, startsOAuthSignIn, unawaitedQstashVerify, wholeRequestHandedTo } from "./model/auth-checks.js";
import { accessTokenModule, accessTokenSource, guardScaffoldFor, socketGuardSource } from "./model/auth-scaffold.js";
import { projectConventionSize, wrapperConventions, type WrapperConvention } from "./model/conventions.js";
import { isDeclaredPublic, type GuardDefinition, type LinkedRoute } from "./model/project-model.js";
import { findSecretFormat, isSecretName, looksRandom } from "./model/secrets.js";
import { callerScopedImports } from "./model/supabase-clients.js";
import { calleeText, enclosingFunction, findDeclaration, findNodeBySpan, hasModifier, importedModuleOf, importedModuleOfCallee, isFunctionLike, isJavaScriptFile, nameWords, unwrapExpression, writtenTarget, type FunctionLike } from "./model/syntax.js";
import { isInsideDurableObject } from "./model/frameworks/edge.js";
import { appAdapterModule, isRpcRouterDispatch } from "./model/frameworks/next.js";
import { handlerFunctionOf } from "./model/route-handlers.js";
import { routeReportSpan } from "./model/route-report-span.js";
import type { Framework, GuardScopeKind, RouteSummary, SocketServerSummary } from "./model/types.js";

type Context = RuleContext<Record<string, never>>;

const mutatingMethods = new Set(["POST", "PUT", "PATCH", "DELETE", "ALL"]);
/**
 * Path segments of routes that must stay reachable without a session: sign-in, sign-up and recovery steps, OAuth/OIDC/
 * SAML protocol endpoints, health checks, one-click unsubscribe. Rate limiting still applies to them (missing-rate-limit).
 */
const publicSegment =
  /^(login|log-in|logout|log-out|signin|sign-in|signout|sign-out|signup|sign-up|register|authenticate|forgot|forgot-password|reset-password|password-reset|new-password|(re)?send-verif[\w-]*|resend-verify-email|verify-email|magic-link|refresh|refresh-tokens?|token|revoke|introspect|authorize|userinfo|jwks(\.json)?|\.well-known|passkey|webauthn|unsubscribe|\[\.\.\.nextauth\]|health|healthz|healthcheck|livez|readyz|ready|readiness|live|liveness|ping|ok)$/;
const authSegment = /^(auth|oauth|oauth2|oidc|sso|saml|passkey)$/;
/**
 * First-run set-up of a fresh install, at the top of the API (`/setup`, `/api/auth/setup`, `/setup-database`,
 * `/auth/firsttime`, `/create-admin`): served before any account exists, and refused by the project once one does.
 * Deeper down (`/integrations/slack/setup`) it is a signed-in user's step.
 */
const firstRunSegment = /^(setup|first-?time|first-run|create-admin)$/;
const apiRootSegment = /^(api|v\d+|auth)$/;
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
/**
 * Under an auth segment these are steps of signing in or recovering an account, not account changes: segments that are
 * a step (`/auth/anonymous`, an OAuth `form_post` relay `/auth/oauth/:provider/redirect`, account recovery
 * `/auth/recovery/request`, but not `/auth/recovery-codes`, a signed-in account's codes), and segments with a step's
 * word among their words (`/auth/callback`, `/auth/otp`, `/auth/forgot-return`, `/auth/verify-email-token`, an identity
 * provider looked up by email domain: `/auth/check-sso`, `/sso/discovery`).
 */
const signInStepSegment = /^(anonymous|authn|acs|assert|metadata|redirect|exists|recover|recovery|\[\.\.\.\w+\])$/;
const signInStepWord = /^(verify|verification|otp|callback|activate|activation|forgot|reset|confirm|confirmation|resend|check|discover|discovery|lookup)$/;
const signInWordEnd = /^(login|signin|signup|register|auth)$/;
const webhookSegment = /webhook/;

export default defineRule({
  id: "missing-auth",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    fix: "suggestion",
    summary: "Mutating and sensitive routes must pass through an authentication guard.",
    fixTitle: "Add an authentication guard",
    messages: {
      route: "{{method}} {{path}} has no authentication guard in its chain.",
      webhook: "{{method}} {{path}} looks like a webhook but neither authenticates the caller nor verifies the payload's signature.",
      unawaitedSignature:
        "{{method}} {{path}} checks the QStash signature with `{{call}}` without `await`: the promise is always truthy, so unsigned requests pass. Await it.",
      unprovenWrapper:
        "{{method}} {{path}} is wrapped by `{{wrapper}}`{{definedIn}}, which Harden could not prove authenticates; if it does, add it to `authWrappers` in harden.config.json.",
      unprovenConvention:
        "{{count}} routes are wrapped by `{{wrapper}}`{{definedIn}}, which Harden could not prove authenticates (this is one of them, {{method}} {{path}}); if it does, add `\"authWrappers\": [\"{{wrapper}}\"]` to harden.config.json, else guard them.",
      opaqueConvention:
        "{{count}} routes go through `{{wrapper}}`, whose code Harden cannot read where it is used (a parameter, a class member, or what a call builds from one), and no guard Harden recognises (this is one of them, {{method}} {{path}}); if it authenticates, add `\"authWrappers\": [\"{{wrapper}}\"]` to harden.config.json, else guard them.",
      unprovenFolderConvention:
        "{{count}} of the {{total}} routes in {{folder}} are wrapped by `{{wrapper}}`{{definedIn}}, which Harden could not prove authenticates (this is one of them, {{method}} {{path}}); if it does, add `\"authWrappers\": [\"{{wrapper}}\"]` to harden.config.json, else guard them.",
      unprovenBuilderConvention:
        "{{count}} routes are wrapped by handlers that `{{builder}}` ({{builtIn}}) builds, through {{wrappers}}, which Harden could not prove authenticate (this is one of them, {{method}} {{path}}); if they do, add `\"authWrappers\": [{{names}}]` to harden.config.json, else guard them.",
      deviatesFromConvention:
        "{{method}} {{path}} has no authentication guard in its chain, while {{count}} of its {{total}} sibling routes in {{folder}} go through `{{wrapper}}`{{definedIn}}; wrap it the same way (and if `{{wrapper}}` authenticates, add it to `authWrappers` in harden.config.json).",
      unguardedRoutes:
        "{{count}} routes in this file change data or sit under a sensitive prefix without an authentication guard, and no route of its package has one: {{routes}}. If something in front of the app authenticates its callers (a gateway, a proxy, a private network), that is by design; else guard them.",
      unprovenMiddleware:
        "{{method}} {{path}} goes through `{{wrapper}}`{{definedIn}}, which reads a credential but Harden could not see it refuse a request without one; if it does, add it to `authWrappers` in harden.config.json.",
      socket: "Socket.IO server `{{owner}}` accepts connections without an `{{owner}}.use(...)` authentication guard.",
      gateway: "WebSocket gateway `{{owner}}` accepts connections without authentication: no `@UseGuards` on its message handlers and no credential check that drops the client in `handleConnection`.",
      socketNamespace: "Socket.IO namespace `{{namespace}}` accepts connections without a `{{owner}}.use(...)` authentication guard (the server's `use()` does not reach namespaces).",
    },
  },
  check: (ctx) => ({
    onEnd() {
      const unguarded: UnguardedRoute[] = [];
      for (const linked of ctx.project.routesIn(ctx.filePath)) checkRoute(ctx, linked, unguarded);
      reportUnguarded(ctx, unguarded);
      for (const server of ctx.file.socketServers) checkSocketServer(ctx, server);
    },
  }),
});

/**
 * The route needs no guard whatever its chain holds: not served in production or from the network, or a handler that
 * serves anyone by design (a sign-in step, a probe, a read, a capability URL, a signed webhook handed on).
 */
function servesAnyoneByDesign(ctx: Context, linked: LinkedRoute): boolean {
  const { route } = linked;
  const routePath = linked.fullPath || route.path;
  const segments = routePath.toLowerCase().split("/").filter(Boolean);
  // A path built at run time cannot be told apart from a sign-in step, a public allow-list entry or a path-scoped guard.
  if (route.runTimePath) return true;
  // A router mounted only in a branch production never takes (`if (env === "test") app.use(testRoutes.routes())`) is not served there.
  if (ctx.project.servedOnlyOutsideProduction(linked)) return true;
  // Not reachable from the network: an app the Worker calls only in-process, or a Durable Object's own router.
  if (route.owner && ctx.project.servedOnlyInProcess(linked.filePath, route.owner)) return true;
  if (linked.filePath === ctx.filePath && isRegisteredInDurableObject(ctx, route)) return true;
  // A router nothing mounts (its mount commented out, left behind by a refactor) serves no request.
  if (route.owner && ctx.project.isNeverMounted(linked.filePath, route.owner)) return true;
  // `get("/:id", opts, showSecret)` and `post("/:id", opts, showSecret)`: the POST runs what a read of its path runs.
  if (route.method === "POST" && servesItsRead(ctx, linked)) return true;
  const handler = handlerFunctionOf(route, ctx.sourceFile);
  // A tRPC/oRPC adapter or a 405 stub does nothing itself; a passkey sign-in step, one that checks a submitted password or
  // provider token before it opens a session, or the redirect that starts an OAuth sign-in, serves callers without a
  // session by design.
  // Nor does a handler that only bounces the request to another URL: it changes nothing.
  if (handler && (delegatesToRpcRouter(handler) || onlyRefusesMethod(handler) || runsSignInCeremony(handler) || signsInWithSubmittedSecret(handler) || startsOAuthSignIn(handler) || onlyRedirects(handler))) return true;
  // A probe or a not-found fallback that only answers (`c.json({ status: "ok" })`, a 404 after a log line) changes
  // nothing; under a sensitive prefix even a fixed answer is a read the prefix protects.
  if (handler && onlyAnswers(handler, { isAnswerHelper: (name) => ctx.project.isAnswerHelper(name, linked.filePath) }) && !isUnderSensitivePrefix(segments, ctx.settings.sensitivePrefixes)) return true;
  // Any method, but the handler never reads the request and waits on nothing: every method gets the answer a GET gets
  // (a Pages API route returning public settings from the environment, a POST answering which sign-in the app wants).
  if (handler && ignoresRequest(handler) && !isUnderSensitivePrefix(segments, ctx.settings.sensitivePrefixes)) return true;
  // Any method, but the handler reads only the request's URL or method and changes nothing: a Worker's whole app that
  // answers a greeting or a few rows per path answers a POST as it answers a GET.
  if (handler && route.method === "ALL" && answersByAddressOnly(handler) && !isUnderSensitivePrefix(segments, ctx.settings.sensitivePrefixes)) return true;
  // A handler that only runs a static-file server answers with the files it was built to serve, whatever the method.
  if (handler && servesStaticFiles(handler)) return true;
  // A catch-all that only forwards to another server hands each request to that server's routes, which decide.
  if (handler && segments.some((segment) => catchAllSegment.test(segment)) && forwardsToProxy(handler)) return true;
  if (handler && isAnonymousByDesign(ctx, linked, handler, segments)) return true;
  // A capability URL (`/push/:pushToken`): holding the URL is the credential, as with an unsubscribe link.
  if (handler && readsPathSecret(routePath, handler)) return true;
  // Handed whole to another package's request handler (a chat SDK's webhook adapter, an MCP transport): that handler
  // serves the route, with the headers and raw body any check needs, as a tRPC adapter does.
  if (handler && wholeRequestHandedTo(handler).some((module) => ctx.project.isOtherPackage(module, linked.filePath))) return true;
  // Every read and write it makes runs as the caller under row-level security, with no secret of the project's own.
  if (handler && actsOnlyAsCaller(ctx, linked, handler)) return true;
  // A handler another module exports: the same exemptions, read off what its module's summary keeps of it.
  if (!handler && importedHandlerServesAnyone(ctx, linked, segments)) return true;
  return false;
}

/** A route with no guard and nothing in its chain Harden could not settle: reported by reportUnguarded. */
interface UnguardedRoute {
  span: Span;
  data: { method: string; path: string };
  fix?: (edit: FixBuilder) => void;
}

/**
 * In a package where no route or socket authenticates, many unguarded routes of one file are one gap, the package's,
 * said once at the first of them; elsewhere each route is its own gap (a route beside guarded ones may be forgotten).
 */
function reportUnguarded(ctx: Context, unguarded: readonly UnguardedRoute[]): void {
  const [first] = unguarded;
  if (first && unguarded.length >= projectConventionSize && !ctx.project.authenticatesInPackage(ctx.filePath)) {
    const routes = unguarded.map(({ data }) => `${data.method} ${data.path}`);
    const listed = routes.length > maxListedRoutes ? [...routes.slice(0, maxListedRoutes), "…"] : routes;
    ctx.report({ span: first.span, messageId: "unguardedRoutes", data: { count: String(routes.length), routes: listed.join(", ") } });
    return;
  }
  for (const { span, data, fix } of unguarded) ctx.report({ span, messageId: "route", data, ...(fix && { fix }) });
}
const maxListedRoutes = 5;

function checkRoute(ctx: Context, linked: LinkedRoute, unguarded: UnguardedRoute[]): void {
  const { route } = linked;
  const routePath = linked.fullPath || route.path;
  const segments = routePath.toLowerCase().split("/").filter(Boolean);
  if (!lacksGuard(ctx, linked)) return;
  if (servesAnyoneByDesign(ctx, linked)) return;
  const handler = handlerFunctionOf(route, ctx.sourceFile);
  const data = { method: route.method === "ALL" ? "ANY" : route.method, path: routePath || "(dynamic path)" };
  const span = routeReportSpan(route, ctx.sourceFile);
  // The handler already refuses unsigned requests but tests the pending promise: awaiting the check is the fix, and its
  // caller (QStash) sends the signature, not a credential a guard would want.
  const unawaited = handler && unawaitedQstashVerify(handler);
  if (unawaited) {
    const caller = enclosingFunction(unawaited);
    const fix = caller && hasModifier(caller, ts.SyntaxKind.AsyncKeyword) ? { title: "Await the signature check", kind: "safe" as const, apply: (edit: FixBuilder) => edit.insertBefore(unawaited, "await ") } : undefined;
    ctx.report({ span, messageId: "unawaitedSignature", data: { ...data, call: `${calleeText(unawaited)}(…)` }, ...(fix && { fix }) });
    return;
  }
  if (segments.some((segment) => webhookSegment.test(segment)) && !isWebhookCollection(segments)) {
    ctx.report({ span, messageId: "webhook", data });
    return;
  }
  const fix = routeFix(ctx, linked);
  const wrapper = unprovenWrapper(ctx, linked);
  const conventions = conventionsOf(ctx);
  const middleware = wrapper ? undefined : credentialMiddleware(ctx, linked);
  if (middleware) {
    ctx.report({ span, messageId: "unprovenMiddleware", data: { ...data, ...describeWrapper(ctx, middleware) }, ...(fix && { fix }) });
    return;
  }
  if (!wrapper) {
    // A route without the wrapper most of its siblings go through deviates from their convention: say which.
    const convention = conventions.byFolder.get(siblingFolderOf(linked));
    if (!convention) {
      unguarded.push({ span, data, ...(fix && { fix }) });
      return;
    }
    const followed = describeWrapper(ctx, conventions.wrappers.get(convention.routes[0]!)!);
    const siblings = { count: String(convention.routes.length), total: String((convention.folderSize ?? 1) - 1), folder: displayFolder(ctx, convention.folder ?? "") };
    ctx.report({ span, messageId: "deviatesFromConvention", data: { ...data, ...followed, ...siblings }, ...(fix && { fix }) });
    return;
  }
  // The project's or a folder's convention: many routes through one unknown wrapper are one question about the wrapper, asked once.
  const convention = conventions.followed.get(linked);
  if (!convention) {
    if (!wrapper.opaque) ctx.report({ span, messageId: "unprovenWrapper", data: { ...data, ...describeWrapper(ctx, wrapper) }, ...(fix && { fix }) });
  } else if (isConventionAnchor(ctx, linked, convention.routes)) reportConvention(ctx, linked, convention);
}

/**
 * The convention's question is asked at its first route that needs a guard: routes of this file before it that serve
 * anyone by design (a status probe, an RPC adapter) pass the question on, so a wrapper whose every route is exempt
 * asks nothing. A route of another file ahead of it keeps the question there.
 */
function isConventionAnchor(ctx: Context, linked: LinkedRoute, members: readonly LinkedRoute[]): boolean {
  for (const member of members) {
    if (member === linked) return true;
    if (member.filePath !== ctx.filePath || !servesAnyoneByDesign(ctx, member)) return false;
  }
  return false;
}

/** The one finding of a wrapper convention, at its first route: how many routes go through the unknown wrapper. */
function reportConvention(ctx: Context, linked: LinkedRoute, convention: WrapperConvention<LinkedRoute>): void {
  const { route } = linked;
  const conventions = conventionsOf(ctx);
  const data = { method: route.method === "ALL" ? "ANY" : route.method, path: linked.fullPath || route.path || "(dynamic path)" };
  const span = routeReportSpan(route, ctx.sourceFile);
  const wrapperData = { ...data, ...describeWrapper(ctx, conventions.wrappers.get(linked)!) };
  const count = String(convention.routes.length);
  const names = [...new Set(convention.routes.map((member) => conventions.wrappers.get(member)!.name))];
  if (names.length > 1) {
    const [definedIn, builder] = [convention.key.slice(0, convention.key.lastIndexOf("#")), convention.key.slice(convention.key.lastIndexOf("#") + 1)];
    const shared = { builder, builtIn: path.relative(ctx.settings.root, definedIn).replace(/\\/g, "/"), wrappers: names.map((name) => `\`${name}\``).join(", "), names: names.map((name) => `"${name}"`).join(", ") };
    ctx.report({ span, messageId: "unprovenBuilderConvention", data: { ...data, count, ...shared } });
  } else if (conventions.wrappers.get(linked)!.opaque) ctx.report({ span, messageId: "opaqueConvention", data: { ...wrapperData, count } });
  else if (convention.scope === "project") ctx.report({ span, messageId: "unprovenConvention", data: { ...wrapperData, count } });
  else ctx.report({ span, messageId: "unprovenFolderConvention", data: { ...wrapperData, count, total: String(convention.folderSize), folder: displayFolder(ctx, convention.folder ?? "") } });
}

/**
 * The handler's Supabase client carries the caller's own `Authorization` header and a key that is not the service
 * role's, and neither it nor what it uses from other project modules reads a secret (see `callerScopedImports`):
 * row-level security decides what any caller, anonymous or not, may read or change, as a guard would.
 */
function actsOnlyAsCaller(ctx: Context, linked: LinkedRoute, handler: FunctionLike): boolean {
  const imported = callerScopedImports(handler);
  return imported !== undefined && !imported.some((name) => ctx.project.holdsProjectSecret(name, linked.filePath));
}

function describeWrapper(ctx: Context, wrapper: UnprovenWrapper): { wrapper: string; definedIn: string } {
  return { wrapper: wrapper.name, definedIn: wrapper.definedIn ? ` (${path.relative(ctx.settings.root, wrapper.definedIn).replace(/\\/g, "/")})` : "" };
}

function displayFolder(ctx: Context, folder: string): string {
  return (path.relative(ctx.settings.root, folder).replace(/\\/g, "/") || ".") + "/";
}

/**
 * The folder whose routes are this route's siblings: its file's folder, or for an App Router `route.ts`, which has a
 * folder of its own, the folder above it (`app/api/boards/route.ts` and `app/api/cards/route.ts` are siblings).
 */
function siblingFolderOf(linked: LinkedRoute): string {
  const folder = path.dirname(linked.filePath);
  return linked.route.framework === "next-app" && /^route\.[cm]?[jt]sx?$/.test(path.basename(linked.filePath)) ? path.dirname(folder) : folder;
}

interface UnprovenWrapper {
  name: string;
  definedIn?: string;
  /** Middleware Harden cannot read: one route through it is no finding; many are one question (opaqueConvention). */
  opaque?: true;
}

/**
 * The outermost wrapper of the handler, or middleware whose code Harden cannot read (a parameter, a member of `this`),
 * that is neither a proven guard nor a validator or limiter: what Harden saw and could not settle.
 */
function unprovenWrapper(ctx: Context, linked: LinkedRoute): UnprovenWrapper | undefined {
  const wrapper = linked.guards.find(
    (guard) =>
      (guard.kind === "wrapper" || ctx.project.isOpaqueGuard(guard, guard.filePath)) &&
      !ctx.project.isTransparentWrapper(guard.name, guard.filePath) &&
      !ctx.project.isAuthGuard(guard, guard.filePath) &&
      !ctx.project.isValidator(guard.name, guard.filePath) &&
      !ctx.project.isRateLimiter(guard.name, guard.filePath),
  );
  if (!wrapper) return undefined;
  if (wrapper.kind !== "wrapper") return { name: wrapper.name, opaque: true };
  const definedIn = ctx.project.definitionFileOf(wrapper.name, wrapper.filePath);
  return { name: wrapper.name, ...(definedIn && { definedIn }) };
}

interface ProjectConventions extends ReturnType<typeof wrapperConventions<LinkedRoute>> {
  /** The outermost unproven wrapper of each route that must be guarded and lacks a guard. */
  wrappers: Map<LinkedRoute, UnprovenWrapper>;
}

/**
 * Middleware at the route itself that reads a credential in a project function whose refusal Harden cannot see (it
 * calls a helper, an SDK, or answers some other way): what the finding names, since it may well be the guard.
 */
function credentialMiddleware(ctx: Context, linked: LinkedRoute): UnprovenWrapper | undefined {
  const found = linked.route.guards.find(
    (guard) => (guard.kind === "middleware" || guard.kind === "hook") && ctx.project.readsCredentialWithoutProvenRefusal(guard.name, linked.filePath),
  );
  if (!found) return undefined;
  const definedIn = ctx.project.definitionFileOf(found.name, linked.filePath);
  return { name: found.name, ...(definedIn && { definedIn }) };
}

const projectConventions = new WeakMap<object, ProjectConventions>();

/** The conventions of the project's routes that must be guarded (see wrapperConventions), worked out once per project. */
function conventionsOf(ctx: Context): ProjectConventions {
  let conventions = projectConventions.get(ctx.project);
  if (!conventions) {
    const sorted = [...ctx.project.allRoutes()].sort((a, b) => (a.filePath === b.filePath ? a.route.span.start - b.route.span.start : a.filePath < b.filePath ? -1 : 1));
    const mustGuard = sorted.filter((linked) => mustBeGuardedHere(ctx, linked));
    const wrappers = new Map<LinkedRoute, UnprovenWrapper>();
    for (const linked of mustGuard) {
      const found = lacksGuard(ctx, linked) ? unprovenWrapper(ctx, linked) : undefined;
      if (found) wrappers.set(linked, found);
    }
    // Wrappers that differ by name but are all made by one builder (`buildChatHandler()`, `buildResponsesHandler()`,
    // both returning `buildRuntimeHandler({ … })`) are one unknown: keyed by the builder, they are asked about once.
    const keyOf = (linked: LinkedRoute): string | undefined => {
      const wrapper = wrappers.get(linked);
      if (!wrapper) return undefined;
      const origin = ctx.project.builderOrigin(wrapper.name, linked.filePath);
      return origin ? `${origin.filePath}#${origin.name}` : `${wrapper.definedIn ?? ""}#${wrapper.name}`;
    };
    conventions = { ...wrapperConventions(mustGuard, keyOf, (linked) => siblingFolderOf(linked)), wrappers };
    projectConventions.set(ctx.project, conventions);
  }
  return conventions;
}

/**
 * The same function, by name, serves a GET of the same path on the same router (a client that sends a password in the
 * body uses the POST) with no guard the POST lacks: whatever the handler does, a read reaches it as well, and a read
 * outside a sensitive prefix is not this rule's question; under one, the GET is reported itself.
 */
function servesItsRead(ctx: Context, linked: LinkedRoute): boolean {
  const { route } = linked;
  const handler = route.handlerName === undefined ? handlerFunctionOf(route, ctx.sourceFile) : undefined;
  // By name, or the very function when it takes no request at all (`export const GET = handle; export const POST =
  // handle` with `async function handle()`): it cannot act on what a POST sends. One that reads it (a proxy) is judged.
  if (route.handlerName === undefined && (!handler || handler.parameters.length > 0)) return false;
  const sameHandler = (other: RouteSummary): boolean =>
    route.handlerName !== undefined ? other.handlerName === route.handlerName : other.handler?.start === route.handler?.start && other.handler?.end === route.handler?.end;
  const sameRead = (other: RouteSummary): boolean => other.method === "GET" && other.owner === route.owner && other.path === route.path && sameHandler(other);
  // A guard only the GET's chain has leaves the POST the open way to the same function.
  const guardedNoMore = (other: LinkedRoute): boolean => other.guards.every((guard) => linked.guards.some((own) => own.name === guard.name));
  return ctx.project.routesIn(ctx.filePath).some((other) => sameRead(other.route) && guardedNoMore(other));
}

/** The route must be guarded: it mutates or sits under a sensitive prefix, and is not public by nature. */
function mustBeGuardedHere(ctx: Context, linked: LinkedRoute): boolean {
  const segments = (linked.fullPath || linked.route.path).toLowerCase().split("/").filter(Boolean);
  return mustBeGuarded(linked.route, segments, ctx.settings.sensitivePrefixes) && !isDeclaredPublic(linked) && !isPublicByNature(linked.fullPath || linked.route.path);
}

/** The route must be guarded (it mutates, or sits under a sensitive prefix), is not public by nature, and nothing in its chain authenticates. */
function lacksGuard(ctx: Context, linked: LinkedRoute): boolean {
  const { route } = linked;
  const segments = (linked.fullPath || route.path).toLowerCase().split("/").filter(Boolean);
  if (!mustBeGuarded(route, segments, ctx.settings.sensitivePrefixes) || isDeclaredPublic(linked)) return false;
  if (linked.guards.some((guard) => ctx.project.isAuthGuard(guard, guard.filePath))) return false;
  if (route.framework === "nest" && hasGlobalAuthGuard(ctx, linked.filePath)) return false;
  return !isPublicByNature(linked.fullPath || route.path);
}

/** A NestJS global guard (`APP_GUARD`, `useGlobalGuards`) registered in this file's service. */
function hasGlobalAuthGuard(ctx: Context, filePath: string): boolean {
  return ctx.project.globalGuardsOf(filePath).some((guard) => ctx.project.isAuthGuard(guard, guard.filePath));
}

/**
 * The handler never reads its request, awaits nothing and only answers: every call is on its response (`res.json(...)`)
 * or computes its answer (`getPublicSettings()`, `parseEnvInt(MAX, 24)`, `fs.readFileSync(buildInfo)`), none named for
 * a change, so whatever was sent, it answers what a GET gets.
 */
function ignoresRequest(handler: FunctionLike): boolean {
  const [request, response] = handler.parameters;
  if (!handler.body || !response || !ts.isIdentifier(response.name) || (request && !ts.isIdentifier(request.name))) return false;
  const requestName = request && ts.isIdentifier(request.name) ? request.name.text : undefined;
  const responseName = response.name.text;
  const onResponse = (expression: ts.Expression): boolean => {
    let receiver = unwrapExpression(expression);
    while (ts.isPropertyAccessExpression(receiver) || ts.isCallExpression(receiver)) receiver = unwrapExpression(receiver.expression);
    return ts.isIdentifier(receiver) && receiver.text === responseName;
  };
  let answers = false;
  const disqualifies = (node: ts.Node): boolean => {
    if (ts.isAwaitExpression(node) || (requestName !== undefined && ts.isIdentifier(node) && node.text === requestName)) return true;
    if (changesOuterState(node, handler)) return true;
    if (ts.isCallExpression(node)) {
      if (onResponse(node.expression)) answers = true;
      else if (namesAWrite(node)) return true;
    }
    return ts.forEachChild(node, disqualifies) ?? false;
  };
  return !disqualifies(handler.body) && answers;
}

/**
 * A fetch-style handler (`fetch(request, env)`) that reads nothing of its request but its URL or method, hands it to
 * nothing, makes no call named for a change or that runs a statement (`.run()`, `.exec()`, a SQL write), changes no
 * outer state and spends no API key of the operator's: whatever the method, it answers what a GET of the path gets.
 */
function answersByAddressOnly(handler: FunctionLike): boolean {
  const [request] = handler.parameters;
  if (!handler.body || !request || !ts.isIdentifier(request.name) || spendsOperatorApiKey(handler)) return false;
  const requestName = request.name.text;
  const disqualifies = (node: ts.Node): boolean => {
    if (ts.isIdentifier(node) && node.text === requestName && node !== request.name) {
      return !(ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node && /^(url|method)$/.test(node.parent.name.text));
    }
    if (changesOuterState(node, handler)) return true;
    if (ts.isCallExpression(node) && (namesAWrite(node) || runsStatement(node))) return true;
    if (ts.isStringLiteralLike(node) && sqlWrite.test(node.text)) return true;
    return ts.forEachChild(node, disqualifies) ?? false;
  };
  return !disqualifies(handler.body);
}
const sqlWrite = /^\s*(insert|update|delete|drop|create|alter|replace|truncate|upsert|merge)\b/i;
const statementRunner = /^(run|exec|execute|batch|trigger|dispatch|invoke|call|post|put|patch|fetch)$/;

function runsStatement(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
  return statementRunner.test(name);
}

/**
 * `notes.length = 0`, `hits++`, `delete cache[key]`, `pins.clear()`: the node changes a value that outlives the call,
 * one declared outside the handler, so the request is not a read whatever the handler's calls are named.
 */
function changesOuterState(node: ts.Node, handler: FunctionLike): boolean {
  let target = writtenTarget(node);
  if (ts.isDeleteExpression(node)) target = node.expression;
  else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && inPlaceMutators.test(node.expression.name.text)) target = node.expression.expression;
  if (!target) return false;
  let root = unwrapExpression(target);
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = unwrapExpression(root.expression);
  if (!ts.isIdentifier(root)) return root.kind === ts.SyntaxKind.ThisKeyword;
  const declaration = findDeclaration(root.text, root);
  return !declaration || declaration.getStart() < handler.getStart() || declaration.getEnd() > handler.getEnd();
}
const inPlaceMutators = /^(clear|push|pop|shift|unshift|splice|fill|copyWithin|reverse|sort)$/;

function mustBeGuarded(route: RouteSummary, segments: readonly string[], sensitivePrefixes: readonly string[]): boolean {
  if (route.servesAdapter) return false;
  if (mutatingMethods.has(route.method)) return true;
  if (route.method === "OPTIONS") return false;
  return isUnderSensitivePrefix(segments, sensitivePrefixes);
}

/**
 * The route sits in an area a sensitive prefix marks inside its API (`/api/internal/...`, `/admin/users`). A prefix
 * right above an API root (`/internal/api/v1/...`, the API a project's own web app calls beside its public `/api`)
 * names a whole API rather than an area of one: its reads are checked as any other API's, its writes as always.
 */
function isUnderSensitivePrefix(segments: readonly string[], sensitivePrefixes: readonly string[]): boolean {
  return sensitivePrefixes.some((prefix) => {
    const inner = prefix.toLowerCase().split("/").filter(Boolean);
    return segmentsAt(segments, inner).some((start) => !apiRootOnly.test(segments[start + inner.length] ?? ""));
  });
}

const apiRootOnly = /^(api|v\d+)$/;

/** True when `inner` occurs in `segments` as consecutive whole segments, so `/admin` matches `/api/admin/users` but not `/administrators`. */
function containsSegments(segments: readonly string[], inner: readonly string[]): boolean {
  return segmentsAt(segments, inner).length > 0;
}

/** Where `inner` starts in `segments` as consecutive whole segments. */
function segmentsAt(segments: readonly string[], inner: readonly string[]): number[] {
  if (inner.length === 0) return [];
  return segments.flatMap((_, start) => (inner.every((segment, offset) => segments[start + offset] === segment) ? [start] : []));
}

/** `routePath` as written: a camelCase step (`/auth/resetPassword`) is read word by word, as its kebab-case twin is. */
function isPublicByNature(routePath: string): boolean {
  const written = routePath.split("/").filter(Boolean);
  const segments = written.map((segment) => segment.toLowerCase());
  if (written.some((segment) => publicSegment.test(segment.toLowerCase()) || publicSegment.test(nameWords(segment).join("-")))) return true;
  // A step spelled over two segments (`/password/reset`, `/verify/email`) is the step its joined words name.
  if (segments.some((segment, index) => index > 0 && publicSegment.test(`${segments[index - 1]}-${segment}`))) return true;
  // `/user/request-login`, `/github-auth`: the last step names a way in (its last words a sign-in step).
  // `/user/checkPasswordResetToken`: two of its words in a row name a recovery step.
  const lastWords = nameWords(written[written.length - 1] ?? "");
  if (lastWords.length >= 2 && (signInWordEnd.test(lastWords[lastWords.length - 1]!) || lastWords.some((word, index) => index > 0 && publicSegment.test(`${lastWords[index - 1]}-${word}`)))) return true;
  // `/unsubscribe-oneclick`, `/email_unsubscribe`: an unsubscribe step, whatever else its segment says (RFC 8058 links).
  if (segments.some((segment) => segment.split(/[-_.]/).includes("unsubscribe"))) return true;
  const top = segments.find((segment) => !apiRootSegment.test(segment));
  if (top !== undefined && (firstRunSegment.test(top) || firstRunSegment.test(top.split(/[-_]/)[0]!))) return true;
  if (isClientSdkApi(segments)) return true;
  const isSignInStep = (segment: string): boolean => signInStepSegment.test(segment.toLowerCase()) || nameWords(segment).some((word) => signInStepWord.test(word));
  // `/auth/sso`, `/auth/saml`: the entry to signing in with a provider, which starts before there is a session.
  const [last, beforeLast] = [segments[segments.length - 1], segments[segments.length - 2]];
  if (last !== undefined && beforeLast !== undefined && authSegment.test(last) && authSegment.test(beforeLast)) return true;
  return written.some(isSignInStep) && segments.some((segment) => authSegment.test(segment));
}

/**
 * A public tool, a sign-up, an anonymous vote or a visitor beacon: a POST on a fixed path (no record named in it) whose
 * handler reads no credential of any kind and either throttles its callers, by their network address answering 429
 * or by a rate limiter of this route's own (not the app's), or describes its caller by the browser it runs in (reads
 * the User-Agent, as a page-view or click beacon does), or its path names a visitor's form (`namesVisitorForm`). Its
 * author planned for callers with no identity but their address or browser: the endpoint is written for anonymous
 * callers, unless each call spends the operator's API key (`spendsOperatorApiKey`) in a package that has accounts it
 * could have asked for. (missing-rate-limit still looks at it.)
 */
function isAnonymousByDesign(ctx: Context, linked: LinkedRoute, handler: FunctionLike, segments: readonly string[]): boolean {
  if (readsRequestIdentity(handler) || (spendsOperatorApiKey(handler) && ctx.project.authenticatesInPackage(linked.filePath))) return false;
  return isAnonymousPost(ctx, linked, segments, () => recordsUserAgent(handler), () => addressThrottleSources(handler), linked.filePath);
}

/**
 * For a handler that reads no identity (see isAnonymousByDesign): a POST on a fixed path throttled by its own limiter
 * or per address, or keeping the caller's User-Agent (each asked only when needed). `handlerFile` names the throttle sources.
 */
function isAnonymousPost(ctx: Context, linked: LinkedRoute, segments: readonly string[], recordsAgent: () => boolean, throttles: () => readonly string[], handlerFile: string): boolean {
  if (linked.route.method !== "POST" || segments.some((segment) => dynamicSegment.test(segment) || segment.startsWith("["))) return false;
  if (namesVisitorForm(linked.fullPath || linked.route.path) || opensAccount(segments)) return true;
  if (linked.route.guards.some((guard) => ctx.project.isRateLimiter(guard.name, linked.filePath))) return true;
  if (recordsAgent()) return true;
  return throttles().some((source) => source === "inline" || ctx.project.readsClientAddress(source, handlerFile));
}

/**
 * The last step of the path names a form or beacon every visitor's browser posts to (`/contact`, `/support/feedback`,
 * `/newsletter/subscribe`, `/captchas`, a CSP `/report`, `/jsError`, `/telemetry`): with a handler that asks no one who
 * they are, it is written for anonymous visitors.
 */
function namesVisitorForm(routePath: string): boolean {
  const last = routePath.split("/").filter(Boolean).pop();
  const words = last === undefined ? [] : nameWords(last);
  return words.some((word) => visitorFormWord.test(word)) || visitorFormWord.test(words.join(""));
}
const visitorFormWord = /^(contact|feedback|subscribe|captchas?|report|jserror|telemetry|beacon)$/;

/**
 * `POST /users`, `POST /api/v1/accounts`: the account collection at the API's root, posted to by a handler that asks no
 * one who they are, makes an account for whoever posts: the sign-up. (One an operator adds users with reads the
 * operator's identity, or sits under a prefix such as `/admin`.)
 */
function opensAccount(segments: readonly string[]): boolean {
  const last = segments[segments.length - 1];
  return last !== undefined && accountCollection.test(last) && segments.slice(0, -1).every((segment) => apiRootOnly.test(segment) || segment === "auth" || segment === "public");
}
const accountCollection = /^(users?|accounts?)$/;

/**
 * The exemptions above for a handler another module exports (`router.post("/x", controller.report)`), from the traits
 * its module's summary keeps (see `HandlerTraits`): a sign-in step, a redirect, a fixed answer, an anonymous caller
 * by design, a capability URL, a request handed whole to another package.
 */
function importedHandlerServesAnyone(ctx: Context, linked: LinkedRoute, segments: readonly string[]): boolean {
  const imported = ctx.project.importedHandlerTraits(linked);
  if (!imported) return false;
  const { traits, filePath } = imported;
  if (traits.signInStep || traits.onlyRedirects) return true;
  if (traits.onlyAnswers && !isUnderSensitivePrefix(segments, ctx.settings.sensitivePrefixes)) return true;
  if (traits.readsNoIdentity && (!traits.spendsApiKey || !ctx.project.authenticatesInPackage(linked.filePath)) && isAnonymousPost(ctx, linked, segments, () => traits.recordsUserAgent === true, () => traits.throttledBy ?? [], filePath)) return true;
  const routePath = linked.fullPath || linked.route.path;
  if (pathSecretParameters(routePath).some((name) => traits.secretNames?.includes(name))) return true;
  return (traits.handedTo ?? []).some((module) => ctx.project.isOtherPackage(module, filePath));
}

function isRegisteredInDurableObject(ctx: Context, route: RouteSummary): boolean {
  const registration = findNodeBySpan(ctx.sourceFile, route.span);
  return !!registration && isInsideDurableObject(registration);
}

/** `/webhooks`, `/webhooks/[id]`: the API that manages a project's webhook subscriptions, not an endpoint that receives one. */
function isWebhookCollection(segments: readonly string[]): boolean {
  const at = segments.findIndex((segment) => segment === "webhooks");
  return at !== -1 && segments.length - at <= 2 && segments.slice(at + 1).every((segment) => /^(\[.*\]|:.*)$/.test(segment));
}

/**
 * The handler hands the request to a tRPC adapter (`fetchRequestHandler`, `createNextApiHandler`, `trpcServer`) or to
 * an oRPC handler (`rpcHandler.handle(request, …)`): the procedures it dispatches to carry their own guards.
 */
function delegatesToRpcRouter(handler: FunctionLike): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node)) found = ts.isIdentifier(node.expression) ? appAdapterModule.test(importedModuleOf(node.expression.text, node) ?? "") : isRpcRouterDispatch(node);
    ts.forEachChild(node, visit);
  };
  visit(handler);
  return found;
}


const catchAllSegment = /^(\[\[?\.\.\.\w+\]\]?|\*)$/;
/** HTTP proxy libraries: what they build forwards the request as it is to another server. */
const proxyModule = /^(http-proxy-middleware|http-proxy|next-http-proxy-middleware|@fastify\/http-proxy)$/;

/**
 * The handler hands the request to a proxy an HTTP proxy library builds (`createProxyMiddleware({ target })(req, res)`,
 * or through a local `const proxy = createProxyMiddleware(...)`): the server behind it authenticates its own routes.
 */
function forwardsToProxy(handler: FunctionLike): boolean {
  const isProxyFactory = (expression: ts.Expression): boolean => {
    const value = unwrapExpression(expression);
    if (!ts.isCallExpression(value)) return false;
    return proxyModule.test(importedModuleOfCallee(value) ?? "");
  };
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && node.arguments.length >= 2) {
      const callee = unwrapExpression(node.expression);
      if (isProxyFactory(callee)) found = true;
      else if (ts.isIdentifier(callee)) {
        const declaration = findDeclaration(callee.text, callee);
        found = !!declaration && ts.isVariableDeclaration(declaration) && !!declaration.initializer && isProxyFactory(declaration.initializer);
      }
    }
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
      // `res.set("Allow", "POST").sendStatus(405)`: a chain of the response's own setters.
      let root: ts.Expression = node.expression;
      while (ts.isPropertyAccessExpression(root) || ts.isCallExpression(root)) root = root.expression;
      const isResponseBuilder = ts.isIdentifier(root) && (context.has(root.text) || /^(NextResponse|Response)$/.test(root.text));
      if (!isResponseBuilder) acts = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return refuses && !acts;
}

interface GuardChoice {
  /** The expression to apply: `requireAuth`, or a call copied from a usage in this file. */
  expression: string;
  /** Adds what the expression needs: an import, or the created guard module. */
  provide: (edit: FixBuilder) => void;
  /** The project's guard it reuses; absent for a created one. */
  reused?: GuardDefinition;
}

/** How a guard is put in front of the route, and what is already there. */
interface GuardApplication {
  insert: (edit: FixBuilder, guard: string) => void;
  /** Guards, wrappers and middleware already applied to the handler, as written: the fix never applies one twice. */
  applied: readonly string[];
  /** Arguments the guard's wrapped function must accept (a Next.js handler's own, or 2 for a wrapped handler whose list is not visible). */
  handlerArity: number;
}

function routeFix(ctx: Context, linked: LinkedRoute): ((edit: FixBuilder) => void) | undefined {
  const framework = linked.route.framework;
  // The frameworks with a guard template are the ones the fix knows how to apply a guard in.
  const applyAs = guardScaffoldFor(framework)?.kind;
  if (!applyAs) return undefined;
  const application = applyAs === "middleware" ? middlewareInsertion(ctx, linked.route) : handlerWrapping(ctx, linked.route);
  if (!application) return undefined;
  // Choosing the guard asks the whole project, so it waits until the fix is built; without a guard the fix does nothing.
  return (edit) => {
    // A guard of the project's own switched off by its config (`withApi({ auth: "none", handler })`) is the user's to
    // switch back on: a second guard around it would be a parallel login.
    if (application.applied.some((name) => ctx.project.isAuthGuard({ name, kind: "wrapper" }, ctx.filePath))) return;
    const guard = chooseGuard(ctx, linked, applyAs, application.handlerArity);
    const guardName = guard?.expression.replace(/\(\)$/, "");
    if (!guard || application.applied.some((written) => written === guardName || written.startsWith(guardName + "("))) return;
    guard.provide(edit);
    application.insert(edit, guard.expression);
    // Whether the route was forgotten or is public by design (a sign-in, a vendor's webhook, a public form) is intent,
    // and a route beside guarded siblings is no evidence of it: on public backends about seven in ten such routes were public
    // by design. So the guard is offered in the editor, never applied by --fix.
    edit.offerAsSuggestion(guard.reused ? publicByDesignIsIntent : "no sibling guard to reuse");
  };
}

const publicByDesignIsIntent = "whether the route is public by design is the project's call";

/** Whom a route serves: signed-in users, admins (an admin segment or a sensitive prefix), or one machine caller (a cron). */
type RouteAudience = "user" | GuardScopeKind;

const adminSegment = /^(admin|admins|administration|superuser|superadmin|staff|backoffice|back-office)$/;
const cronSegment = /^(cron|crons|cron-?jobs?|scheduled|scheduler)$/;

function audienceOf(ctx: Context, linked: LinkedRoute): RouteAudience {
  const segments = (linked.fullPath || linked.route.path).toLowerCase().split("/").filter(Boolean);
  if (segments.some((segment) => cronSegment.test(segment))) return "machine";
  const isSensitive = ctx.settings.sensitivePrefixes.some((prefix) => containsSegments(segments, prefix.toLowerCase().split("/").filter(Boolean)));
  return isSensitive || segments.some((segment) => adminSegment.test(segment)) ? "admin" : "user";
}

/** A guard admits the route's callers and no others: never an admin or cron guard on a user route, never a session guard on a cron. */
function fitsAudience(scope: GuardScopeKind | undefined, audience: RouteAudience): boolean {
  if (audience === "machine") return scope === "machine";
  if (audience === "admin") return scope !== "machine";
  return scope === undefined;
}

/**
 * The fix applies `name` bare (`guard, handler` or `guard(handler)`): a middleware must be the middleware itself, or a
 * factory called without arguments (see calledBare); a wrapper must need no argument but the handler and hand it the
 * arguments Next.js gives the route.
 * Undefined when the definition is not the project's, so Harden cannot tell.
 */
function fitsSignature(guard: GuardDefinition, applyAs: "middleware" | "wrapper", handlerArity: number): boolean | undefined {
  const shape = guard.shape;
  if (!shape) return undefined;
  if (applyAs === "middleware") return !shape.returnsFunction || calledBare(guard);
  if (shape.requiredParameters === undefined) return undefined;
  return shape.requiredParameters <= 1 && shape.handlerCall === "forwards" && (shape.forwardedArguments ?? 0) >= handlerArity;
}

/**
 * The guard sibling routes of the same framework and package use that fits this route (see fitsAudience,
 * fitsSignature), the closest first; else a created fail-closed one; else none (a cron route, a name taken).
 */
function chooseGuard(ctx: Context, linked: LinkedRoute, applyAs: "middleware" | "wrapper", handlerArity: number): GuardChoice | undefined {
  const framework = linked.route.framework;
  const packageRoot = ctx.project.packageOf(ctx.filePath);
  const kinds = applyAs === "middleware" ? (["middleware", "hook"] as const) : (["wrapper"] as const);
  const audience = audienceOf(ctx, linked);
  const candidates = ctx.project
    .authGuardsInUse({ frameworks: [framework], kinds, packageRoot })
    .map((guard) => ({ guard, written: writtenInThisFile(ctx, guard) }))
    // A guard whose signature Harden cannot read (a library's, used in another file) stays a candidate: a created
    // guard beside it would be a parallel login, so choosing it means no fix.
    .filter(({ guard, written }) => {
      if (written) return fitsAudience(guard.scope ?? scopeNamedIn(written.getText(ctx.sourceFile)), audience);
      return fitsAudience(guard.scope, audience) && fitsSignature(guard, applyAs, handlerArity) !== false;
    })
    .sort((a, b) => compareCloseness(ctx, a.guard, b.guard, audience));
  const closest = candidates[0];
  if (closest) {
    const isWritable = closest.written !== undefined || fitsSignature(closest.guard, applyAs, handlerArity) === true;
    const reused = isWritable ? reuseGuard(ctx, closest.guard, closest.written) : undefined;
    return reused && { ...reused, reused: closest.guard };
  }
  // A cron's scheduler sends its own secret: a created bearer-token guard would refuse it as well.
  if (audience === "machine") return undefined;
  return scaffoldGuard(ctx, framework, packageRoot);
}

/** Where a guard is applied in this file as middleware, to copy as written (`passport.authenticate("jwt", { session: false })`). */
function writtenInThisFile(ctx: Context, guard: GuardDefinition): ts.Node | undefined {
  const example = guard.uses.find((use) => use.filePath === ctx.filePath && use.kind !== "wrapper");
  return example && findNodeBySpan(ctx.sourceFile, example.span);
}

/** Whom a guard's written arguments name (`bearerAuth({ token: env.ADMIN_TOKEN })`, `requireRole("admin")`). */
function scopeNamedIn(written: string): GuardScopeKind | undefined {
  if (/cron|webhook|signature|internal/i.test(written)) return "machine";
  return /admin|superuser|staff|owner|root/i.test(written) ? "admin" : undefined;
}

/** Used in this file first, then a guard meant for this audience, then the one used nearest in the folder tree, then the most used. */
function compareCloseness(ctx: Context, a: GuardDefinition, b: GuardDefinition, audience: RouteAudience): number {
  const inFile = (guard: GuardDefinition): number => (guard.uses.some((use) => use.filePath === ctx.filePath) ? 1 : 0);
  const forAudience = (guard: GuardDefinition): number => ((guard.scope ?? "user") === audience ? 1 : 0);
  const nearest = (guard: GuardDefinition): number => Math.max(...guard.uses.map((use) => sharedFolders(use.filePath, ctx.filePath)));
  return inFile(b) - inFile(a) || forAudience(b) - forAudience(a) || nearest(b) - nearest(a) || b.uses.length - a.uses.length;
}

function sharedFolders(a: string, b: string): number {
  const left = path.dirname(a).split(path.sep);
  const right = path.dirname(b).split(path.sep);
  let shared = 0;
  while (shared < left.length && left[shared] === right[shared]) shared++;
  return shared;
}

/** A created fail-closed guard in the route's package (see scaffoldModule). */
function scaffoldGuard(ctx: Context, framework: Framework, packageRoot: string): GuardChoice | undefined {
  const scaffold = guardScaffoldFor(framework);
  // The guard is a TypeScript module: a JavaScript package could not load it, and Node would not start.
  if (!scaffold || isJavaScriptFile(ctx.filePath)) return undefined;
  const lib = libDirectory(ctx, packageRoot);
  const guardFile = scaffoldModule(ctx, path.join(lib, guardModuleName(ctx, framework, scaffold.module, packageRoot)), scaffold.exportName);
  if (!guardFile) return undefined;
  return {
    expression: scaffold.exportName,
    provide: (edit) => {
      edit.createFile(path.relative(ctx.settings.root, path.join(lib, accessTokenModule + ".ts")), accessTokenSource);
      edit.createFile(path.relative(ctx.settings.root, guardFile), scaffold.source);
      edit.addNamedImport(moduleSpecifier(ctx, edit, guardFile), scaffold.exportName);
    },
  };
}

/**
 * The file the guard goes in: `lib/auth.ts`, or `lib/auth-guard.ts` when `auth` is taken by a module the fix did not
 * write (a next-auth config) or by a folder or a module of another extension (`lib/auth/index.ts`), which a new
 * `lib/auth.ts` would shadow for every import of `lib/auth`. A module a fix created before, exporting the guard, is reused.
 */
function scaffoldModule(ctx: Context, preferred: string, exportName: string): string | undefined {
  for (const candidate of [preferred, `${preferred}-guard`]) {
    const existing = ctx.project.summaries.get(candidate + ".ts");
    if (existing) {
      if (existing.exports.some((e) => e.exported === exportName)) return candidate + ".ts";
      continue;
    }
    const isTaken = [...ctx.project.summaries.keys()].some((filePath) => filePath.startsWith(candidate + path.sep) || stripExtension(filePath) === candidate);
    if (!isTaken) return candidate + ".ts";
  }
  return undefined;
}

function stripExtension(filePath: string): string {
  return filePath.replace(/\.[cm]?[jt]sx?$/, "");
}

/** `auth`, or `auth-koa` when another framework of the package would get a different guard in the same module. */
function guardModuleName(ctx: Context, framework: Framework, module: string, packageRoot: string): string {
  const sharing = new Set<Framework>();
  for (const summary of ctx.project.summaries.values()) {
    if (ctx.project.packageOf(summary.filePath) !== packageRoot) continue;
    for (const route of summary.routes) if (guardScaffoldFor(route.framework)?.module === module) sharing.add(route.framework);
  }
  return sharing.size > 1 ? `${module}-${framework}` : module;
}

/**
 * How to apply and import a guard sibling routes use. A middleware used in this file is copied as written
 * (`passport.authenticate("jwt", { session: false })`); elsewhere only the project's own guards are reused, by name,
 * because a library guard is usually a factory whose arguments cannot be seen from here.
 */
function reuseGuard(ctx: Context, guard: GuardDefinition, written: ts.Node | undefined): GuardChoice | undefined {
  const { name, example, filePath: definitionFile } = guard;
  if (written) {
    // Copying `basicAuth({ password: "..." })` would write a hard-coded secret a second time.
    return holdsLiteralSecret(written) ? undefined : { expression: written.getText(ctx.sourceFile), provide: () => undefined };
  }
  if (!definitionFile || name.includes(".")) return undefined;
  const isInScope = definitionFile === ctx.filePath || ctx.file.imports.some((binding) => binding.local === name);
  const expression = calledBare(guard) ? `${name}()` : name;
  if (isInScope) return { expression, provide: () => undefined };
  const isExported = ctx.project.summaries.get(definitionFile)?.exports.some((e) => e.exported === name);
  if (!isExported) return undefined;
  return { expression, provide: (edit) => edit.addNamedImport(reusedGuardSpecifier(ctx, example, name) ?? edit.moduleSpecifierTo(definitionFile), name) };
}

/**
 * A middleware factory whose parameters are all optional: applied as `name()`, what its sibling routes get by default.
 * What it makes must take the request and what comes next (a middleware), not one argument (an RPC interceptor's `next`).
 */
function calledBare(guard: GuardDefinition): boolean {
  const shape = guard.shape;
  return guard.example.kind !== "wrapper" && shape?.returnsFunction === true && shape.requiredParameters === 0 && (shape.returnedParameters ?? 0) >= 2;
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

/**
 * `@/lib/auth` when this file already imports through the `@/` alias and that alias leads to a folder holding the
 * created module (an import of this file shows where: `@/modules/x` resolving to `<package>/src/modules/x`), else a
 * relative path.
 */
function moduleSpecifier(ctx: Context, edit: FixBuilder, targetFile: string): string {
  for (const binding of ctx.file.imports) {
    if (!binding.module.startsWith("@/")) continue;
    const resolved = ctx.project.resolveModule(binding.module, ctx.filePath);
    if (!resolved) continue;
    const rest = binding.module.slice("@/".length);
    const resolvedModule = stripExtension(resolved).replace(/[\\/]index$/, "");
    if (!resolvedModule.endsWith(path.sep + path.normalize(rest))) continue;
    const aliasRoot = resolvedModule.slice(0, resolvedModule.length - path.normalize(rest).length - 1);
    if (!targetFile.startsWith(aliasRoot + path.sep)) return edit.moduleSpecifierTo(targetFile);
    return "@/" + stripExtension(path.relative(aliasRoot, targetFile)).replace(/\\/g, "/");
  }
  return edit.moduleSpecifierTo(targetFile);
}

/** `src/lib` of the route's package when it keeps its code under `src/`, else `lib`. */
function libDirectory(ctx: Context, packageRoot: string): string {
  return path.join(packageRoot, ...(ctx.project.hasSourceFolder(packageRoot) ? ["src", "lib"] : ["lib"]));
}

/** Inserts the guard first in the registration's chain (`router.post("/x", requireAuth, ...)`, Fastify's `preHandler`). */
function middlewareInsertion(ctx: Context, route: RouteSummary): GuardApplication | undefined {
  const registration = findNodeBySpan(ctx.sourceFile, route.span, ts.isCallExpression);
  if (!registration) return undefined;
  const args = registration.arguments;
  const middleware = args.slice(1, -1).map((argument) => argument.getText(ctx.sourceFile));
  const applied = [...route.guards.map((guard) => guard.name), ...middleware];
  const insert = route.framework === "fastify" ? fastifyPreHandlerInsertion(args) : chainInsertion(args);
  return insert && { insert, applied: [...applied, ...fastifyHooksOf(args)], handlerArity: 0 };
}

function chainInsertion(args: ts.NodeArray<ts.Expression>): GuardApplication["insert"] | undefined {
  const firstHandler = args[1];
  if (!firstHandler || !ts.isStringLiteralLike(args[0]!)) return undefined;
  return (edit, guard) => {
    // Arguments laid out one a line keep that layout: the guard gets its own line, indented as the handler is.
    const text = firstHandler.getSourceFile().text;
    const start = firstHandler.getStart();
    const ownLine = text.slice(args[0]!.end, start).includes("\n");
    edit.insertBefore(firstHandler, ownLine ? `${guard},\n${lineIndentation(text, start)}` : `${guard}, `);
  };
}

/** The hooks a Fastify route's options already run (`preHandler: [fastify.authenticate]`), as written. */
function fastifyHooksOf(args: ts.NodeArray<ts.Expression>): string[] {
  const options = args.find(ts.isObjectLiteralExpression);
  return (options?.properties ?? []).flatMap((property) => {
    if (!ts.isPropertyAssignment(property) || !/^(preHandler|onRequest|preValidation)$/.test(property.name.getText())) return [];
    const hooks = property.initializer;
    return ts.isArrayLiteralExpression(hooks) ? hooks.elements.map((hook) => hook.getText()) : [hooks.getText()];
  });
}

/** Fastify takes guards as a `preHandler` hook in the route options: added to an existing options object, or as a new one. */
function fastifyPreHandlerInsertion(args: ts.NodeArray<ts.Expression>): GuardApplication["insert"] | undefined {
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
 * A handler already wrapped (`withTiming(async (req) => ...)`) is wrapped from outside: the wrappers in between call
 * it with arguments of their own, which a guard written for route handlers would not understand.
 */
function handlerWrapping(ctx: Context, route: RouteSummary): GuardApplication | undefined {
  const handler = route.handler && findNodeBySpan(ctx.sourceFile, route.handler, isFunctionLike);
  if (!handler) return undefined;
  if (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)) {
    const { outermost, wrappers } = enclosingWrappers(handler);
    // A handler passed around in some other way (an argument among several, an array) is not this fix's to wrap.
    if (!ts.isVariableDeclaration(outermost.parent) && !ts.isExportAssignment(outermost.parent)) return undefined;
    const handlerArity = wrappers.length > 0 ? nextHandlerArity : handler.parameters.length;
    return { insert: (edit, guard) => edit.insertBefore(outermost, `${guard}(`).insertAfter(outermost, ")"), applied: wrappers, handlerArity };
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
  return {
    insert: (edit, guard) => edit.replace(head, `${exportHead}${guard}(${isAsync ? "async " : ""}`).insertAfter(handler, ");"),
    applied: [],
    handlerArity: handler.parameters.length,
  };
}

/** The arguments Next.js passes a route handler: the request and its context (or `req, res` in pages/api). */
const nextHandlerArity = 2;

/**
 * The calls `handler` is the argument of, innermost first (`withA(withB(handler))`, or `withApi({ handler })` through
 * its config object), and the outermost expression among them.
 */
function enclosingWrappers(handler: ts.Expression): { outermost: ts.Expression; wrappers: string[] } {
  const wrappers: string[] = [];
  let outermost: ts.Expression = handler;
  for (let parent = outermost.parent; ; parent = outermost.parent) {
    if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) {
      outermost = parent;
    } else if (ts.isCallExpression(parent) && parent.arguments.includes(outermost)) {
      wrappers.push(calleeText(parent) ?? parent.expression.getText());
      outermost = parent;
    } else if (ts.isPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent) && ts.isCallExpression(parent.parent.parent) && parent.parent.parent.arguments.includes(parent.parent)) {
      wrappers.push(calleeText(parent.parent.parent) ?? parent.parent.parent.expression.getText());
      outermost = parent.parent.parent;
    } else {
      return { outermost, wrappers };
    }
  }
}

function checkSocketServer(ctx: Context, server: SocketServerSummary): void {
  if (!server.hasConnectionHandler) return;
  if (server.guards.some((guard) => ctx.project.isAuthGuard(guard, ctx.filePath))) return;
  if (server.namespace !== undefined && ctx.project.isSocketNamespaceGated(server.namespace, ctx.filePath)) return;
  // A package where nothing authenticates has no identities for a connection to prove (a call joined by its link).
  if (!ctx.project.authenticatesInPackage(ctx.filePath)) return;
  const creation = findNodeBySpan(ctx.sourceFile, server.span, (node): node is ts.Expression => ts.isNewExpression(node) || ts.isCallExpression(node));
  const receiver = creation ? socketReceiver(ctx, creation, server) : server.owner;
  const container = creation && enclosingStatement(creation);
  ctx.report({
    span: server.span,
    messageId: !creation ? "gateway" : server.namespace === undefined ? "socket" : "socketNamespace",
    data: { owner: receiver, namespace: server.namespace ?? "" },
    ...(container && !isJavaScriptFile(ctx.filePath) && {
      fix: (edit: FixBuilder) => {
        // The created token check verifies a secret nothing in the project issues yet: whether clients can send it is intent.
        edit.offerAsSuggestion("no guard of the project's to reuse");
        const packageRoot = ctx.project.packageOf(ctx.filePath);
        const tokenFile = path.join(libDirectory(ctx, packageRoot), accessTokenModule + ".ts");
        edit.createFile(path.relative(ctx.settings.root, tokenFile), accessTokenSource);
        edit.addNamedImport(moduleSpecifier(ctx, edit, tokenFile), "verifyAccessToken");
        edit.insertAfter(container, "\n\n" + socketGuardSource(receiver, lineIndentation(ctx.text, container.getStart(ctx.sourceFile))));
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

