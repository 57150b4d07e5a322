// The per-file framework summary: pure, serialisable data (no nodes), so it can be computed in a worker,
// cached on disk and re-linked cheaply. Nodes are found again from spans when a rule needs them.
import type { Runtime, Span } from "../engine/types.js";
import type { BodyParserSummary } from "./body-limits.js";
import type { ForwardedHeaderReadSummary, ProxyTrustSummary, RightmostHopHelperSummary } from "./client-address.js";
import type { LooseMimeCheckSummary } from "./mime-checks.js";
import type { CodeMarkers } from "./code-role.js";
import type { ServerLifecycleSummary } from "./server-lifecycle.js";
import type { SupabaseServiceRoleSummary } from "./supabase-clients.js";
import type { ChainSource } from "./validation-chains.js";

export type { Runtime };

/** The runtime a file runs on, when its code says so (see runtimes.ts for the facts each one implies). */
export type RuntimePlatform = "node" | "deno" | "bun" | "workers" | "vercel-edge";

export type Framework =
  | "express"
  | "fastify"
  | "koa"
  | "hono"
  | "next-app"
  | "next-pages"
  | "edge-function"
  | "worker"
  | "nest"
  | "socket.io";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "ALL";

/** Something in a route's chain that may authenticate or validate: middleware, wrapper, hook, decorator, inline check. */
export interface GuardRef {
  /** The callee or identifier as written, e.g. `requireAuth`, `passport.authenticate`, `AuthGuard`. */
  name: string;
  /**
   * "call": a helper called at the top of the handler, which guards only when it throws without a credential;
   * "verifier": a helper handed part of the request whose answer the handler uses, which guards when it verifies a signature.
   */
  kind: "middleware" | "wrapper" | "hook" | "decorator" | "inline" | "call" | "verifier";
  span: Span;
  /** The one function a call hands its argument (`asyncHandler(auth.jwt)` → `auth.jwt`): the guard when the call only forwards to it. */
  wraps?: string;
  /**
   * A list of path prefixes the guard lets through before checking (`if (PUBLIC_PATHS.some((p) => req.path.startsWith(p)))
   * return next()`), as this file names it: routes under one of them are not guarded by it.
   */
  exceptPrefixesFrom?: string;
  /**
   * Path prefixes written in the middleware itself that it lets through before checking (`if (path.startsWith("/api/mcp")
   * || path === "/api/hook") return next()`, express-unless's `.unless({ path: [/^\/public/] })`): routes under one of
   * them are not guarded by it.
   */
  exceptPrefixes?: string[];
  /** Paths the guard lets through by an exact match (`path === "/api/hook"`, `.unless({ path: ["/login"] })`). */
  exceptPaths?: string[];
  /** The only path prefixes the guard checks (`.unless((ctx) => !/^\/api/.test(ctx.path) || …)`): routes elsewhere are not guarded by it. */
  onlyUnderPrefixes?: string[];
  /** A "verifier" handed the value of a signature header (`service.parseWebhookEvent({ payload, signature })`). */
  handsSignature?: true;
  /**
   * A "verifier" handed the request's headers whole and a secret setting, whose throw stops the handler
   * (`validateEvent(rawBody, request.headers, process.env.HOOK_SECRET)`): a package's webhook verifier checks it.
   */
  handsHeadersAndSecret?: true;
  /**
   * A "verifier" whose answer, kept in a const, the handler compares with a signature header's value and leaves on a
   * mismatch (`const digest = signBody({ raw, secret }); if (sent !== digest) return 401`): it guards when it answers an HMAC.
   */
  digestComparedWithSignature?: true;
  /**
   * A "verifier" whose falsy answer the handler refuses on the next line (`const link = readLink(token); if (!link)
   * return 400`), by the positions of its arguments: it guards when it answers only a JWT it verified at one of them.
   */
  refusedTokenPositions?: number[];
  /**
   * Not a guard: the handler calls the project's request helper with its auth switched off (`parseRequest(request,
   * schema, { skipAuth: true })`), so when that helper authenticates the route's author opened it on purpose; or a
   * validation middleware is mounted with its request check off (`validateRequests: false`).
   */
  switchedOff?: true;
  /**
   * Harden cannot read the function this names (see `isOpaqueFunctionValue`): a member of `this`, a parameter, or what
   * a call builds from one. Whether it authenticates is unknown, not false.
   */
  opaque?: true;
  /**
   * An inline check that refuses the caller unless what the request sent equals this deploy setting, a secret
   * (`token !== process.env.INTERNAL_API_KEY`): the setting's name.
   */
  serverSecret?: string;
  /** A "verifier" handed a password the caller submitted, its answer tested next: it guards when it compares that password with a stored hash. */
  checksSubmittedPassword?: true;
  /**
   * A "verifier" handed a value the request carries, the handler refusing as unauthenticated when it answers no
   * (`if (!hasCronSecret(request)) return 401`): it guards when it answers whether that value equals a secret setting.
   */
  refusedSecretMatch?: true;
  /**
   * Guards applied one way or another (`applyDecorators(apiKeys ? UseGuards(KeyOrJwtGuard) : UseGuards(JwtGuard))`):
   * it authenticates when every alternative holds a guard that does.
   */
  eitherOf?: GuardRef[][];
}

/**
 * A project guard's definition as a fix that reuses it needs it: whom it lets through and how it is applied. Read from
 * the function's own body, never its name.
 */
export interface GuardShapeSummary {
  name: string;
  /**
   * "admin": it also checks a role (an admin or staff flag, `role === "admin"`); "machine": it admits one machine caller
   * by a shared secret or signature (a cron secret, a webhook signature header). Absent for a guard any signed-in user passes.
   */
  scope?: GuardScopeKind;
  /**
   * Arguments a call must pass: parameters without `?`, a default or `...`. Absent when the guard is made by a call
   * (`createMiddleware(...)`, `makeGuard(...)`), whose parameters cannot be read here.
   */
  requiredParameters?: number;
  /** It returns a function: a wrapper (`withX(handler)`) or a middleware factory (`requireRole("admin")`). */
  returnsFunction: boolean;
  /** How many parameters the function it returns declares: a middleware takes the request and what comes next (2 or more). */
  returnedParameters?: number;
  /**
   * For a wrapper, how it calls the handler its first parameter receives: "forwards" the request's own arguments
   * (`handler(req, ctx)`), builds one "object" (`handler({ req, session })`), or "other" (passes it on, or calls it in several ways).
   */
  handlerCall?: "forwards" | "object" | "other";
  /** With "forwards": how many of the request's arguments it passes on (`handler(req, ctx)`: 2). */
  forwardedArguments?: number;
}

export type GuardScopeKind = "admin" | "machine";

export interface RouteSummary {
  framework: Framework;
  method: HttpMethod;
  /** The path as written at the registration ("" when not statically known). */
  path: string;
  /** The path is built at run time (`${config.id}.callback`): "" above, on a receiver proven a framework router. */
  runTimePath?: true;
  /** The app/router variable the route is registered on (`router`, `app`, `fastify`), if any. */
  owner?: string;
  /** Where to report a finding about the route: the registration call or the exported handler's name. */
  span: Span;
  /** The handler function (arrow, function expression, declaration or method); absent when it is an imported reference. */
  handler?: Span;
  /** Name of the handler when it is a reference (`router.post("/", createUser)`), for cross-file lookups. */
  handlerName?: string;
  /** Guards at the route itself, in chain order. */
  guards: GuardRef[];
  /** A framework-level validator applies to the request input (Fastify `schema`, `zValidator`, a Nest ValidationPipe on a decorated DTO...). */
  frameworkValidated: boolean;
  /** NestJS-style explicit public marker (`@Public()`, `@AllowAnonymous()`). */
  markedPublic: boolean;
  /** `new Hono().use(mw).post(...)`: where the method's name sits, which orders a chained call among the chain's others (all start where the chain does). */
  chainedAt?: number;
  /** Recorded as Express because the file names no server framework (a router handed in): the package's manifest decides when linked. */
  frameworkFromPackage?: true;
  /**
   * The type the owner parameter is declared with when it is no server framework's (`(router: CommandRouter)`), as this
   * file names it. When it names one of the project's `dispatchTableTypes`, the call files an entry in an in-app table, not
   * an HTTP route (the link step follows the name).
   */
  ownerType?: string;
  /**
   * Recorded as Express, but written as a Fastify route with its options object (`get(path, { schema, preValidation },
   * handler)`) on the first parameter of the function `plugin`: its guards and validation if a Fastify `register`
   * mounts that function (the link step decides).
   */
  asFastifyPlugin?: { plugin: string; guards: GuardRef[]; frameworkValidated: boolean };
  /**
   * Fastify route options imported whole from the project's own module (`post(path, followOptions, handler)`), as this
   * file names them: validated when they name one of that module's `fastifyInputOptions` (the link step follows the name).
   */
  optionsFrom?: string;
  /**
   * A route schema taken from a member of another module (`{ schema: schemas.insertOne }`, `schemas` required from the
   * project's own module), as this file names it: validated when it names one of that module's `fastifyInputSchemas`.
   */
  schemaFrom?: string;
  /** Prefix the owner declares for itself (`new Router({ prefix: "/users" })`, Hono `basePath`), applied before mount prefixes. */
  ownerPrefix?: string;
  /**
   * Objects of the project's own modules the handler reaches into (`routes.handlers.find(...)` with `routes` imported
   * from `./router`): the link step adds the chain of an RPC router among them, which every request it dispatches runs.
   */
  dispatchTargets?: string[];
  /** NestJS: type names of `@Body()` / `@Query()` parameters taken without a pipe (`CreateUserDto`; "any" when untyped or `any`). */
  inputDtos?: string[];
  /** NestJS: the type name of the `@Body()` parameter, when there is one. */
  bodyParamType?: string;
  /** NestJS: the project decorators on the method and its class (`@RequireRole("admin")`), to expand where they are composed. */
  decorators?: string[];
  /** NestJS: the version of `@Version("2")` or `@Controller({ version })` ("" for VERSION_NEUTRAL), when it is a constant. */
  nestVersion?: string;
  /**
   * The exported handler is an adapter's (`handle(app)` of hono/vercel, `createNextApiHandler({ router })` of tRPC), or
   * a Worker's `fetch` that forwards the request it was handed (`app.fetch(request, env)`, `fetch(request)` to the
   * origin): it serves an app, router or server whose own routes carry their guards, and is judged there.
   */
  servesAdapter?: boolean;
  /** Registered only in a branch production never takes (`if (isDev) app.post("/debug/echo", …)`). */
  nonProductionOnly?: boolean;
  /** NestJS: the controller class the route belongs to, which a module's `consumer.apply(...).forRoutes(Controller)` may name. */
  nestController?: string;
  /** overnight: the controller class the route belongs to, which another controller's `@ChildControllers` may nest (see OvernightParentSummary). */
  overnightController?: string;
}

/** An overnight controller with `@ChildControllers([...])`: each child's routes sit under its prefix, behind its `@ClassMiddleware`. */
export interface OvernightParentSummary {
  controller: string;
  prefix: string;
  middleware: GuardRef[];
  /** Local names of the child classes (`new Actions()` → "Actions"). */
  children: string[];
}

/**
 * Next.js `middleware.ts`: its auth guards and the paths they cover. A route is covered when it matches `matchers`
 * (all paths when empty), matches `protectedPatterns` (Clerk `createRouteMatcher` before `protect()`; all when empty)
 * and matches none of `publicPatterns`.
 */
export interface NextMiddlewareSummary {
  span: Span;
  guards: GuardRef[];
  matchers: string[];
  protectedPatterns: string[];
  publicPatterns: string[];
  /**
   * `if (isMatch(pathname, ["/api/admin/**"])) { <check>; return next() }`: the middleware's leading path branches, in
   * order, each with the globs it tests, the checks at its head and whether it ends the middleware. A route takes the
   * first branch that ends it and whose globs match its path.
   */
  pathBranches?: Array<{ globs: string[]; guards: GuardRef[]; ends: boolean }>;
  /** The refusal (401/403) the middleware answers with after its path branches: a route no branch ends is denied. */
  deniesUnmatched?: GuardRef;
}

/** `app.use(...)` / `router.use(...)` / `fastify.addHook(...)` / `fastify.register(...)`: middleware and mounts, in source order. */
export interface UseSummary {
  owner: string;
  /** Mount prefix, "" for none. */
  prefix: string;
  /** The prefix `owner` declares for itself (`new Router({ prefix: "/api" })`), which koa-router puts before what it mounts. */
  ownerPrefix?: string;
  /** Middleware applied to everything registered on `owner` after this point (and to mounted routers). */
  middleware: GuardRef[];
  /** Identifiers of routers mounted here (`app.use("/users", usersRouter)`). */
  mounts: string[];
  /**
   * `app.use("/monitors", guard, monitorRoutes.getRouter())` with `monitorRoutes = new MonitorRoutes()`: a method call
   * that may hand out a router the instance's class keeps (the link step decides). Also kept in `middleware`, which it
   * is when the class hands out no router.
   */
  accessorMounts?: Array<{ instance: string; method: string }>;
  /**
   * `app.use("/api", buildApi())`: a call of a function that may return a router it made (the link step decides, from
   * the function's `ownerFactories`). Also kept in `middleware`, which it is when the function returns no router.
   */
  factoryMounts?: string[];
  /** `const users = makeUsers(db); app.use("/api", users)`: the variable holding the factory's call, mounted by its name. */
  factoryHolder?: string;
  /**
   * `app.use("/sync", syncApp.handlers)`: an imported name, mounted last after a prefix, that reads as middleware; a
   * mount when the link step finds it is an app or router its module makes. Also kept in `middleware`.
   */
  importedMounts?: string[];
  span: Span;
  /** See RouteSummary.chainedAt. */
  chainedAt?: number;
  /** Applies to every route on `owner`, also those registered before it (Fastify hooks bind when the plugin finishes loading). */
  appliesToEarlierRoutes?: boolean;
  /** The call sits in a branch a production deploy never takes (`if (env === "test") app.use(router.routes())`). */
  nonProductionOnly?: boolean;
  /** A Fastify `register(plugin)`: each function it mounts is a plugin, handed a Fastify instance as its first parameter. */
  registersPlugin?: true;
}

/** A Fastify plugin function: routes registered on its parameter `owner` belong to whatever `register(name, { prefix })` mounts. */
export interface PluginSummary {
  /** The local name the plugin is registered and exported by, "default" for an anonymous default export. */
  name: string;
  owner: string;
  /** The plugin function, to tell apart plugins in one file that name their parameter alike. */
  span: Span;
  /** Wrapped with fastify-plugin: its hooks apply to the scope that registers it, not to a scope of its own. */
  liftsScope?: boolean;
}

/** A route or `use` owner that is a parameter of a named function: the routers its callers pass in give it their chain. */
export interface RouterParameterSummary {
  owner: string;
  /** The local name of the function (`export default function registerThings(router)`). */
  function: string;
  /** Its place among the function's arguments (`(...[router, ctx])` counts the rest's elements). */
  index: number;
  /** The function, so a name reused by another function of the file is told apart. */
  span: Span;
  /** The router is a member of that argument (`args.app`, `{ app }`), as a plugin hook's arguments object holds it. */
  property?: string;
  /** The name the module exports the function under (`export const onServer`, `exports.onServer = ...`). */
  exportedAs?: string;
}

/** `registerThings(router, ctx)`: a call that hands one of this file's route or `use` owners to a function. */
export interface RouterClassSummary {
  name: string;
  span: Span;
  /** The class it extends when that is no framework router imported here: a router class only if the link step finds one. */
  base?: string;
  /** The prefix its constructor hands up (`super({ prefix: "/records" })`): every instance's routes are under it. */
  prefix?: string;
}

/**
 * A class that keeps a router in a field and hands it out by a method (`getRouter() { return this.router; }`), with
 * routes registered on `this.<field>`: mounting `instance.<method>()` mounts that field's router.
 */
export interface RouterAccessorSummary {
  className: string;
  method: string;
  field: string;
  span: Span;
}

/**
 * `hooks.callAll("onServer", { app })`: a plugin hook dispatcher handed the hook's name and an arguments object holding
 * one of this file's owners under `property`; it calls each plugin module's export named after the hook with it.
 */
export interface HookHandOffSummary {
  hook: string;
  property: string;
  owner: string;
  position: number;
  nonProductionOnly?: boolean;
}

export interface RouterHandOffSummary {
  callee: string;
  /** The callee is this required module's export `callee` (`require("./config/express")(app)`), not a local. */
  module?: string;
  index: number;
  owner: string;
  position: number;
  /** The call sits in a branch a production deploy never takes (`if (process.env.NODE_ENV !== "production")`). */
  nonProductionOnly?: boolean;
}

export interface ConstructionSummary {
  /** The class as named here (an import or a class declared in the file). */
  className: string;
  /** Argument positions that pass the axios module itself. */
  axiosModuleAt?: number[];
  /** Argument positions that pass an axios instance made in this file (`axios.create(...)`), judged at its factory call. */
  axiosInstanceAt?: number[];
}

export interface ImportBinding {
  local: string;
  module: string;
  /** "default", "*" or the exported name. */
  imported: string;
  /** `import type`, or a name the file uses only in types: erased by the compiler, it loads nothing at run time. */
  typeOnly?: true;
  /** The members the file reads of a namespace or named binding it never uses whole (`Api.readShareInfo`): see membersTaken. */
  members?: string[];
  /**
   * The module-level functions holding the file's uses of the binding, under "" for all of them and under a member's
   * name for those reading it; a key is absent when some such use runs at module level (see functionsHoldingUses).
   */
  usedIn?: Record<string, string[]>;
}

export interface ExportBinding {
  exported: string;
  local: string;
  /** The wrapper the local is handed to before it is exported (`{ check: expressify(check) }`): the export is what it returns. */
  through?: string;
}

export interface SocketServerSummary {
  owner: string;
  /** A Socket.IO namespace (`io.of("/admin")`) is its own entry: `io.use()` middleware does not reach it. */
  namespace?: string;
  span: Span;
  hasConnectionHandler: boolean;
  guards: GuardRef[];
}

export type OutboundClient = "fetch" | "undici" | "axios" | "got" | "ky" | "http" | "pg";

export interface OutboundCallSummary {
  client: OutboundClient;
  /** The call or `new` expression. */
  span: Span;
  /** The options object literal the timeout belongs in, when present. */
  options?: Span;
  /** A timeout is set on the call, its options, its instance (`axios.create({ timeout })`), or by a wrapper. */
  hasTimeout: boolean;
  /** The argument position an options object goes in when `options` is absent (later arguments shift right). */
  optionsIndex?: number;
  /** The entry is an instance factory (`axios.create`, `got.extend`, `ky.create`): every call through the instance inherits its timeout. */
  isInstanceFactory?: boolean;
  /** The call goes through the instance created at this span in the same file; that entry carries the instance's timeout. */
  instance?: Span;
  /** The options are spread or not resolvable in this file, so whether a timeout is set cannot be known. */
  isTimeoutUnknown?: boolean;
  /** The timeout option is present but switches the timeout off (`0`, `false`, `Infinity`, `undefined`, `null`). */
  isTimeoutDisabled?: boolean;
  /** Callees of the calls this one is (transitively) an argument of, innermost first, to match configured timeout wrappers. */
  enclosingCalls?: string[];
  /**
   * fetch/undici: the response body may be read as a stream: here (`response.body`, `const { body } = await fetch(…)`),
   * or by the callers the unread response is returned to.
   */
  mayStreamBody?: boolean;
  /** fetch/undici: the request's body is a form, a file or a stream (`body: formData`), whose sending time grows with its size. */
  sendsUpload?: boolean;
  /**
   * `this.http.get(url)` where the class's constructor stores its parameter `index` in `this.http` and nothing else
   * assigns it: an axios call when every production `new className(...)` passes axios there (ProjectModel.injectedAxios).
   */
  injectedAt?: { className: string; index: number };
  /**
   * The request is made on the library itself (`axios.get("/api/x")`) to a path with no scheme or host, or the instance
   * is made with such a path as its `baseURL` (`axios.create({ baseURL: "/api" })`): only a browser page resolves it; on
   * a server it throws unless a library-wide base URL is set (ProjectModel.hasGlobalBaseUrl).
   */
  pathOnlyTarget?: boolean;
  /** `node-fetch`: the options set its own `timeout`, which node-fetch 1.x and 2.x enforce and 3.x dropped (see PackageManifest.clientVersions). */
  setsNodeFetchTimeout?: boolean;
}

/**
 * An outgoing call that sends a secret deploy setting in a header to a URL whose path is written out after its base
 * (`fetch(\`${BASE_URL}/api/jobs/notify\`, { headers: { Authorization: \`Bearer ${process.env.INTERNAL_API_KEY}\` } })`).
 * A link, unlike the file-local `outboundCalls`: the routes it calls read it (see isCalledOnlyByOwnJobs).
 */
export interface SecretSendingCallSummary {
  path: string;
  setting: string;
  span: Span;
}

export interface EnvReadSummary {
  name: string;
  /** The read itself: `process.env.X` or `Deno.env.get("X")`. */
  span: Span;
  runtime: "node" | "deno";
  /** Read through `parseInt`/`Number`/unary `+` somewhere, so a schema should coerce it to a number. */
  isNumeric: boolean;
  /** The read is the fallback of another value (`process.env.A || process.env.B!`): it is needed only when that one is missing. */
  isFallback?: boolean;
  /**
   * Evaluated while its module loads (not inside a function or class): a read assumed present here is needed for the
   * module to work at all, where one inside a function may belong to a feature the deployment leaves unconfigured.
   */
  runsAtLoad?: boolean;
  /** What the code assumes without a fallback or check: that the variable is set (`!`, `as string`) or is a number (`parseInt`). */
  assumption?: "present" | "number" | "stringified";
  /** The expression that makes the assumption (`process.env.X!`, `parseInt(process.env.X, 10)`), which a fix replaces. */
  assumingSpan?: Span;
  /**
   * For a read assumed present: how a missing value would be silently mishandled here — built into text (`"undefined"`
   * in a URL or header), compared with another value (`undefined === undefined` lets a check pass), or stringified into
   * key material, made the location of a redirect (users land on the path "undefined"), or parsed by `new URL` inside a
   * function (it throws "Invalid URL" on the request that reaches it, not at start-up). Absent when the value is only
   * handed on (to an SDK, a client, a config), where a missing one fails loudly and names the setting.
   */
  silentUse?: "text" | "comparison" | "key" | "redirect" | "requestUrl";
  /** For a "requestUrl" use: the module-level function whose own body parses the value (see ProjectModel.silentUseOf). */
  inFunction?: string;
  /**
   * For a value only handed on: it goes to a client that refuses a missing one itself with an error naming it (see
   * env-reads' isCheckedByClient), which is what validating it would do.
   */
  isCheckedByClient?: boolean;
  /**
   * A secret setting compared as read, with no fallback, with another value (`process.env.API_KEY !== sentKey`): the
   * verifier of a key, which only a caller holding the very value it is set to gets past.
   */
  isComparedAsIs?: boolean;
}

export interface EnvSchemaSummary {
  /** The validating call. */
  span: Span;
  /** The variable the validated result is stored in (`env` in `export const env = schema.parse(process.env)`). */
  local?: string;
  /** Keys of the schema's object literal when it is written in this file. */
  keys: string[];
  /** Where a new key goes in that literal. */
  insertion?: { position: number; indent: string; needsComma: boolean };
  /** Registered on the app by its framework at start-up (`@fastify/env`), so it validates for the whole service, not only its importers. */
  isAppWide?: boolean;
  /** The schema is defined elsewhere (`validationSchema: envSchema` imported): which keys it lists is not known here. */
  keysUnknown?: boolean;
  /** The module-level function whose own body runs the validation (`export function validateEnv() { return cleanEnv(…) }`). */
  runBy?: string;
}

/** A CORS policy an app declares: cors middleware or plugin, NestJS/Socket.IO `cors` options, or an Access-Control-Allow-Origin header it writes. */
export interface CorsPolicySummary {
  source: "middleware" | "header";
  /** The registration call, or the header write (call or object property). */
  span: Span;
  /** The app/router the middleware is registered on, when known. */
  owner?: string;
  /**
   * any: `*` (`cors()`, `"*"`); reflected: the request's Origin echoed (`true`, a callback admitting all, a header echo);
   * null: the origin `null`, which any site can send from a sandboxed frame; restricted: a policy.
   */
  origin: "any" | "reflected" | "null" | "restricted";
  credentials: boolean;
  /** The options object literal, when written in place or bound to a local const. */
  options?: Span;
  /** The value of its `origin` property, when present. */
  originValue?: Span;
  /** Written in a branch that production never takes (`if (isProduction) … else <here>`). */
  nonProductionOnly?: boolean;
}

/**
 * One array a middleware-array name may hold: the names its elements run and, when a condition chooses it, the flags
 * that must have these values (`loginOn ? [session, limiter] : [localUser]` → the second when loginOn is false).
 */
export interface MiddlewareArrayCandidate {
  elements: string[];
  when?: Array<{ flag: string; value: boolean }>;
}

/** An app instance (`express()`, `new Koa()`, `Fastify()`, `new Hono()`, `NestFactory.create`) bound to a local name. */
export interface ServerAppSummary {
  owner: string;
  framework: "express" | "koa" | "fastify" | "hono" | "nest";
  /** The declared name. */
  span: Span;
  /** The declaring statement, after which app-wide middleware goes. */
  statement: Span;
  /** Listens, is exported, returned from a factory or handed to `serve`/`createServer`: a real server, not a helper. */
  isExposed: boolean;
  /** Declared as a chain (`new Hono().get(...)`), so middleware added after the declaration would follow its routes. */
  isChained: boolean;
  /** Returned by this named function (a factory), and the module-level consts in this file holding its result. */
  factory?: { name: string; results: string[] };
  /** Only its file's routes reach it, each answering a plain body at once (a health probe's server): nothing in flight, no document. */
  answersAtOnce?: true;
  /** Every use in its file calls its methods, hands over its `fetch` or starts it: no other module adds routes or middleware to it. */
  confinedToFile?: true;
}

/** An argument of `owner.use/register/addHook(...)` that may set security headers. */
export interface SecurityHeaderUseSummary {
  owner: string;
  /** The module it comes from when `isKnown` (`helmet`, `@fastify/helmet`...), "inline", or the local name to resolve. */
  name: string;
  span: Span;
  /** A security-header library or an inline function that writes the headers; otherwise `name` may be a project setter. */
  isKnown: boolean;
}

export type CookieFlag = "httpOnly" | "secure" | "sameSite";

/** A session or credential cookie written without some of its protective flags. */
export interface CookieWriteSummary {
  kind: "cookie" | "set-cookie-header" | "session-middleware";
  span: Span;
  /** The cookie name, or the session middleware's callee. */
  name?: string;
  missing: CookieFlag[];
  /** Flags among `missing` that are written but switched off (`secure: false`): the values a fix replaces. */
  disabledValues?: Partial<Record<CookieFlag, Span>>;
  /** The options object literal the flags belong in. */
  options?: Span;
  /** The argument position an options object goes in when the call has none. */
  optionsIndex?: number;
  /** Session middleware whose options lack the nested cookie object: the options literal and the key to add. */
  parentOptions?: Span;
  cookieProperty?: string;
  /** A Set-Cookie header string literal or template the attributes are appended to. */
  headerText?: Span;
  /**
   * The `secure` value that follows the request's own scheme, for writers that refuse a Secure cookie on a request they
   * do not see as HTTPS (plain HTTP, or a TLS proxy the app does not trust): Koa throws (`ctx.secure`), express-session
   * silently sets no cookie, so the session never sticks (`"auto"`).
   */
  secureByScheme?: string;
}

/** `next.config.*`: the config object and what its `headers()` sets. */
export interface NextConfigSummary {
  span: Span;
  hasHeaders: boolean;
  /** Headers of the basic set that `headers()` never names. */
  missingHeaders: string[];
}

/** What an app declares around its routes: servers, CORS, security headers, cookies, next.config. */
export interface AppConfigSummary {
  servers: ServerAppSummary[];
  cors: CorsPolicySummary[];
  securityHeaderUses: SecurityHeaderUseSummary[];
  /** Named functions here that write X-Content-Type-Options or Content-Security-Policy. */
  securityHeaderSetters: string[];
  /** Some code in this file writes those headers (a Next.js middleware, say). */
  setsSecurityHeaders?: boolean;
  cookies: CookieWriteSummary[];
  nextConfig?: NextConfigSummary;
  /** Apps handed to koa-mount (`app.use(mount("/api", api))`), and factories whose result a Hono app mounts (`app.route("/api", makeApi())`): sub-apps served by the app that mounts them. */
  mountedApps?: string[];
  /** `register(autoload, { dir })` (@fastify/autoload): the folder, and the named functions the call sits in. */
  autoloadDirs?: Array<{ dir: string; functions: string[] }>;
  /** The default export is a security-header plugin (`export default helmet` from @fastify/helmet, or a plugin that registers it). */
  exportsSecurityHeaderPlugin?: boolean;
}

/**
 * What an exported request handler's own code shows about the callers it serves (see `handlerTraits`), for a route
 * another module registers it on: the facts the route's check reads off a handler in its own file.
 */
export interface HandlerTraits {
  /** Runs a passkey sign-in step, or checks a submitted secret before it binds a session. */
  signInStep?: true;
  /** Only turns the request into a redirect (`onlyRedirects`). */
  onlyRedirects?: true;
  /** Only answers a fixed body (`onlyAnswers`, no project helper taken for an answer). */
  onlyAnswers?: true;
  /** Reads the request's body, query or parameters and never the caller's credential or identity. */
  readsNoIdentity?: true;
  /** Keeps the caller's User-Agent (`recordsUserAgent`). */
  recordsUserAgent?: true;
  /** Reads the operator's API key for a paid service (`spendsOperatorApiKey`). */
  spendsApiKey?: true;
  /** Where the key of a per-address throttle comes from (`addressThrottleSources`), as this file names it. */
  throttledBy?: string[];
  /** Modules handed the whole request (`wholeRequestHandedTo`), as this file imports them. */
  handedTo?: string[];
  /** Identifiers and strings it mentions that name a secret, for a capability path parameter (see `readsPathSecret`). */
  secretNames?: string[];
}

export interface FileSummary {
  filePath: string;
  runtime: Runtime;
  /** The runtime the file's own code names (`Deno.serve`, a Worker's `fetch` export, `Bun.serve`, `runtime = "edge"`). */
  platform?: Exclude<RuntimePlatform, "node">;
  /** What the file says about itself: test framework imports, `"use client"`, JSX (see code-role.ts). */
  codeMarkers?: CodeMarkers;
  routes: RouteSummary[];
  uses: UseSummary[];
  imports: ImportBinding[];
  exports: ExportBinding[];
  /**
   * For module-level functions holding an import's uses (see ImportBinding.usedIn), and those holding theirs in turn:
   * the module-level functions holding every reference to each. A function referenced elsewhere is absent.
   */
  functionHolders?: Record<string, string[]>;
  /** Modules the file passes on whole (`export * from "./api.user"`): each of their names it does not export itself. */
  reExportedModules?: string[];
  /** Local functions that act as auth guards by what they do (check a session/token, answer 401/403). */
  authGuards: string[];
  /** Local functions that read the client's network address (a forwarding header, `req.ip`), for per-address throttles. */
  clientAddressReaders?: string[];
  /** Functions that read no address themselves but call plain functions that may (`const ip = getClientIP(c)` in a throttle helper). */
  clientAddressDelegates?: Array<{ name: string; callees: string[] }>;
  /** Local functions that verify a signature over what they are given and stop when it fails (see `verifiesSignature`). */
  signatureVerifiers?: string[];
  /** Local functions (`Class.method` for static ones) that compare a password they are handed with a stored hash (see `comparesPasswordHash`). */
  passwordComparers?: string[];
  /**
   * Local functions that would verify a signature if `receiver`, imported, is a QStash `Receiver` made in the module
   * it comes from (`await receiver.verify(...)` with `import { receiver } from "."`); the link step follows the import.
   */
  receiverSignatureVerifiers?: Array<{ name: string; receiver: string }>;
  /**
   * Local functions that would verify a signature if `comparer` compares in constant time: `if (!comparer(digest, sent))
   * throw` with `digest` keyed by a secret setting; the link step follows `comparer` to `constantTimeCompares`.
   */
  comparedSignatureVerifiers?: Array<{ name: string; comparer: string }>;
  /** Local functions that answer only an HMAC keyed by one of their parameters (see `answersKeyedHmac`). */
  keyedHmacs?: string[];
  /** Local functions that answer only `false` or a constant-time compare (see `answersConstantTimeCompare`). */
  constantTimeCompares?: string[];
  /**
   * Local functions that answer whether a value they read from their parameters equals a secret setting (see
   * `answersSentSecretMatch`); `comparer`, when they compare through another module's function, which the link step
   * follows to `constantTimeCompares`.
   */
  sentSecretMatchers?: Array<{ name: string; comparer?: string }>;
  /** Module-level consts holding a QStash `Receiver` (`export const receiver = new Receiver({ … })`). */
  qstashReceivers?: string[];
  /**
   * Local functions that verify the JWT handed at `parameter` and throw when it fails (see `verifiedTokenParameter`);
   * `falsyUnlessVerified` when every `catch` of theirs answers nothing (`catch { return null }`), so a caller that
   * refuses a falsy answer admits only a token signed with their key.
   */
  tokenVerifiers?: Array<{ name: string; parameter: number; falsyUnlessVerified?: true }>;
  /** Local functions whose returned value carries details a health answer should not (see health-details.ts). */
  healthDetailBuilders?: Array<{ name: string; details: string[] }>;
  /** Of `authGuards`, those that reject by throwing, so calling them guards whether or not the result is checked. */
  throwingAuthGuards?: string[];
  /**
   * Members this file gives a Fastify instance with `decorate(name, fn)` whose function authenticates: a hook or
   * preHandler `fastify.<name>` in any plugin of the package runs it.
   */
  decoratedAuthGuards?: string[];
  /** Every member this file gives a Fastify instance with `decorate(name, fn)`: a hook `fastify.<name>` runs code Harden reads. */
  decoratedFunctions?: string[];
  /**
   * Top-level classes of this file that extend nothing and register no route or middleware themselves, and type aliases
   * of them (`type Commands = Router<Ctx>`): a value of one is the project's own dispatch table, never a server's router.
   */
  dispatchTableTypes?: string[];
  /** Top-level consts holding Fastify route options whose `schema` checks the body, querystring, params or headers. */
  fastifyInputOptions?: string[];
  /** Top-level consts holding a Fastify route schema that checks the body, querystring, params or headers. */
  fastifyInputSchemas?: string[];
  /** Route and `use` owners that are parameters of named functions (see router-handoffs.ts). */
  routerParameters?: RouterParameterSummary[];
  /** Calls that pass a route or `use` owner of this file to a function. */
  routerHandOffs?: RouterHandOffSummary[];
  hookHandOffs?: HookHandOffSummary[];
  /** Module-level routers made by `express.Router()` that routes are registered on: each serves nothing until an app mounts it. */
  standaloneRouters?: string[];
  /** Named functions that return a route or `use` owner they hold (`const app = new Koa(); …; return app`): mounting their call mounts it. */
  ownerFactories?: Array<{ function: string; owner: string }>;
  /** `const router = new CrudRouter(...)`: instances of a class (resolved at link time) that are route or `use` owners here. */
  routerInstances?: Array<{ className: string; owner: string; position: number }>;
  /**
   * Classes here that extend a framework router, and those that register routes on `this` extending another class
   * (`base`, a router class only if the link step finds it is one): every instance serves the routes on `this`.
   */
  routerClasses?: RouterClassSummary[];
  /** Classes here that hand out a router they keep in a field (see RouterAccessorSummary). */
  routerAccessors?: RouterAccessorSummary[];
  /**
   * Local functions that return a function calling their argument with the same arguments and only forward its errors
   * (`asyncHandler(fn)` → `(...args) => Promise.resolve(fn(...args)).catch(next)`): what they wrap decides.
   */
  transparentWrappers?: string[];
  /** Functions that build an object with a member for each member of the object they are handed (`wrapController(controllers)`). */
  memberMappers?: string[];
  /** Module-level `const c = wrapController(rawControllers)`: `c.x` is `rawControllers.x` when `mapper` is a member mapper. */
  mappedObjects?: Array<{ local: string; mapper: string; source: string }>;
  /** Module-level constant arrays and the path literals each holds (`export const PUBLIC_PATHS = ["/api/v1/ping", ...]`). */
  pathLists?: Array<{ name: string; values: string[] }>;
  /** Local functions that only answer through the response they are handed, with what they are handed (see `onlyAnswers`). */
  answerHelpers?: string[];
  /** Functions that race the call of a function they are handed against a rejecting timer (see racesHandedCallAgainstTimer). */
  timeoutWrappers?: string[];
  /** Local functions that answer 401/403 without reading a credential themselves (`unauthorized()` building the response): a guard's refusal. */
  refusalResponders?: string[];
  /** Local functions that read a credential and call these functions: a wrapper that authenticates through a helper. */
  authDelegates?: Array<{ name: string; callees: string[] }>;
  /** Factories whose result is another function's, handed their config (`(config) => createRoute({ ...config })`). */
  configForwarders?: Array<{ name: string; callee: string }>;
  /** Factories whose whole result is another function's call, whatever they hand it (`() => buildHandler({ protocol })`): what they build, it builds. */
  builderDelegates?: Array<{ name: string; callee: string }>;
  /** Wrapper factories that return another factory's result, handed the handler and these named functions to run with it (`withMiddleware(handler, sessionMiddleware)`). */
  middlewareHandOffs?: Array<{ name: string; middleware: string[] }>;
  /** Apps a Worker entry calls only in-process (`cronApp.fetch(new Request(...))`) while the runtime serves another app's `fetch`. */
  inProcessApps?: string[];
  /**
   * Module consts holding what a function returned (`const writeGuard = makeKeyGuard({ readOnly: false })`, or each
   * property of an object of them, as `auth.required`, or a `member` of it destructured, `const { basic } = getAuthHandlers()`):
   * they do what that result does, unless made with its auth switched off.
   */
  factoryResults?: Array<{ name: string; callee: string; member?: string; switchedOff?: true }>;
  /**
   * Functions returning one object of functions (`return { basic: checkBasic, jwt: makeJwtCheck("jwt") }`): per member,
   * the function of this module it holds, or (`called`) the function whose result it holds. A factory result bound to
   * a member (`const { basic } = getAuthHandlers()`) does what that member does.
   */
  returnedMembers?: Array<{ name: string; member: string; value: string; called?: true }>;
  /** Arrays of middleware (`const signedIn = [withDb, withAuth]`, spread into `use(...signedIn)`): the functions each candidate value runs. */
  middlewareArrays?: Array<{ name: string; candidates: MiddlewareArrayCandidate[] }>;
  /** `export default new Access()`, `const access = new Access()`: names (`default` for the former) bound to an instance of a class of this file or another. */
  classInstances?: Array<{ name: string; className: string }>;
  /** Module consts whose value is known when no deploy setting is set (`const loginOn = process.env.LOGIN !== "off"` is true). */
  unsetSettingsFlags?: Array<{ name: string; value: boolean }>;
  /** What each of those guards and delegates checks beyond a signed-in caller, and how it is called (for fixes that reuse it). */
  guardShapes?: GuardShapeSummary[];
  /** Handlers named for HTTP methods that a non-route module exports for route files to re-export, with their guards. */
  exportedHandlers?: Array<{ name: string; guards: GuardRef[]; traits?: HandlerTraits }>;
  /** RPC routers defined here (ConnectRPC `createConnectRouter({ interceptors })`) and the interceptors every call runs through. */
  rpcRouters?: Array<{ local: string; interceptors: GuardRef[] }>;
  /** NestJS decorator factories whose result is `applyDecorators(...)`: the guards it applies and the decorators it composes. */
  composedDecorators?: Array<{ name: string; guards: GuardRef[]; decorators: string[] }>;
  /** Local helpers that validate with a schema (call `schema.parse`/`safeParse`/`validate`). */
  validators: string[];
  /**
   * Validator factories that look their schema up by one option they are handed (`route({ requestBody: "UserSchema" })`
   * running `ajv.getSchema(opts.requestBody)`): they validate only where a call names that option, and only the part of
   * the request they hand the schema.
   */
  schemaOptionValidators?: Array<{ name: string; option: string; source: ChainSource }>;
  /**
   * Local helpers that run the express-validator chains handed to them and turn the request away when
   * `validationResult(req)` is not empty (`validate(body("name").isString())`): they validate what those chains name.
   */
  chainRunners?: string[];
  /**
   * Top-level consts holding express-validator chains (one or a list) and functions returning one, with the inputs they
   * check (see validation-chains.ts): a route hands them to a chain runner by name.
   */
  validationChains?: Array<{ name: string; sources: ChainSource[] }>;
  /**
   * Functions here (`name`, `Class.method`, `object.method`) that check some of their arguments before trusting them:
   * a schema validator run over the parameter, or every use of it a check or behind one (see parameter-checks.ts).
   */
  checkedParameters?: Array<{ name: string; parameters: number[] }>;
  /**
   * Parameters a function here hands on as they are to another function's argument (`callee` as this file names it):
   * the parameter is checked when that callee checks the argument, in this file or another (see parameter-checks.ts).
   */
  forwardedParameters?: Array<{ name: string; parameter: number; callee: string; index: number }>;
  /**
   * Parameters whose every use in a function here is a check or carries its values (whole, as fields, in object
   * literals) into a validator or into `landings`, arguments of functions this file names: each field the function
   * reads is checked when those functions check what they get (see parameter-checks.ts).
   */
  carriedParameters?: Array<{ name: string; parameter: number; landings: Array<{ callee: string; index: number }> }>;
  /** Functions here that only join the array they are handed at these positions into text (see parameter-checks.ts). */
  joinedParameters?: Array<{ name: string; parameters: number[] }>;
  /**
   * Imported functions this file calls by name: the argument positions any call hands a non-literal, and whether a call
   * runs inside a function rather than while the module loads, and whether one runs after its start-up, and the positions a
   * call fills with data a request it handles sent (see imported-calls.ts).
   */
  importedCalls?: Array<{ callee: string; openArguments: number[]; calledInFunction: boolean; calledAfterStart: boolean; requestArguments?: number[] }>;
  /** Names imported here (not namespaces) that the file never mentions again: an unused import neither calls nor passes them on. */
  unreferencedImports?: string[];
  /** Classes here that extend another by name (`class UploadCommand extends BaseCommand`): where inherited static methods live. */
  classBases?: Array<{ name: string; base: string }>;
  /** Functions here that set up a protocol server (MCP, SAML, OAuth/OIDC) and return it (see parameter-checks.ts). */
  protocolServerFactories?: string[];
  /** Functions here that tell whether an error is of a specific project class: a type predicate or `instanceof` answers (see error-kinds.ts). */
  errorKindChecks?: string[];
  /** Synchronous functions here whose every `throw` is an error with the project's own text (see error-kinds.ts). */
  refusingChecks?: string[];
  /** Functions here, async ones too, whose every failure is an error with the project's own text (see error-kinds.ts). */
  ownFailureFunctions?: string[];
  /** Classes a Nest `@Module` here provides only in a non-production branch (`NODE_ENV === "production" ? Gateway : DevGateway`). */
  nonProductionProviders?: string[];
  socketServers: SocketServerSummary[];
  /**
   * Socket.IO namespaces (`"/settings"`) whose connection listener here, attached to a server handed in from elsewhere
   * (a plugin hook's `args.io.of("/settings")`), returns before registering anything unless the socket's session passes a check.
   */
  gatedSocketNamespaces?: string[];
  outboundCalls: OutboundCallSummary[];
  /** Calls among `outboundCalls` that send a secret deploy setting to a written-out path. */
  secretSendingCalls?: SecretSendingCallSummary[];
  /** Calls through a client a class is handed by its constructor (see OutboundCallSummary.injectedAt). */
  injectedClientCalls?: OutboundCallSummary[];
  /** `new Service(axios, logger)`: instances of a project or imported class built with arguments, and where axios is among them. */
  constructions?: ConstructionSummary[];
  /** Functions here that return the response of an outbound call, bare or in a returned object (see outbound-calls.ts). */
  responseFetchers?: string[];
  /** Some function here, named or not (an inline route handler), returns such a response, or a binding's `.fetch` answer. */
  returnsFetchedResponse?: boolean;
  /** Clients whose library-wide default timeout this file sets (`axios.defaults.timeout = 5000`). */
  globalTimeouts?: OutboundClient[];
  /** Imported names whose default timeout this file sets (`import { api } from "./http"; api.defaults.timeout = 5000`): an instance made elsewhere. */
  importedDefaultTimeouts?: string[];
  /** Clients whose library-wide default base URL this file sets (`axios.defaults.baseURL = API_URL`). */
  globalBaseUrls?: OutboundClient[];
  /** NestJS: global guards (`APP_GUARD`, `useGlobalGuards`) and a global ValidationPipe registered in this file. */
  globalGuards: GuardRef[];
  /** NestJS: module middleware bound in `configure(consumer)` (`consumer.apply(AuthMiddleware).forRoutes(UsersController)`). */
  nestMiddlewareBindings?: NestMiddlewareBinding[];
  hasGlobalValidationPipe: boolean;
  /** NestJS: that global ValidationPipe is built with `transform: true`, so it converts named `@Query("x")`/`@Param("x")` scalars to their declared type. */
  globalValidationPipeConverts?: boolean;
  /** Fastify plugin functions defined in this file. */
  plugins?: PluginSummary[];
  overnightParents?: OvernightParentSummary[];
  nextMiddleware?: NextMiddlewareSummary;
  /**
   * Fastify: `register(autoload, { dir, autoHooks, cascadeHooks, options: { prefix } })`, with `dir` resolved to an
   * absolute folder; `prefix` when `options.prefix` is a constant; `span` the options, where the registration sits.
   */
  fastifyAutoloads?: Array<{ owner: string; dir: string; span: Span; autoHooks: boolean; cascadeHooks: boolean; prefix?: string }>;
  /** NestJS: what the bootstrap sets for every route: `setGlobalPrefix` (with its literal `exclude` paths), URI `enableVersioning`. */
  nestApp?: NestAppSummary;
  /** Fastify: `export const autoPrefix = "/v2"`, the prefix @fastify/autoload gives this file's plugin. */
  fastifyAutoPrefix?: string;
  /** NestJS: DTO classes whose properties carry class-validator decorators (or that extend `createZodDto(...)`). */
  validatedDtos?: string[];
  /** NestJS: of those classes, the properties whose decorators check a type or value (`@IsBoolean()`), not presence alone (`@IsDefined()`). */
  typedDtoFields?: Array<{ name: string; fields: string[] }>;
  /** NestJS: DTO classes built from others (`extends PartialType(CreateUserDto)`, `extends BaseDto`), validated when a base is. */
  derivedDtos?: Array<{ name: string; bases: string[] }>;
  /** App configuration: CORS, security headers, cookies, exposed servers, next.config headers (only when there is some). */
  appConfig?: AppConfigSummary;
  /** Some handler here may answer an HTML document: `c.html`, `res.render`, `res.sendFile`, a text body that is not a plain literal. */
  servesDocuments?: boolean;
  /** Some NestJS controller route method here returns its answer (see servesDocuments for whether it may be a document). */
  answersNestRoutes?: boolean;
  /** Rate limiters defined or imported here: library limiters and project functions that count requests per key and answer 429. */
  rateLimiters?: string[];
  /** An app builder here installs a limiter on every request by default (see `limitingAppBuilders` in rate-limiters.ts). */
  buildsRateLimitedApp?: true;
  /** Functions declared here that call or construct imported functions, one of which may be a limiter (`rateLimitRequest` → `ratelimit(...).limit(key)`). */
  limiterCallers?: Array<{ name: string; callees: string[] }>;
  /** Environment variables read here (`process.env.X`, `Deno.env.get("X")`), in source order. */
  envReads?: EnvReadSummary[];
  /** Environment variables whose absence this file handles (`if (!process.env.X)`, `assert(process.env.X)`). */
  checkedEnvNames?: string[];
  /** This file validates `process.env` with a schema (`z.object({...}).parse(process.env)`, `cleanEnv`, `createEnv`). */
  envSchema?: EnvSchemaSummary;
  /** Local names bound to a logger (`const logger = pino()`, `winston.createLogger`, Nest `new Logger()`; `this.logger` for class fields). */
  loggers?: string[];
  /** Functions declared here that return a logger a logging library makes (`function createLogger() { return pino() }`). */
  loggerFactories?: string[];
  /** Module-level constants bound to a table of plain literals (a literal-valued object or `enum`): its members are codes (see constant-tables.ts). */
  constantTables?: string[];
  /** Module-level constants bound to one plain string literal (`export const QUEUE_NAME = "cleanExpiredTokens"`): a code written in the source. */
  literalCodes?: string[];
  /** Top-level names bound to what an imported function returns (`const logger = createLogger()`): loggers when it is a logger factory. */
  madeByImportedCall?: Array<{ name: string; factory: string }>;
  /** Body parsers configured here and the size limit each sets. */
  bodyParsers?: BodyParserSummary[];
  /** Proxy-trust settings that believe every `X-Forwarded-For` hop. */
  proxyTrustAll?: ProxyTrustSummary[];
  /** Reads `.ip` or `.ips` (`req.ip`, `ctx.ips`): the address a proxy-trust setting derives (see proxiedAddressReads). */
  readsProxiedAddress?: boolean;
  /** Functions that read a forwarding header passed to them only from the right (the proxy-appended hop). */
  rightmostHopHelpers?: RightmostHopHelperSummary[];
  /** Reads of `X-Forwarded-For` / `X-Real-IP` used as the client's address. */
  forwardedHeaderReads?: ForwardedHeaderReadSummary[];
  /** Content-type checks by prefix, substring, unanchored regex, or equality on the raw header. */
  looseMimeChecks?: LooseMimeCheckSummary[];
  /** Where long-running servers listen and how the process handles SIGTERM/SIGINT (see server-lifecycle.ts). */
  serverLifecycle?: ServerLifecycleSummary;
  /** Supabase clients made with the service-role key, and reads of that key's variable (see supabase-clients.ts). */
  supabaseServiceRole?: SupabaseServiceRoleSummary;
  /** Cookie names the file reads from the browser's cookie jar (js-cookie, `document.cookie`; see browser-cookie-reads.ts). */
  browserCookieReads?: string[];
  /** `Cookies.get("token")` on a binding imported from a project module, which is a cookie read if that module makes a js-cookie jar. */
  importedJarReads?: Array<{ module: string; imported: string; cookie: string }>;
  /** A test-runner config (vitest, jest, Playwright, Cypress): the test-file globs it names, relative to its folder (see project-tooling.ts). */
  testRunnerGlobs?: string[];
}

export function emptySummary(filePath: string, runtime: Runtime): FileSummary {
  return {
    filePath,
    runtime,
    routes: [],
    uses: [],
    imports: [],
    exports: [],
    authGuards: [],
    validators: [],
    socketServers: [],
    outboundCalls: [],
    globalGuards: [],
    hasGlobalValidationPipe: false,
  };
}

/** One `consumer.apply(...middleware).exclude(...).forRoutes(...)` chain in a Nest module's `configure`. */
export interface NestMiddlewareBinding {
  middleware: GuardRef[];
  /** Controller classes it covers, as this file names them (constant arrays spread into `forRoutes` are read through). */
  controllers: string[];
  /** Route paths it covers, as written (`"*"`, `"billing/*"`, the `path` of `{ path, method }`). */
  paths: string[];
  /** Paths `.exclude(...)` leaves out, as written. */
  excludes: string[];
}

export interface NestAppSummary {
  globalPrefix?: string;
  /** Paths `setGlobalPrefix(..., { exclude })` leaves unprefixed, as written (only constant ones). */
  globalPrefixExcludes?: string[];
  /** `enableVersioning({ type: VersioningType.URI, defaultVersion, prefix })`: the path segment is `prefix` + version. */
  uriVersioning?: { defaultVersion?: string; prefix: string };
}
