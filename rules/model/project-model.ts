// The link step: joins per-file summaries into project facts (routers mounted from other files, guards
// imported from other modules, the project's preferred guard). Cheap and pure; it never parses.
import * as path from "node:path";
import type { DeploymentPlatform, ModuleAlias, PackageManifest, ProjectFacts, ProjectSettings, Span } from "../engine/types.js";
import { fileMayServeDocuments } from "./app-config.js";
import type { BodyParserSummary } from "./body-limits.js";
import type { ChainSource } from "./validation-chains.js";
import { CodeRoles, fileStemOf, roleEvidenceOf, runsOnlyInBrowser, type CodeRole } from "./code-role.js";
import { matchesNextMatcher, pathBranchGuards } from "./frameworks/next.js";
import { frameworkOfModule } from "./frameworks/server-apps.js";
import { authMiddlewareExports, authPolicyClasses, knownAuthGuards } from "./known-names.js";
import { isLinkSpan, linkOffsets, linksOf } from "./links.js";
import { isInFolder, matchModuleAlias } from "./module-alias-match.js";
import { inlineExportName } from "./module-bindings.js";
import { namesPublicAccess } from "./public-declarations.js";
import { isSecretName, redactSecretsIn } from "./secrets.js";
import { ReplacedMap } from "./replaced-map.js";
import { packageNameOf } from "./syntax.js";
import type {
  ConstructionSummary,
  EnvReadSummary,
  EnvSchemaSummary,
  FileSummary,
  ImportBinding,
  Framework,
  GuardRef,
  GuardScopeKind,
  GuardShapeSummary,
  HandlerTraits,
  MiddlewareArrayCandidate,
  OutboundClient,
  RouterClassSummary,
  RouterHandOffSummary,
  RouterParameterSummary,
  RouteSummary,
  UseSummary,
} from "./types.js";

/** Vercel Functions answer 413 to a request body over 4.5 MB before the function runs. */
const vercelFunctionBodyLimit = 4.5 * 1024 * 1024;
/** A Next.js page (`pages/` outside `pages/api`), an App Router page and layout, relative to the app's root. */
const nextPagesPage = /^(src\/)?pages\/(?!api\/).+\.[cm]?[jt]sx?$/;
const nextAppPage = /^(src\/)?app\/(.+\/)?page\.[cm]?[jt]sx?$/;
const nextAppLayout = /^(src\/)?app\/(.+\/)?layout\.[cm]?[jt]sx?$/;
/** Modules in a row passing one name on (`export *` barrels, a namespace re-exported by name) that isLeftBehindExport follows. */
const maxPassingOnDepth = 8;
const sourceExtensions = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

export interface LinkedRoute {
  route: RouteSummary;
  filePath: string;
  /** Mount prefixes joined with the route's own path. */
  fullPath: string;
  /** Every guard in the chain: app/router-level `use()` before it, mount-point middleware in other files, the route's own. */
  guards: Array<GuardRef & { filePath: string }>;
  /** A guard in the chain lets this path through by the project's own allow-list of public paths (the list's name). */
  allowListedBy?: string;
  /** A chain member the project names for public access (`publicMiddleware` beside its `protectedMiddleware`): its name. */
  declaredPublicBy?: string;
}

/** Public by the project's own word: a marker or comment on the route, a chain member named for it, or an allow-list its auth middleware lets through. */
/** The guard lets `fullPath` through before it checks anything (see `GuardRef.exceptPrefixes`, `exceptPaths`, `onlyUnderPrefixes`). */
function exemptsPath(guard: GuardRef, fullPath: string): boolean {
  if (fullPath === "") return false;
  const under = (prefix: string): boolean => `${fullPath}/`.startsWith(prefix);
  const exact = (path: string): boolean => path.replace(/\/$/, "") === fullPath.replace(/\/$/, "");
  return !!guard.exceptPaths?.some(exact) || !!guard.exceptPrefixes?.some(under) || (guard.onlyUnderPrefixes !== undefined && !guard.onlyUnderPrefixes.some(under));
}

export function isDeclaredPublic(linked: LinkedRoute): boolean {
  return linked.route.markedPublic || linked.allowListedBy !== undefined || linked.declaredPublicBy !== undefined;
}

export interface GuardDefinition {
  name: string;
  /** The file that defines it, when it is the project's own. */
  filePath?: string;
  /** One place it is used, to copy how it is applied (`passport.authenticate("jwt")`) and imported. */
  example: GuardRef & { filePath: string };
  /** Every place routes of the scope use it, the example first. */
  uses: Array<GuardRef & { filePath: string }>;
  /** How its definition is called and whom it admits, when the project defines it (see GuardShapeSummary). */
  shape?: GuardShapeSummary;
  /** Whom it admits beyond a signed-in user: from its definition (and the helpers it delegates to), else from its name. */
  scope?: GuardScopeKind;
}

/** Narrows `authGuardsInUse` to guards a fix can reuse at a given route (same framework, same package...). */
export interface GuardScope {
  frameworks?: readonly Framework[];
  kinds?: ReadonlyArray<GuardRef["kind"]>;
  /** Only routes in this package (see `packageOf`). */
  packageRoot?: string;
}

/** Guard names that say whom they admit, for guards whose definition Harden cannot see (an installed package's). */
const machineGuardName = /cron|webhook|signature|internal|service/i;
/** A package's module for the webhooks it sends (`@polar-sh/sdk/webhooks`). */
const webhooksModule = /\/webhooks?$/;
const adminGuardName = /admin|superuser|staff|owner|root|sudo/i;

/** Frameworks whose matching registrations all run in turn while each hands on with `next()`. */
const passesToNextMatch: ReadonlySet<string> = new Set(["express", "koa", "hono"]);
/** Folders whose children are separately deployed services or packages: `apps/<name>`, `packages/<name>`, `tools/<name>`... */
const monorepoFolders = new Set(["apps", "services", "packages", "tools"]);
/** Middleware that reads the proxy-derived address by default: IP filters (a morgan logger is judged by its format). */
const addressReadingModules = /^(express-ipfilter|koa-ip|express-ip-access-control)$/;

/** A route registered in one file whose handler is a function exported by another (`router.post("/", notes.create)`). */
export interface ImportedHandlerRoute {
  linked: LinkedRoute;
  /** The name the handler's file exports it under. */
  exportedName: string;
}

/** A router class and its "file#class" key, one step of a subclass chain. */
/** How production code calls an exported function (see `callsOfExport`). */
export interface ExportCalls {
  /** Argument positions some call hands a non-literal. */
  openArguments: Set<number>;
  /** Argument positions some call fills with data its own request sent. */
  requestArguments: Set<number>;
  calledInFunction: boolean;
  calledAfterStart: boolean;
  isCalled: boolean;
}

interface RouterClassLink {
  key: string;
  routerClass: RouterClassSummary;
}

interface MountSite {
  summary: FileSummary;
  owner: string;
  prefix: string;
  middleware: GuardRef[];
  position: number;
  nonProductionOnly?: boolean;
  /** See UseSummary.registersPlugin. */
  registersPlugin?: true;
}

export class ProjectModel implements ProjectFacts {
  private summaryMap: ReadonlyMap<string, FileSummary>;
  private readonly mountsByTarget = new Map<string, MountSite[]>();
  private nextMiddlewareFiles?: FileSummary[];
  private nestApps?: Array<{ folder: string; app: NonNullable<FileSummary["nestApp"]> }>;
  private nestMiddlewareModules?: FileSummary[];
  private overnightParentFiles?: FileSummary[];
  private autoloads?: Array<NonNullable<FileSummary["fastifyAutoloads"]>[number] & { from: string }>;
  private globalTimeoutSetters?: FileSummary[];
  private rateLimitedAppBuilders?: FileSummary[];
  private globalBaseUrlClients?: Set<OutboundClient>;
  // Summaries never change after construction, so linked facts are computed once and shared by every rule and file.
  private readonly linkedRoutesByFile = new Map<string, LinkedRoute[]>();
  private linkedRoutes?: LinkedRoute[];
  /**
   * After an edit that only moved spans (see withMovedSpans): the linked routes that held a span of the edited file,
   * as the model carried from linked them against `before`, its summary then. Linked again, they are the same with
   * those spans moved, so they are moved rather than linked again (each keystroke relinked the edited file's routes).
   */
  private movedFrom?: { edited: string; before: FileSummary; routesByFile: Map<string, LinkedRoute[]>; offsets?: Map<number, number> | null };
  private registeredGlobalGuards?: Array<GuardRef & { filePath: string }>;
  private importedHandlerRoutes?: Map<string, ImportedHandlerRoute[]>;
  private envSchemaModules?: Array<{ filePath: string; schema: EnvSchemaSummary }>;
  private anyGlobalValidationPipe?: boolean;
  private projectEnvReads?: Array<EnvReadSummary & { filePath: string }>;
  private mountedAppKeys?: Set<string>;
  private handOffs?: Map<string, MountSite[]>;
  private readonly constructionsByClass = new Map<string, ConstructionSummary[]>();
  private appWideEnvSchemas?: Array<{ filePath: string; schema: EnvSchemaSummary }>;
  // Fixes ask these once per finding; answering from the whole project each time made large projects quadratic.
  private readonly guardsInUse = new Map<string, GuardDefinition[]>();
  private readonly usesByOwner = new WeakMap<FileSummary, Map<string, UseSummary[]>>();
  private serviceRoots = new Map<string, string>();
  private sourceFolderServices = new Map<string, boolean>();
  private readonly importExtensionPackages = new Map<string, boolean>();
  private readonly packagesWithAuth = new Map<string, boolean>();
  /** Per package, the names its files decorate a Fastify instance with, each a function that authenticates. */
  private decoratedAuthGuardsByPackage?: Map<string, Set<string>>;
  private decoratedFunctionsByPackage?: Map<string, Set<string>>;
  /** "folder\0specifier" -> the file it resolves to, "" for none. */
  private resolvedModules = new Map<string, string>();
  /** "barrel\0name" → where a barrel's `export *` takes the name from (see `barrelSourceOf`); null when none does. */
  private barrelSources = new Map<string, { filePath: string; local: string } | null>();
  /** "file\0export\0member" → isLeftBehindExport's answer, kept only when no chain was cut short deciding it. */
  private readonly leftBehindExports = new Map<string, boolean>();
  private readonly decidingLeftBehind = new Set<string>();
  private leftBehindCutShort = 0;
  /** Per deployable root: whether it is a Next.js app rendering with the Pages Router alone (see isPagesRouterClientCode). */
  private readonly pagesRouterOnlyApps = new Map<string, boolean>();
  /** specifier -> the module aliases whose pattern it matches, with what their `*` stands for, in the aliases' order. */
  private aliasMatches = new Map<string, Array<{ alias: ModuleAlias; star: string }>>();
  /** `checksParameterField` answers by file, callee, argument and field: they rest on links alone. */
  private checkedParameterFields = new Map<string, boolean>();
  private codeRoles?: CodeRoles;
  private browserCookieNames?: ReadonlySet<string>;
  private developerScripts?: Set<string>;
  private scriptRunFiles?: Set<string>;
  private readonly launchedStems = new Map<string, ReadonlySet<string>>();
  private readonly startedStems = new Map<string, ReadonlySet<string>>();
  private importGraph?: { imports: Map<string, FileSummary[]>; importers: Map<string, FileSummary[]> };
  /** Per deployable root, whether its server code handles cookies (see deployableHandlesCookies). */
  private readonly cookieDeployables = new Map<string, boolean>();
  private filesByPackage?: Map<string, FileSummary[]>;
  private filesByManifestPackage?: Map<string, FileSummary[]>;

  /**
   * `knownCodeRoles`: roles an earlier analysis of these same links gave (a warm cache); a role rests on links alone,
   * so a run that analyses a few edited files need not work out the whole project's import graph again.
   */
  constructor(
    summaries: Iterable<FileSummary>,
    readonly settings: ProjectSettings,
    private readonly knownCodeRoles: ReadonlyMap<string, CodeRole> = new Map(),
  ) {
    this.summaryMap = new Map([...summaries].map((summary) => [summary.filePath, summary]));
    for (const summary of this.summaryMap.values()) {
      for (const { target, site } of this.mountSitesIn(summary)) appendTo(this.mountsByTarget, target, site);
    }
  }

  /**
   * This project with `summary` in place of its file's, after an edit that changed the file's cross-file facts: links
   * are worked out again, but answers resting on paths alone are shared, and so are code roles while the file's role
   * evidence is unchanged (typing in a handler changes what it reads, not its imports or markers; working out every
   * file's role again was a quarter of a keystroke's analysis on a large project).
   */
  withEditedFacts(summary: FileSummary): ProjectModel {
    const before = this.summaryMap.get(summary.filePath);
    const summaries = new ReplacedMap(this.summaryMap, new Map([[summary.filePath, summary]])).values();
    // A file new to the project may be what a specifier resolves to now.
    if (!before) return new ProjectModel(summaries, this.settings);
    const rolesHold = roleEvidenceOf(before) === roleEvidenceOf(summary);
    const next = new ProjectModel(summaries, this.settings, rolesHold ? this.knownCodeRoles : undefined);
    this.sharePathAnswers(next);
    if (rolesHold) next.codeRoles = this.codeRoles;
    return next;
  }

  /**
   * Answers keyed by paths and specifiers, the same for two models of the same files under the same settings: shared,
   * not copied, since a large project resolves thousands of imports.
   */
  private sharePathAnswers(next: ProjectModel): void {
    next.serviceRoots = this.serviceRoots;
    next.sourceFolderServices = this.sourceFolderServices;
    next.resolvedModules = this.resolvedModules;
    next.aliasMatches = this.aliasMatches;
    next.developerScripts = this.developerScripts;
    next.scriptRunFiles = this.scriptRunFiles;
  }

  get summaries(): ReadonlyMap<string, FileSummary> {
    return this.summaryMap;
  }

  /**
   * This project with `summary` in place of its file's, after an edit that moved code but changed none of the file's
   * cross-file facts (the host compares link fingerprints). Answers about the whole project that hold no span of that
   * file stay valid and are carried over, so a keystroke does not work them out again from every file.
   */
  withMovedSpans(summary: FileSummary): ProjectModel {
    const edited = summary.filePath;
    const next = new ProjectModel([], this.settings, this.knownCodeRoles);
    next.summaryMap = new ReplacedMap(this.summaryMap, new Map([[edited, summary]]));
    // The same facts give the same mount sites in the same order, only at other positions: each list takes the new
    // sites where the old ones stood, as a fresh link would order them.
    const movedSites = new Map<string, MountSite[]>();
    for (const { target, site } of next.mountSitesIn(summary)) appendTo(movedSites, target, site);
    for (const [target, sites] of this.mountsByTarget) {
      const first = sites.findIndex((site) => site.summary.filePath === edited);
      if (first === -1) next.mountsByTarget.set(target, sites);
      else next.mountsByTarget.set(target, [...sites.slice(0, first), ...(movedSites.get(target) ?? []), ...sites.slice(first).filter((site) => site.summary.filePath !== edited)]);
    }
    const pointsInto = (linked: LinkedRoute): boolean => linked.filePath === edited || linked.guards.some((guard) => guard.filePath === edited);
    const before = this.summaryMap.get(edited);
    const movedRoutes = new Map<string, LinkedRoute[]>();
    for (const [filePath, routes] of this.linkedRoutesByFile) (routes.some(pointsInto) ? movedRoutes : next.linkedRoutesByFile).set(filePath, routes);
    if (before && movedRoutes.size > 0) next.movedFrom = { edited, before, routesByFile: movedRoutes };
    if (this.importedHandlerRoutes && ![...this.importedHandlerRoutes.values()].some((entries) => entries.some(({ linked }) => pointsInto(linked)))) {
      next.importedHandlerRoutes = this.importedHandlerRoutes;
    }
    for (const [scope, guards] of this.guardsInUse) if (!guards.some((guard) => guard.uses.some((use) => use.filePath === edited))) next.guardsInUse.set(scope, guards);
    this.sharePathAnswers(next);
    // Exports are cross-file facts: an edit that changes any makes a fresh model, never this one.
    next.barrelSources = this.barrelSources;
    next.checkedParameterFields = this.checkedParameterFields;
    // Code roles rest on markers, imports and route frameworks, never on offsets, so they hold while the facts do.
    next.codeRoles = this.codeRoles;
    // Whole-project lists gathered from every summary: one that holds nothing of the edited file (the common case: a
    // controller reads no env and registers no global guard) is the same list, so a keystroke does not gather it again.
    const contributes = (facts: (file: FileSummary) => unknown): boolean => [before, summary].some((file) => file !== undefined && isFact(facts(file)));
    if (!contributes((file) => file.globalGuards)) next.registeredGlobalGuards = this.registeredGlobalGuards;
    if (!contributes((file) => file.envReads)) next.projectEnvReads = this.projectEnvReads;
    if (!contributes((file) => file.envSchema)) {
      next.envSchemaModules = this.envSchemaModules;
      next.appWideEnvSchemas = this.appWideEnvSchemas;
    }
    if (!contributes((file) => file.nestApp)) next.nestApps = this.nestApps;
    if (!contributes((file) => file.nestMiddlewareBindings)) next.nestMiddlewareModules = this.nestMiddlewareModules;
    if (!contributes((file) => file.fastifyAutoloads)) next.autoloads = this.autoloads;
    if (!contributes((file) => file.nextMiddleware)) next.nextMiddlewareFiles = this.nextMiddlewareFiles;
    if (!contributes((file) => file.globalTimeouts)) next.globalTimeoutSetters = this.globalTimeoutSetters;
    if (!contributes((file) => file.buildsRateLimitedApp)) next.rateLimitedAppBuilders = this.rateLimitedAppBuilders;
    if (!contributes((file) => file.globalBaseUrls)) next.globalBaseUrlClients = this.globalBaseUrlClients;
    if (!contributes((file) => file.hasGlobalValidationPipe)) next.anyGlobalValidationPipe = this.anyGlobalValidationPipe;
    if (!contributes((file) => file.appConfig?.mountedApps)) next.mountedAppKeys = this.mountedAppKeys;
    if (!contributes((file) => [...(file.routerHandOffs ?? []), ...(file.hookHandOffs ?? []), ...(file.routerInstances ?? []), ...(file.routerClasses ?? [])])) next.handOffs = this.handOffs;
    return next;
  }

  routesIn(filePath: string): LinkedRoute[] {
    let linked = this.linkedRoutesByFile.get(filePath);
    if (!linked) {
      const summary = this.summaries.get(filePath);
      linked = this.movedRoutesIn(filePath) ?? (summary ? summary.routes.filter((route) => !this.filesInDispatchTable(summary, route)).map((route) => this.linkRoute(summary, route)) : []);
      this.linkedRoutesByFile.set(filePath, linked);
    }
    return linked;
  }

  /**
   * The routes of `filePath` the model this one was carried from had linked, with the edited file's spans moved; undefined
   * when it had not linked them, or when a span is not one the edited file's links hold (then the routes are linked again).
   */
  private movedRoutesIn(filePath: string): LinkedRoute[] | undefined {
    const movedFrom = this.movedFrom;
    const routes = movedFrom?.routesByFile.get(filePath);
    if (!movedFrom || !routes) return undefined;
    movedFrom.offsets ??= movedOffsets(movedFrom.before, this.summaryMap.get(movedFrom.edited)!);
    const offsets = movedFrom.offsets;
    if (!offsets) return undefined;
    let complete = true;
    const moved = (offset: number): number => {
      const to = offsets.get(offset);
      if (to === undefined) complete = false;
      return to ?? offset;
    };
    // As the fingerprint ranks them: spans, and a route's `chainedAt` (the one bare offset a linked route or guard keeps).
    const copy = (value: unknown, offsetField?: string): unknown => {
      if (typeof value !== "object" || value === null) return value;
      if (isLinkSpan(value)) return { start: moved(value.start), end: moved(value.end) };
      if (Array.isArray(value)) return value.map((item) => copy(item));
      const result: Record<string, unknown> = {};
      for (const key in value) {
        const child = (value as Record<string, unknown>)[key];
        result[key] = key === offsetField && typeof child === "number" ? moved(child) : copy(child);
      }
      return result;
    };
    const { edited } = movedFrom;
    const result = routes.map((linked) => ({
      ...linked,
      route: linked.filePath === edited ? (copy(linked.route, "chainedAt") as RouteSummary) : linked.route,
      guards: linked.guards.map((guard) => (guard.filePath === edited ? (copy(guard) as (typeof linked.guards)[number]) : guard)),
    }));
    return complete ? result : undefined;
  }

  allRoutes(): LinkedRoute[] {
    return (this.linkedRoutes ??= [...this.summaries.keys()].flatMap((filePath) => this.routesIn(filePath)));
  }

  /** Routes registered elsewhere whose handler is exported by `filePath`. */
  routesWithHandlerFrom(filePath: string): ImportedHandlerRoute[] {
    this.importedHandlerRoutes ??= this.indexImportedHandlers();
    return this.importedHandlerRoutes.get(filePath) ?? [];
  }

  private indexImportedHandlers(): Map<string, ImportedHandlerRoute[]> {
    const index = new Map<string, ImportedHandlerRoute[]>();
    for (const summary of this.summaries.values()) {
      if (!summary.routes.some((route) => !route.handler && route.handlerName)) continue;
      for (const linked of this.routesIn(summary.filePath)) {
        if (linked.route.handler || !linked.route.handlerName) continue;
        const [root, member, ...rest] = linked.route.handlerName.split(".");
        const binding = summary.imports.find((candidate) => candidate.local === root);
        const target = binding && rest.length === 0 ? this.resolveModule(binding.module, summary.filePath) : undefined;
        const exportedName = binding?.imported === "*" ? member : member === undefined ? binding?.imported : undefined;
        if (!target || exportedName === undefined) continue;
        appendTo(index, target, { linked, exportedName });
      }
    }
    return index;
  }

  /**
   * What the handler of a route registered by name shows about its callers (see `HandlerTraits`), when another module
   * exports it: followed through imports, re-exports, namespace members and mapped controller objects, with the file
   * that defines it (whose names the traits use). Undefined for a handler in the route's own file or one not found.
   */
  importedHandlerTraits(linked: LinkedRoute): { traits: HandlerTraits; filePath: string } | undefined {
    const { route } = linked;
    if (route.handler || !route.handlerName) return undefined;
    let found: { traits: HandlerTraits; filePath: string } | undefined;
    this.resolveDefinition(route.handlerName, linked.filePath, (definition, local) => {
      const traits = definition.filePath !== linked.filePath ? definition.exportedHandlers?.find((candidate) => candidate.name === local)?.traits : undefined;
      if (traits) found = { traits, filePath: definition.filePath };
      return !!traits;
    });
    return found;
  }

  /** Global guards registered anywhere (NestJS APP_GUARD / useGlobalGuards, limiters registered on the Nest app). */
  globalGuards(): Array<GuardRef & { filePath: string }> {
    return (this.registeredGlobalGuards ??= [...this.summaries.values()].flatMap((s) => s.globalGuards.map((g) => ({ ...g, filePath: s.filePath }))));
  }

  /** The global guards registered in the service that holds `filePath`: another service's app does not reach it. */
  globalGuardsOf(filePath: string): Array<GuardRef & { filePath: string }> {
    const serviceRoot = this.serviceRootOf(filePath);
    return this.globalGuards().filter((guard) => this.serviceRootOf(guard.filePath) === serviceRoot);
  }

  /** Whether `summary`'s file is production server code, test or tooling code, or browser code. */
  codeRoleOf(summary: FileSummary): CodeRole {
    return this.knownCodeRoles.get(summary.filePath) ?? this.roles().roleOf(summary);
  }

  /** Cookie names the project's browser code reads from the cookie jar: setting one HttpOnly hides it from that code. */
  cookiesReadByBrowserCode(): ReadonlySet<string> {
    if (this.browserCookieNames) return this.browserCookieNames;
    const browserFiles = [...this.summaries.values()].filter((summary) => (summary.browserCookieReads || summary.importedJarReads) && this.codeRoleOf(summary) === "browser");
    // A jar a project module makes from js-cookie (`export let Cookies = jsCookie.withAttributes(…)`), read where it is imported.
    const makesJar = (module: string, importer: string): boolean => {
      const target = this.resolveModule(module, importer);
      return !!target && !!this.summaries.get(target)?.imports.some((binding) => binding.module === "js-cookie");
    };
    return (this.browserCookieNames = new Set([
      ...browserFiles.flatMap((summary) => summary.browserCookieReads ?? []),
      ...browserFiles.flatMap((summary) => (summary.importedJarReads ?? []).filter((read) => makesJar(read.module, summary.filePath)).map((read) => read.cookie)),
      ...(this.settings.componentCookieReads ?? []),
    ]));
  }

  private roles(): CodeRoles {
    return (this.codeRoles ??= new CodeRoles(this.settings.root, { test: this.settings.testGlobs, tooling: this.settings.toolingGlobs ?? [] }, {
      files: () => this.summaries.values(),
      // The package a manifest makes (a `frontend/` SPA beside the server at the root) is judged apart from its neighbours.
      packageOf: (filePath) => this.packageOf(filePath),
      filesOf: (packageRoot) => (this.filesByManifestPackage ??= this.indexPackages((filePath) => this.packageOf(filePath))).get(packageRoot) ?? [],
      importsOf: (filePath) => (this.importGraph ??= this.linkImports()).imports.get(filePath) ?? [],
      importersOf: (filePath) => (this.importGraph ??= this.linkImports()).importers.get(filePath) ?? [],
      isUnresolvedProjectImport: (specifier, fromFile) => this.isUnresolvedProjectImport(specifier, fromFile),
      isDeveloperScript: (filePath) => (this.developerScripts ??= new Set((this.settings.packages ?? []).flatMap((manifest) => manifest.developerScripts ?? []))).has(filePath),
      isScriptRunFile: (filePath) => (this.scriptRunFiles ??= new Set((this.settings.packages ?? []).flatMap((manifest) => manifest.scriptRunFiles ?? []))).has(filePath),
      isLaunched: (filePath) => this.isLaunchedByItsPackage(filePath),
      isStarted: (filePath) => this.isStartedByItsPackage(filePath),
      isInSamplePackage: (filePath) => {
        const manifest = this.manifestOf(filePath);
        return manifest?.sample === true && manifest.packageRoot !== this.settings.root;
      },
      isCopiedAsset: (filePath) => (this.settings.packages ?? []).some((manifest) => (manifest.copiedFolders ?? []).some((folder) => filePath.startsWith(folder))),
      providersOfImportedNames: (importer, barrel) => this.providersOfImportedNames(importer, barrel),
    }));
  }

  /** Whether `specifier`, imported by `fromFile`, names one of the project's own files that the links could not resolve. */
  private isUnresolvedProjectImport(specifier: string, fromFile: string): boolean {
    // A `baseUrl` alias (`*`) matches every bare specifier, packages from node_modules included: it names no file.
    return (
      (/^(\.|[@~#]\/)/.test(specifier) || this.aliasesMatching(specifier).some(({ alias }) => alias.pattern !== "*")) &&
      this.resolveModule(specifier, fromFile) === undefined
    );
  }

  /** See CodeRoleLinks.providersOfImportedNames. */
  private providersOfImportedNames(importer: string, barrel: string): FileSummary[] | undefined {
    const summary = this.summaries.get(importer);
    if (!summary || (summary.codeMarkers?.unboundModules ?? []).some((module) => this.resolveModule(module, importer) === barrel)) return undefined;
    const names = summary.imports.filter((binding) => this.resolveModule(binding.module, importer) === barrel).map((binding) => binding.imported);
    if (names.length === 0 || names.some((name) => name === "*" || name === "default")) return undefined;
    const providers = new Set<string>();
    for (const name of names) {
      const provider = this.reExportSourceOf(barrel, name);
      if (!provider) return undefined;
      providers.add(provider);
    }
    return [...providers].map((filePath) => this.summaries.get(filePath)!);
  }

  /** The file a barrel re-exports `name` from: a named re-export (`export { a } from "./a"`) or an `export *` line. */
  private reExportSourceOf(barrel: string, name: string): string | undefined {
    const summary = this.summaries.get(barrel);
    const local = summary?.exports.find((binding) => binding.exported === name)?.local;
    const binding = local === undefined ? undefined : summary?.imports.find((candidate) => candidate.local === local);
    const target = binding ? this.resolveModule(binding.module, barrel) : this.barrelSourceOf(barrel, name)?.filePath;
    return target !== undefined && this.summaries.has(target) ? target : undefined;
  }

  redactSecrets(text: string): string {
    return redactSecretsIn(text);
  }

  /** Files that import `exportedName` from `filePath` (by name, as a namespace, or for its side effects), re-exports included. */
  importersOfExport(filePath: string, exportedName: string): FileSummary[] {
    const importers = (this.importGraph ??= this.linkImports()).importers.get(filePath) ?? [];
    const resolvesHere = (module: string, importer: FileSummary): boolean => this.resolveModule(module, importer.filePath) === filePath;
    return importers.filter(
      (importer) =>
        importer.imports.some((binding) => (binding.imported === exportedName || binding.imported === "*") && resolvesHere(binding.module, importer)) ||
        (importer.codeMarkers?.unboundModules ?? []).some((module) => resolvesHere(module, importer)),
    );
  }

  /**
   * How the production code of the project calls the function `exportedName` of `filePath`: the argument positions some
   * call hands a non-literal and those some call fills from its request, whether some call runs inside a function, whether some runs after its module's start-up
   * (see imported-calls.ts), and whether any call is made at all. Test and tooling files run in processes of their own,
   * so their calls do not count. Undefined when a production importer uses it otherwise than by calling it by name
   * (passes it on, re-exports it, imports the module whole) or nothing imports it.
   */
  callsOfExport(filePath: string, exportedName: string, depth = 0): ExportCalls | undefined {
    if (depth > 3) return undefined;
    const allImporters = this.importersOfExport(filePath, exportedName);
    const importers = allImporters.filter((importer) => this.codeRoleOf(importer) !== "test");
    // A barrel whose importers take other names passes on no call of this one; an export only tests import gets none.
    if (importers.length === 0) return depth > 0 || allImporters.length > 0 ? { openArguments: new Set(), requestArguments: new Set(), calledInFunction: false, calledAfterStart: false, isCalled: false } : undefined;
    const openArguments = new Set<number>();
    const requestArguments = new Set<number>();
    let calledInFunction = false;
    let calledAfterStart = false;
    let isCalled = false;
    for (const importer of importers) {
      // `import "./config"` runs the module for its side effects: it neither calls the export nor passes it on.
      const bindsIt = importer.imports.some((candidate) => this.resolveModule(candidate.module, importer.filePath) === filePath);
      if (!bindsIt && !this.reExports(importer, exportedName)) continue;
      const binding = importer.imports.find((candidate) => candidate.imported === exportedName && this.resolveModule(candidate.module, importer.filePath) === filePath);
      const calls = binding && importer.importedCalls?.find((entry) => entry.callee === binding.local);
      // A barrel that passes the name on (`export * from "./utils"`, `export { f } from`): its own importers call it.
      const passedOn = calls ? undefined : this.reExports(importer, exportedName) ? this.callsOfExport(importer.filePath, exportedName, depth + 1) : undefined;
      // An unused import (`import { EntityId } from "@vendure/core"` left in a file that never writes the name) adds no call.
      const unused = !calls && !passedOn && binding && importer.unreferencedImports?.includes(binding.local) ? { openArguments: new Set<number>(), requestArguments: new Set<number>(), calledInFunction: false, calledAfterStart: false, isCalled: false } : undefined;
      const found = calls ? { openArguments: new Set(calls.openArguments), requestArguments: new Set(calls.requestArguments), calledInFunction: calls.calledInFunction, calledAfterStart: calls.calledAfterStart, isCalled: true } : passedOn ?? unused;
      if (!found) return undefined;
      for (const index of found.openArguments) openArguments.add(index);
      for (const index of found.requestArguments) requestArguments.add(index);
      calledInFunction ||= found.calledInFunction;
      calledAfterStart ||= found.calledAfterStart;
      isCalled ||= found.isCalled;
    }
    return { openArguments, requestArguments, calledInFunction, calledAfterStart, isCalled };
  }

  /**
   * The module-level function `local` of `filePath` runs only while the app starts: it is exported and production code
   * calls it, only at module level or in a function its module calls from there (`async function start()`).
   */
  runsOnlyAtStartup(filePath: string, local: string): boolean {
    const exported = this.summaries.get(filePath)?.exports.find((binding) => binding.local === local)?.exported;
    const calls = exported === undefined ? undefined : this.callsOfExport(filePath, exported);
    return !!calls && calls.isCalled && !calls.calledAfterStart;
  }

  /**
   * Production server code loads the module of `exportedName` yet never takes that name: each importer binds other
   * names, reads it only inside its own module-level functions that are left behind in turn (see leavesMemberBehind),
   * or passes it on (a barrel, `export *`, `export * as Api`, `export { name } from`) to importers (production code, at
   * least one) that do the same. The function is left behind on the server. Importers only a browser runs (`"use
   * client"`, DOM globals: see runsOnlyInBrowser; a component calling React's client-only hooks; browser code of a
   * Pages-Router-only app: see isPagesRouterClientCode) count as tests do:
   * a helper of client components (an SWR fetcher) kept beside helpers the server uses never runs there; except in a
   * module of server actions (`"use server"`), whose functions the browser calls and the server runs. A Next.js page
   * without `"use client"` is a server component: its imports run on the server. An export nothing imports,
   * or a barrel nothing imports, or a package entry only its own package imports (see servesOutsideUsers: its users
   * live outside the repository), proves nothing. Nor does a
   * default export, or any export of a module that serves routes or imports a server framework's runtime: a runtime
   * loads those by convention (a Next.js route's `GET`, a Remix route module's `action`), never by an import.
   */
  isLeftBehindExport(filePath: string, exportedName: string, member?: string): boolean {
    const key = `${filePath}\0${exportedName}\0${member ?? ""}`;
    const known = this.leftBehindExports.get(key);
    if (known !== undefined) return known;
    // An answer cut short (too long a chain of modules passing the name on, or one that leads back to a module still
    // being decided) counts as used and is not kept: asked again from elsewhere, the chain may be short enough.
    if (this.decidingLeftBehind.has(key) || this.decidingLeftBehind.size > maxPassingOnDepth) {
      this.leftBehindCutShort++;
      return false;
    }
    const cutShortBefore = this.leftBehindCutShort;
    this.decidingLeftBehind.add(key);
    const answer = this.findLeftBehindExport(filePath, exportedName, member);
    this.decidingLeftBehind.delete(key);
    if (this.leftBehindCutShort === cutShortBefore) this.leftBehindExports.set(key, answer);
    return answer;
  }

  private findLeftBehindExport(filePath: string, exportedName: string, member: string | undefined): boolean {
    const summary = this.summaries.get(filePath);
    if (!summary || exportedName === "default" || summary.routes.length > 0 || summary.codeMarkers?.serverRuntime) return false;
    const offServer = (importer: FileSummary): boolean => {
      const role = this.codeRoleOf(importer);
      // A component calling React's client-only hooks (`useState`, `useEffect`) cannot be a server component, "use client" or not.
      const browserOnly = runsOnlyInBrowser(importer) || importer.codeMarkers?.clientHooks === true || this.isPagesRouterClientCode(importer);
      return role === "test" || (role === "browser" && browserOnly && summary.codeMarkers?.serverMarker !== true);
    };
    const allImporters = (this.importGraph ??= this.linkImports()).importers.get(filePath) ?? [];
    if (this.servesOutsideUsers(filePath, allImporters)) return false;
    const importers = allImporters.filter((importer) => !offServer(importer));
    if (importers.length === 0) return false;
    // Through a namespace (`* as Api`) the export is a member of the binding; through a namespace passed on and
    // imported by name (`{ Api }`), the member asked about is.
    const wanted = (binding: ImportBinding): string | undefined => (binding.imported === "*" ? (member === undefined ? exportedName : undefined) : member);
    return importers.every((importer) => {
      const bindings = importer.imports.filter((binding) => this.resolveModule(binding.module, importer.filePath) === filePath);
      const taking = bindings.filter((binding) => binding.imported === exportedName || binding.imported === "*");
      // `export { name } from "./module"`, `export * as Api from "./module"`: only passes the name on (under its own or
      // another name): its importers decide.
      if (taking.length > 0 && taking.every((binding) => binding.local.includes("#"))) {
        const passedOn = taking.flatMap((binding) => importer.exports.filter((exported) => exported.local === binding.local).map((exported) => ({ name: exported.exported, member: wanted(binding) })));
        return passedOn.length > 0 && passedOn.every((passed) => this.isLeftBehindExport(importer.filePath, passed.name, passed.member));
      }
      if (taking.length > 0) return taking.every((binding) => this.leavesMemberBehind(importer, binding, wanted(binding)));
      if (this.reExports(importer, exportedName) || this.passesOnWhole(importer, filePath, exportedName)) return this.isLeftBehindExport(importer.filePath, exportedName, member);
      return bindings.length > 0;
    });
  }

  /**
   * The importer leaves `wanted` of the binding behind (the binding itself when undefined): it reads other members of it
   * (`import * as Api` used only as `Api.readShareInfo(…)`), or reads it only inside module-level functions no server
   * code runs (a thunk only the browser dispatches: see isLeftBehindFunction); and any importers it passes the binding on
   * to (`export { Api }`) leave it behind too.
   */
  private leavesMemberBehind(importer: FileSummary, binding: ImportBinding, wanted: string | undefined): boolean {
    const use = wanted !== undefined && binding.members !== undefined ? wanted : "";
    const taken = use === "" || binding.members?.includes(use) === true;
    const holders = binding.usedIn?.[use];
    if (taken && !(holders && holders.every((name) => this.isLeftBehindFunction(importer, name, new Set())))) return false;
    const passedAs = importer.exports.filter((exported) => exported.local === binding.local).map((exported) => exported.exported);
    return passedAs.every((name) => this.isLeftBehindExport(importer.filePath, name, wanted));
  }

  /**
   * The module-level function `name` of the file runs on no server: every export of it is left behind (see
   * isLeftBehindExport) and every function of the file referring to it is too. Functions that only call each other are
   * left behind together.
   */
  private isLeftBehindFunction(file: FileSummary, name: string, deciding: Set<string>): boolean {
    if (deciding.has(name)) return true;
    deciding.add(name);
    const holders = file.functionHolders?.[name];
    if (!holders) return false;
    const exportedAs = file.exports.filter((binding) => binding.local === name);
    return exportedAs.every((binding) => this.isLeftBehindExport(file.filePath, binding.exported)) && holders.every((holder) => this.isLeftBehindFunction(file, holder, deciding));
  }

  /**
   * The file is its package's entry (what the package's own name resolves to) and no other package of the repository
   * imports it, examples and tests aside: a library whose users live outside the repository, who may call any export.
   */
  private servesOutsideUsers(filePath: string, importers: readonly FileSummary[]): boolean {
    const manifest = this.manifestOf(filePath);
    if (manifest?.name === undefined || this.resolveModule(manifest.name, filePath) !== filePath) return false;
    return importers.every((importer) => this.manifestOf(importer.filePath)?.packageRoot === manifest.packageRoot || this.codeRoleOf(importer) === "test");
  }

  /** `export * from "./api.user"` in a module that does not export `name` itself: the module passes that name of `filePath` on. */
  private passesOnWhole(importer: FileSummary, filePath: string, name: string): boolean {
    return (importer.reExportedModules ?? []).some((module) => this.resolveModule(module, importer.filePath) === filePath) && !importer.exports.some((binding) => binding.exported === name);
  }

  /** The file exports `name` it takes from another module: a named re-export, or a module re-exported whole. */
  private reExports(summary: FileSummary, name: string): boolean {
    return summary.exports.some((binding) => binding.exported === name && binding.local.includes("#")) || summary.codeMarkers?.barrel === true;
  }

  /**
   * No file imports `exportedName` from `filePath`, nor imports any binding of that name from a module Harden could not
   * resolve (an alias it does not know), nor loads the file whole: an export nothing uses.
   */
  isUnusedExport(filePath: string, exportedName: string): boolean {
    if (this.importersOfExport(filePath, exportedName).length > 0) return false;
    // An import of the same name counts only when it resolves nowhere: one that resolves names another file's export.
    return ![...this.summaries.values()].some(
      (summary) => summary.filePath !== filePath && summary.imports.some((binding) => binding.imported === exportedName && this.resolveModule(binding.module, summary.filePath) === undefined),
    );
  }

  /**
   * Which files each file loads at run time and is loaded by: import bindings, re-exports, side-effect imports,
   * `import()`; not bindings the compiler erases (`import type`, names used only in types).
   */
  private linkImports(): { imports: Map<string, FileSummary[]>; importers: Map<string, FileSummary[]> } {
    const imports = new Map<string, FileSummary[]>();
    const importers = new Map<string, FileSummary[]>();
    for (const summary of this.summaries.values()) {
      const modules = new Set([...summary.imports.filter((binding) => !binding.typeOnly).map((binding) => binding.module), ...(summary.codeMarkers?.unboundModules ?? [])]);
      const targets = new Set<string>();
      for (const module of modules) {
        const target = this.resolveModule(module, summary.filePath);
        if (target && target !== summary.filePath) targets.add(target);
      }
      for (const target of targets) {
        appendTo(imports, summary.filePath, this.summaries.get(target)!);
        appendTo(importers, target, summary);
      }
    }
    return { imports, importers };
  }

  private indexPackages(packageOf = (filePath: string) => this.deployableRootOf(filePath)): Map<string, FileSummary[]> {
    const index = new Map<string, FileSummary[]>();
    for (const summary of this.summaries.values()) appendTo(index, packageOf(summary.filePath), summary);
    return index;
  }

  hasGlobalValidationPipe(): boolean {
    return (this.anyGlobalValidationPipe ??= [...this.summaries.values()].some((summary) => summary.hasGlobalValidationPipe));
  }

  /**
   * A global ValidationPipe with `transform: true` set up in the package (the closest package.json) of `filePath`: its
   * named query and path values reach handlers converted to their declared scalar type.
   */
  globalValidationPipeConverts(filePath: string): boolean {
    const packageRoot = this.manifestOf(filePath)?.packageRoot;
    return [...this.summaries.values()].some((summary) => summary.globalValidationPipeConverts === true && this.manifestOf(summary.filePath)?.packageRoot === packageRoot);
  }

  /**
   * True when the NestJS DTO class `name` (as seen from `fromFile`) carries class-validator decorators on its fields,
   * itself or through the DTO it is built from (`PartialType(CreateUserDto)`), followed through imports and barrels.
   * Whether a ValidationPipe applies is the caller's question.
   */
  isValidatedDto(name: string, fromFile: string): boolean {
    return this.isValidatedDtoAt(name, fromFile, 0);
  }

  private isValidatedDtoAt(name: string, fromFile: string, depth: number): boolean {
    if (depth > 8) return false;
    const isValidatedHere = (summary: FileSummary, local: string): boolean =>
      (summary.validatedDtos ?? []).includes(local) ||
      (summary.derivedDtos ?? []).some((dto) => dto.name === local && dto.bases.some((base) => this.isValidatedDtoAt(base, summary.filePath, depth + 1)));
    // DTO folders are commonly reached through a barrel that only re-exports (`export * from "./create-user.dto"`).
    return this.definesThroughBarrels(name, fromFile, isValidatedHere, 0);
  }

  /**
   * True when a file of the process `filePath` runs in sets `client`'s library-wide default timeout
   * (`axios.defaults.timeout = 5000`, undici's global dispatcher): its own package, or a package that depends on the
   * workspace package holding `filePath` (a shared library runs in its dependents' processes). Other packages of a
   * monorepo are other processes. A project without package.json files is one process.
   */
  hasGlobalTimeout(client: OutboundClient, filePath: string): boolean {
    this.globalTimeoutSetters ??= [...this.summaries.values()].filter((summary) => (summary.globalTimeouts?.length ?? 0) > 0);
    const caller = this.manifestOf(filePath);
    return this.globalTimeoutSetters.some((summary) => {
      if (!summary.globalTimeouts!.includes(client)) return false;
      const setter = this.manifestOf(summary.filePath);
      return !setter || (!!caller && (setter.packageRoot === caller.packageRoot || (caller.name !== undefined && setter.dependencies.includes(caller.name))));
    });
  }

  /**
   * True when some file sets the default timeout of the instance bound to `local` in `filePath`, imported there under
   * any name and through any re-export (`import { api as http } from "@acme/http"; http.defaults.timeout = 5000`).
   */
  hasDefaultTimeoutSetElsewhere(filePath: string, local: string): boolean {
    return [...this.summaries.values()].some((summary) =>
      (summary.importedDefaultTimeouts ?? []).some((name) => this.resolveDefinition(name, summary.filePath, (definition, definedAs) => definition.filePath === filePath && definedAs === local) !== undefined),
    );
  }

  /** True when some file sets `client`'s library-wide base URL (`axios.defaults.baseURL = API_URL`): path-only calls then reach it. */
  hasGlobalBaseUrl(client: OutboundClient): boolean {
    this.globalBaseUrlClients ??= new Set([...this.summaries.values()].flatMap((summary) => summary.globalBaseUrls ?? []));
    return this.globalBaseUrlClients.has(client);
  }

  /**
   * `this.http.get(url)` in class `className` of `filePath`, whose constructor keeps its parameter `index` in that
   * field (OutboundCallSummary.injectedAt): true when every production `new className(...)` passes axios or an axios
   * instance there, and one passes the axios module itself (an instance is judged at its factory call).
   */
  injectsAxiosModule(filePath: string, className: string, index: number): boolean {
    const sites = this.constructionsOf(filePath, className);
    const passesModule = (site: ConstructionSummary): boolean => site.axiosModuleAt?.includes(index) === true;
    return sites.some(passesModule) && sites.every((site) => passesModule(site) || site.axiosInstanceAt?.includes(index) === true);
  }

  /** The production `new` sites of a class, in its own file or in files that import it (through re-exports too). */
  private constructionsOf(filePath: string, className: string): ConstructionSummary[] {
    const key = `${filePath}#${className}`;
    let sites = this.constructionsByClass.get(key);
    if (sites) return sites;
    sites = [];
    for (const summary of this.summaryMap.values()) {
      if (!summary.constructions || this.codeRoleOf(summary) === "test") continue;
      for (const site of summary.constructions) {
        // Another file can name the class only through an import; the cheap test first.
        if (summary.filePath !== filePath && !summary.imports.some((binding) => binding.local === site.className)) continue;
        if (this.resolveDefinition(site.className, summary.filePath, (definition, local) => definition.filePath === filePath && local === className)) sites.push(site);
      }
    }
    this.constructionsByClass.set(key, sites);
    return sites;
  }

  /** True when `guard` (as seen from `filePath`) authenticates: a known library guard, a configured wrapper, or a project function that does. */
  isAuthGuard(guard: Pick<GuardRef, "name" | "kind" | "wraps" | "handsSignature" | "handsHeadersAndSecret" | "digestComparedWithSignature" | "refusedTokenPositions" | "checksSubmittedPassword" | "refusedSecretMatch" | "switchedOff" | "eitherOf">, filePath: string): boolean {
    if (guard.switchedOff) return false;
    if (guard.eitherOf) return guard.eitherOf.every((alternative) => alternative.some((one) => this.isAuthGuard(one, filePath)));
    if (guard.kind === "inline") return true;
    // `asyncHandler(auth.jwt)`: a wrapper that only forwards to what it is handed is that function.
    if (guard.wraps !== undefined && this.isTransparentWrapper(guard.name, filePath)) return this.isAuthGuard({ name: guard.wraps, kind: guard.kind }, filePath);
    // `auth.jwt` on a namespace import or a CommonJS module object: that module's `jwt`, judged where it is defined.
    const moduleMember = this.moduleMemberOf(guard.name, filePath);
    // `{ check: expressify(check) }`: the wrapped function, when the wrapper only forwards to it.
    if (moduleMember?.through !== undefined) return this.isTransparentWrapper(moduleMember.through, moduleMember.filePath) && this.isAuthGuard({ name: moduleMember.local, kind: guard.kind }, moduleMember.filePath);
    if (moduleMember) return this.isAuthGuard({ name: moduleMember.local, kind: guard.kind }, moduleMember.filePath);
    const name = guard.name;
    const lastSegment = name.slice(name.lastIndexOf(".") + 1);
    const candidates = [name, lastSegment];
    if (candidates.some((c) => this.settings.authWrappers.includes(c))) return true;
    const root = name.split(".")[0]!;
    // A helper called at the top of a handler guards only when it throws: its result may go unchecked.
    if (guard.kind === "call") return this.authenticates(root, filePath, true, 0);
    // A service or SDK method handed the signature header's value checks it, unless it is the project's own and does not.
    if (guard.kind === "verifier") {
      return (
        this.verifiesSignature(name, filePath) ||
        (guard.handsSignature === true && this.definitionFileOf(root, filePath) === undefined) ||
        (guard.handsHeadersAndSecret === true && this.isPackageWebhookExport(name, filePath)) ||
        (guard.digestComparedWithSignature === true && this.resolveDefinition(name, filePath, (summary, local) => (summary.keyedHmacs ?? []).includes(local)) !== undefined) ||
        (guard.refusedTokenPositions ?? []).some((position) => this.verifiesTokenArgument(name, filePath, position, true)) ||
        (guard.checksSubmittedPassword === true && this.comparesPassword(name, filePath)) ||
        (guard.refusedSecretMatch === true && this.matchesSentSecret(name, filePath))
      );
    }
    if (candidates.some((c) => knownAuthGuards.includes(c))) return true;
    if (this.isLibraryAuthMiddleware(name, filePath)) return true;
    // `AdminAuth.check(req, res)`: a static method of a project class, recorded as `Class.method` where it is defined.
    const member = name.split(".").slice(1).join(".");
    return this.authenticates(root, filePath, false, 0) || (member !== "" && this.authenticates(root, filePath, false, 0, member)) || (member === lastSegment && this.isDecoratedAuthGuard(member, filePath));
  }

  /** `fastify.<member>`: some file of the package decorates the instance with a function of that name that authenticates. */
  private isDecoratedAuthGuard(member: string, filePath: string): boolean {
    this.decoratedAuthGuardsByPackage ??= this.namesByPackage((summary) => summary.decoratedAuthGuards);
    return this.decoratedAuthGuardsByPackage.get(this.packageOf(filePath))?.has(member) ?? false;
  }

  /**
   * A chain member whose code Harden cannot read (see `GuardRef.opaque`): not a member some file of the package
   * decorates the Fastify instance with (`fastify.noteCaller`), whose function the model reads.
   */
  isOpaqueGuard(guard: Pick<GuardRef, "name" | "opaque">, filePath: string): boolean {
    if (!guard.opaque) return false;
    // A package's export handed the app's own options (`i18nMiddleware.handle(this.i18n)`) is that package's middleware.
    const binding = this.summaries.get(filePath)?.imports.find((candidate) => candidate.local === guard.name.split(".")[0]);
    if (binding && this.resolveModule(binding.module, filePath) === undefined) return false;
    const member = guard.name.slice(guard.name.lastIndexOf(".") + 1);
    this.decoratedFunctionsByPackage ??= this.namesByPackage((summary) => summary.decoratedFunctions);
    return !(guard.name.includes(".") && this.decoratedFunctionsByPackage.get(this.packageOf(filePath))?.has(member));
  }

  private namesByPackage(namesOf: (summary: FileSummary) => readonly string[] | undefined): Map<string, Set<string>> {
    const byPackage = new Map<string, Set<string>>();
    for (const summary of this.summaries.values()) {
      const names = namesOf(summary);
      if (!names) continue;
      const root = this.packageOf(summary.filePath);
      const known = byPackage.get(root) ?? new Set<string>();
      for (const name of names) known.add(name);
      byPackage.set(root, known);
    }
    return byPackage;
  }


  /**
   * Another file of the package attaches a connection listener to the Socket.IO namespace `namespace` that returns
   * before registering anything unless the socket's session passes a check (see `gatedSocketNamespaces`).
   */
  isSocketNamespaceGated(namespace: string, filePath: string): boolean {
    const packageRoot = this.packageOf(filePath);
    for (const summary of this.summaries.values()) {
      if (summary.gatedSocketNamespaces?.includes(namespace) && this.packageOf(summary.filePath) === packageRoot) return true;
    }
    return false;
  }

  /**
   * The project module that defines `local` (as seen from `filePath`) reads a secret from the environment or holds the
   * Supabase service-role key: a function of it may act with the project's own authority rather than its caller's.
   */
  holdsProjectSecret(local: string, filePath: string): boolean {
    const definedIn = this.resolveDefinition(local, filePath, (summary, name) => summary.filePath !== filePath && summary.exports.some((binding) => binding.local === name));
    const summary = definedIn === undefined ? undefined : this.summaries.get(definedIn);
    return !!summary && ((summary.envReads ?? []).some((read) => isSecretName(read.name)) || (summary.supabaseServiceRole?.clients.length ?? 0) > 0 || (summary.supabaseServiceRole?.keyReads.length ?? 0) > 0);
  }

  /**
   * The app `owner` of `filePath` is called only by the Worker's own code (see `inProcessApps`): neither exported nor
   * mounted here, so none of its routes is reachable from the network.
   */
  servedOnlyInProcess(filePath: string, owner: string): boolean {
    const summary = this.summaries.get(filePath);
    if (!summary?.inProcessApps?.includes(owner)) return false;
    return !summary.exports.some((binding) => binding.local === owner) && !summary.uses.some((use) => use.mounts.includes(owner));
  }

  /**
   * The express router `owner` of `filePath` is mounted by nothing: no app mounts it, it is handed to no function, and
   * the file exports it only under names nothing imports, while the package mounts its other routers by import (so it
   * does not load its routers some other way). A route on it serves nothing.
   */
  isNeverMounted(filePath: string, owner: string): boolean {
    const summary = this.summaries.get(filePath);
    if (!summary?.standaloneRouters?.includes(owner) || this.isMounted(filePath, owner)) return false;
    if ((summary.routerHandOffs ?? []).some((handOff) => handOff.owner === owner) || (summary.ownerFactories ?? []).some((factory) => factory.owner === owner)) return false;
    if (!summary.exports.some((binding) => binding.local === owner) || this.roles().isImported(summary)) return false;
    const packageRoot = this.packageOf(filePath);
    return [...this.summaries.values()].some(
      (other) => other !== summary && this.packageOf(other.filePath) === packageRoot && (other.standaloneRouters ?? []).some((router) => this.isMounted(other.filePath, router)),
    );
  }

  /** `local` (as seen from `filePath`) is a project function that reads the client's network address. */
  readsClientAddress(local: string, filePath: string, depth = 0): boolean {
    if (depth > 2) return false;
    let delegate: { callees: string[]; filePath: string } | undefined;
    const found = this.resolveDefinition(local, filePath, (summary, name) => {
      if ((summary.clientAddressReaders ?? []).includes(name)) return true;
      const callees = summary.clientAddressDelegates?.find((candidate) => candidate.name === name)?.callees;
      if (callees) delegate = { callees, filePath: summary.filePath };
      return false;
    });
    // A helper that gets the address through another (`checkLimit(c)` calling `getClientIP(c)`) reads it too.
    return found !== undefined || (!!delegate && delegate.callees.some((callee) => this.readsClientAddress(callee, delegate!.filePath, depth + 1)));
  }

  /** The details a health answer should not carry that the project function `local` (as seen from `filePath`) returns. */
  healthDetailsBuiltBy(local: string, filePath: string): string[] {
    let details: string[] = [];
    this.resolveDefinition(local, filePath, (summary, name) => {
      details = summary.healthDetailBuilders?.find((builder) => builder.name === name)?.details ?? [];
      return details.length > 0;
    });
    return details;
  }

  /** `auth.jwt` where `auth` is a namespace import or a module's default object: the local name and file of that member. */
  private moduleMemberOf(name: string, filePath: string): { local: string; filePath: string; through?: string } | undefined {
    const [root, member, ...rest] = name.split(".");
    if (!root || !member || rest.length > 0) return undefined;
    const binding = this.summaries.get(filePath)?.imports.find((candidate) => candidate.local === root);
    if (!binding || binding.typeOnly) return undefined;
    const target = this.resolveModule(binding.module, filePath);
    const exports = target ? this.summaries.get(target)?.exports : undefined;
    if (!target || !exports) return undefined;
    // `const ctrl = require("../controllers").users`: a member of what the barrel exports under that name.
    if (binding.imported !== "*" && binding.imported !== "default") {
      const held = exports.find((candidate) => candidate.exported === binding.imported);
      return held && /^[\w$]+$/.test(held.local) ? { local: `${held.local}.${member}`, filePath: target } : undefined;
    }
    const exported = exports.find((candidate) => candidate.exported === (binding.imported === "*" ? member : `default.${member}`));
    if (!exported) return undefined;
    // `const Auth = { check() {…} }; export default Auth`: an in-place member of the object the module holds under a name.
    const holder = binding.imported === "default" && exported.local === inlineExportName(member) ? exports.find((candidate) => candidate.exported === "default")?.local : undefined;
    return { local: holder && /^[\w$]+$/.test(holder) ? `${holder}.${member}` : exported.local, filePath: target, ...(exported.through !== undefined && { through: exported.through }) };
  }

  /**
   * `local` (as seen from `filePath`) only forwards to the function it is handed (see `transparentWrappers`), a project
   * helper or an async-error wrapper package's export.
   */
  isTransparentWrapper(local: string, filePath: string): boolean {
    const binding = this.summaries.get(filePath)?.imports.find((candidate) => candidate.local === local);
    if (binding && asyncWrapperModule.test(binding.module)) return true;
    return this.resolveDefinition(local, filePath, (summary, name) => (summary.transparentWrappers ?? []).includes(name)) !== undefined;
  }

  /** `name` (as seen from `filePath`) is a project function that races the function it is handed against a timer. */
  isTimeoutWrapper(name: string, filePath: string): boolean {
    return this.resolveDefinition(name, filePath, (summary, local) => (summary.timeoutWrappers ?? []).includes(local)) !== undefined;
  }

  /** `local` (as seen from `filePath`) is a project function that only answers through the response it is handed. */
  isAnswerHelper(local: string, filePath: string): boolean {
    return this.resolveDefinition(local, filePath, (summary, name) => (summary.answerHelpers ?? []).includes(name)) !== undefined;
  }

  /**
   * `callee` (as seen from `filePath`) is a project function that verifies a signature and stops when it fails: a
   * function named by its root (`verifyHook`, `hooks.check` as `hooks`) or a method of a project class (`StripeService.validate`).
   */
  verifiesSignature(callee: string, filePath: string): boolean {
    const verifies = (summary: FileSummary, name: string): boolean => this.isSignatureVerifierIn(summary, name);
    const [root, ...members] = callee.split(".");
    return this.resolveDefinition(root!, filePath, verifies) !== undefined || (members.length > 0 && this.resolveMember(root!, members, filePath, verifies, 0));
  }

  /** `callee` (as seen from `filePath`) is a project function, or a static method of a project class, that compares a password it is handed with a stored hash. */
  private comparesPassword(callee: string, filePath: string): boolean {
    const compares = (summary: FileSummary, name: string): boolean => (summary.passwordComparers ?? []).includes(name);
    const [root, ...members] = callee.split(".");
    return this.resolveDefinition(root!, filePath, compares) !== undefined || (members.length > 0 && this.resolveMember(root!, members, filePath, compares, 0));
  }

  /**
   * `local` (as seen from `filePath`) is a project function that answers whether what it is handed equals a secret
   * setting, comparing with `===` or in constant time (a comparer of another module must answer a constant-time compare).
   */
  private matchesSentSecret(local: string, filePath: string): boolean {
    const isConstantTimeCompare = (comparer: string, from: string): boolean => this.resolveDefinition(comparer, from, (definition, name) => (definition.constantTimeCompares ?? []).includes(name)) !== undefined;
    return (
      this.resolveDefinition(local, filePath, (summary, name) => {
        const matcher = summary.sentSecretMatchers?.find((candidate) => candidate.name === name);
        return !!matcher && (matcher.comparer === undefined || isConstantTimeCompare(matcher.comparer, summary.filePath));
      }) !== undefined
    );
  }

  /** `name`, defined in `summary`'s file, verifies a signature: by itself, through a QStash `Receiver` another module made, or with a constant-time compare of the project's. */
  private isSignatureVerifierIn(summary: FileSummary, name: string): boolean {
    if ((summary.signatureVerifiers ?? []).includes(name)) return true;
    const verifier = summary.receiverSignatureVerifiers?.find((candidate) => candidate.name === name);
    if (verifier && this.resolveDefinition(verifier.receiver, summary.filePath, (definition, local) => (definition.qstashReceivers ?? []).includes(local)) !== undefined) return true;
    const compared = summary.comparedSignatureVerifiers?.find((candidate) => candidate.name === name);
    return !!compared && this.resolveDefinition(compared.comparer, summary.filePath, (definition, local) => (definition.constantTimeCompares ?? []).includes(local)) !== undefined;
  }

  /**
   * `local` (as seen from `filePath`) is a project function that verifies the JWT handed at `position` and throws when
   * it fails; with `falsy`, or answers nothing (`catch { return null }`), so a falsy answer refused stops the caller.
   */
  verifiesTokenArgument(local: string, filePath: string, position: number, falsy = false): boolean {
    const verifies = (summary: FileSummary, name: string): boolean =>
      (summary.tokenVerifiers ?? []).some((verifier) => verifier.name === name && verifier.parameter === position && (!falsy || verifier.falsyUnlessVerified === true));
    return this.resolveDefinition(local, filePath, verifies) !== undefined;
  }

  /**
   * `local` (as seen from `filePath`) is an export of the webhooks module of a package the importing project package
   * depends on, also through the project's re-exports and barrels (`export { validateEvent as validatePolarEvent } from
   * "@polar-sh/sdk/webhooks"`, `export * from "./src/polar"`): the package's verifier of the webhooks it sends.
   */
  private isPackageWebhookExport(local: string, filePath: string): boolean {
    return this.definesThroughBarrels(
      local,
      filePath,
      (summary, name) => {
        // A barrel's module re-exports the name it was asked for (`export { validateEvent as validatePolarEvent } from`).
        const reExported = summary.exports.find((candidate) => candidate.exported === name)?.local ?? name;
        const binding = summary.imports.find((candidate) => candidate.local === reExported);
        return !!binding && webhooksModule.test(binding.module) && this.resolveModule(binding.module, summary.filePath) === undefined && this.declaresDependency(summary.filePath, packageNameOf(binding.module));
      },
      0,
    );
  }

  /**
   * `local` (as seen from `filePath`) is a project guard, or reads a credential and calls one: a wrapper that
   * authenticates a few helpers deep. With `throwing`, only guards that throw count (library guards return null).
   * A wrapper that verifies the request's signature authenticates its sender.
   */
  private authenticates(local: string, filePath: string, throwing: boolean, depth: number, member?: string): boolean {
    if (depth > 3) return false;
    return (
      this.resolveDefinition(local, filePath, (summary, name) => {
        const guards = throwing ? (summary.throwingAuthGuards ?? []) : summary.authGuards;
        if (member !== undefined) {
          // `access.session` on an instance: its class's method, recorded as `Access.session`.
          const instance = summary.classInstances?.find((candidate) => candidate.name === name);
          if (instance) return guards.includes(`${instance.className}.${member}`) || this.isLibraryPolicy(instance.className, member, summary.filePath);
          // A static method or a function of an object the module keeps (`Auth.requireLogin`): judged as a function is.
          name = `${name}.${member}`;
        }
        if (guards.includes(name)) return true;
        if (!throwing && this.isSignatureVerifierIn(summary, name)) return true;
        const forwarded = summary.configForwarders?.find((candidate) => candidate.name === name);
        // A factory forwarding to a generic one (`withError`) may still authenticate itself before it does (a delegate below).
        if (forwarded && this.authenticates(forwarded.callee, summary.filePath, throwing, depth + 1)) return true;
        const handOff = summary.middlewareHandOffs?.find((candidate) => candidate.name === name);
        if (handOff?.middleware.some((middleware) => this.authenticates(middleware, summary.filePath, throwing, depth + 1))) return true;
        const produced = summary.factoryResults?.find((candidate) => candidate.name === name);
        if (produced) return this.producesGuard(produced, summary.filePath, throwing, depth);
        const chain = summary.middlewareArrays?.find((candidate) => candidate.name === name);
        if (chain) return this.liveCandidates(chain.candidates, summary.filePath).every(({ elements }) => elements.some((element) => this.runsAuthGuard(element, summary.filePath, throwing, depth + 1)));
        const delegate = summary.authDelegates?.find((candidate) => candidate.name === name);
        if (!delegate) return false;
        return delegate.callees.some(
          (callee) =>
            (!throwing && (knownAuthGuards.includes(callee) || this.isRefusalResponder(callee, summary.filePath))) ||
            this.runsAuthGuard(callee, summary.filePath, throwing, depth + 1),
        );
      }) !== undefined
    );
  }

  /** What a factory returned (see `factoryResults`) guards: a library's auth middleware or a project guard, not switched off. */
  private producesGuard(produced: { callee: string; member?: string; switchedOff?: true }, filePath: string, throwing: boolean, depth: number): boolean {
    if (produced.switchedOff) return false;
    if (produced.member !== undefined) return this.returnsGuardMember(produced.callee, produced.member, filePath, throwing, depth);
    return (!throwing && (knownAuthGuards.includes(produced.callee) || this.isLibraryAuthMiddleware(produced.callee, filePath))) || this.authenticates(produced.callee, filePath, throwing, depth + 1);
  }

  /** The member `member` of the object the function `factory` (as seen from `filePath`) returns guards (see returnedMembers). */
  private returnsGuardMember(factory: string, member: string, filePath: string, throwing: boolean, depth: number): boolean {
    return (
      this.resolveDefinition(factory, filePath, (summary, name) => {
        const held = summary.returnedMembers?.find((candidate) => candidate.name === name && candidate.member === member);
        if (!held) return false;
        return held.called ? this.producesGuard({ callee: held.value }, summary.filePath, throwing, depth + 1) : this.authenticates(held.value, summary.filePath, throwing, depth + 1);
      }) !== undefined
    );
  }

  /** `method` of an instance of `className` (as seen from `filePath`), a policy class of an installed package (see `authPolicyClasses`), is a guard. */
  private isLibraryPolicy(className: string, method: string, filePath: string): boolean {
    const library = this.libraryExportOf(className, filePath);
    return !!library && (authPolicyClasses.get(library.module)?.get(library.imported)?.includes(method) ?? false);
  }

  /**
   * `local` (or a member of it: `Consumer.authenticateSessionLocal`) is imported from a package whose export is an auth
   * middleware (see `authMiddlewareExports`), whatever it is called here.
   */
  private isLibraryAuthMiddleware(local: string, filePath: string): boolean {
    const [root, ...members] = local.split(".");
    const library = this.libraryExportOf(root!, filePath);
    const exported = [library?.imported, ...members].join(".");
    return !!library && (authMiddlewareExports.get(library.module)?.includes(exported) ?? false);
  }

  /**
   * The arrays a middleware-array name holds on an install that sets none of the deploy settings its flags read: one
   * chosen only when a setting is set (`loginOn ? [session] : [localUser]` with `loginOn = process.env.LOGIN !== "off"`)
   * is an opt-out its operator makes, not what the code does. All of them when the flags cannot be read.
   */
  private liveCandidates(candidates: readonly MiddlewareArrayCandidate[], filePath: string): readonly MiddlewareArrayCandidate[] {
    const live = candidates.filter((candidate) => !(candidate.when ?? []).some((test) => this.valueWithSettingsUnset(test.flag, filePath) === !test.value));
    return live.length > 0 ? live : candidates;
  }

  /** The value of the flag `local` (as seen from `filePath`) when no deploy setting is set (see unsetSettingsFlags), if known. */
  private valueWithSettingsUnset(local: string, filePath: string): boolean | undefined {
    let value: boolean | undefined;
    this.resolveDefinition(local, filePath, (summary, name) => {
      const flag = summary.unsetSettingsFlags?.find((candidate) => candidate.name === name);
      value = flag?.value;
      return flag !== undefined;
    });
    return value;
  }

  /** The middleware array element `element` (`requireUser`, `guards.apiKey`, `passport.authenticate`, see middlewareArrays) authenticates. */
  private runsAuthGuard(element: string, filePath: string, throwing: boolean, depth: number): boolean {
    const dot = element.indexOf(".");
    if (!throwing && knownAuthGuards.includes(element.slice(element.lastIndexOf(".") + 1))) return true;
    if (dot < 0) return this.authenticates(element, filePath, throwing, depth);
    const moduleMember = this.moduleMemberOf(element, filePath);
    if (moduleMember?.through !== undefined && !this.isTransparentWrapper(moduleMember.through, moduleMember.filePath)) return false;
    if (moduleMember) return this.authenticates(moduleMember.local, moduleMember.filePath, throwing, depth);
    return this.authenticates(element.slice(0, dot), filePath, throwing, depth, element.slice(dot + 1));
  }

  /** `local` (as seen from `filePath`) is a project function that answers 401/403 (a refusal a guard returns or calls). */
  private isRefusalResponder(local: string, filePath: string): boolean {
    return this.resolveDefinition(local, filePath, (summary, name) => (summary.refusalResponders ?? []).includes(name)) !== undefined;
  }

  /** True when `name` (as seen from `filePath`, `limiter` or `limiter.limit`) is a rate limiter: a library's or a project function that answers 429. */
  isRateLimiter(name: string, filePath: string, depth = 0): boolean {
    if (depth > 3) return false;
    // A function that charges through an imported limiter (`withWorkspace` → `rateLimitRequest` → `ratelimit().limit`) limits too.
    const isLimiterHere = (summary: FileSummary, local: string): boolean =>
      (summary.rateLimiters ?? []).includes(local) ||
      (summary.limiterCallers ?? []).some((caller) => caller.name === local && caller.callees.some((callee) => this.isRateLimiter(callee, summary.filePath, depth + 1))) ||
      // A middleware array limits when every value it may hold runs a limiter (`const apiAuth = [keyAuth, rateLimiter]`).
      (summary.middlewareArrays ?? []).some(
        (chain) => chain.name === local && this.liveCandidates(chain.candidates, summary.filePath).every(({ elements }) => elements.some((element) => this.isRateLimiter(element, summary.filePath, depth + 1))),
      );
    if (this.summaries.get(filePath)?.rateLimiters?.includes(name)) return true;
    return this.resolveDefinition(name.split(".")[0]!, filePath, isLimiterHere) !== undefined;
  }

  /**
   * The package of `filePath` builds its servers with an app builder that rate-limits every request (rate-limiters.ts):
   * its Koa routes are the ones handed to the builder, behind that limiter.
   */
  isLimitedByAppBuilder(filePath: string): boolean {
    this.rateLimitedAppBuilders ??= [...this.summaries.values()].filter((summary) => summary.buildsRateLimitedApp);
    if (this.rateLimitedAppBuilders.length === 0) return false;
    const packageRoot = this.manifestOf(filePath)?.packageRoot;
    return this.rateLimitedAppBuilders.some((summary) => this.manifestOf(summary.filePath)?.packageRoot === packageRoot);
  }

  /** True when the function `name` (as seen from `filePath`) reads the forwarding header passed as `argument` only from the right. */
  takesRightmostHop(name: string, argument: number, filePath: string): boolean {
    const isHelperHere = (summary: FileSummary, local: string): boolean => summary.rightmostHopHelpers?.some((helper) => helper.name === local && helper.parameter === argument) === true;
    return this.resolveDefinition(name, filePath, isHelperHere) !== undefined;
  }

  /** True when `name` (as seen from `filePath`) is bound to a logger here or in the module it is imported from. */
  /** `name` as seen from `filePath` is a table of literal codes, declared there or imported (see constant-tables.ts). */
  isConstantTable(name: string, filePath: string): boolean {
    return this.resolveDefinition(name, filePath, (summary, local) => (summary.constantTables ?? []).includes(local)) !== undefined;
  }

  /** `name` as seen from `filePath` is a module-level constant bound to one plain string literal, declared there or imported. */
  isLiteralCode(name: string, filePath: string): boolean {
    return this.resolveDefinition(name, filePath, (summary, local) => (summary.literalCodes ?? []).includes(local)) !== undefined;
  }

  isLogger(name: string, filePath: string): boolean {
    const isFactory = (summary: FileSummary, local: string): boolean => (summary.loggerFactories ?? []).includes(local);
    return (
      this.resolveDefinition(name, filePath, (summary, local) =>
        (summary.loggers ?? []).includes(local) ||
        (summary.madeByImportedCall ?? []).some((made) => made.name === local && this.resolveDefinition(made.factory, summary.filePath, isFactory) !== undefined),
      ) !== undefined
    );
  }

  /** Every environment read in the project, with its file. */
  envReads(): Array<EnvReadSummary & { filePath: string }> {
    return (this.projectEnvReads ??= [...this.summaries.values()].flatMap((summary) => (summary.envReads ?? []).map((read) => ({ ...read, filePath: summary.filePath }))));
  }

  /**
   * Whether `name`, read in `filePath`, is a key of an env schema that runs before that code: the env module for its
   * folder (see `envSchemaFor`), one its service's framework registers app-wide at start-up (`@fastify/env`), or one
   * run by a function the service calls only while it starts (`validateEnv()` in its bootstrap module).
   */
  isValidatedEnvName(name: string, filePath: string): boolean {
    const covering = this.envSchemaFor(filePath)?.schema;
    if (covering && (covering.keysUnknown || covering.keys.includes(name))) return true;
    this.appWideEnvSchemas ??= [...this.summaries.values()].flatMap(({ filePath: schemaFile, envSchema: schema }) =>
      schema && (schema.isAppWide || (schema.runBy !== undefined && this.runsOnlyAtStartup(schemaFile, schema.runBy))) ? [{ filePath: schemaFile, schema }] : [],
    );
    const service = this.serviceRootOf(filePath);
    // A schema defined in another module (NestJS `validationSchema: envSchema`) is taken to list what the service reads.
    return this.appWideEnvSchemas.some(({ filePath: schemaFile, schema }) => (schema.keysUnknown || schema.keys.includes(name)) && this.serviceRootOf(schemaFile) === service);
  }

  /**
   * Whether every read of `name` in `filePath`'s service compares it as is (see EnvReadSummary.isComparedAsIs) and no
   * env schema validates it: nothing in the service can have tested the setting for presence first.
   */
  isOnlyComparedAsIs(name: string, filePath: string): boolean {
    if (this.isValidatedEnvName(name, filePath)) return false;
    const service = this.serviceRootOf(filePath);
    return this.envReads().every((read) => read.name !== name || this.serviceRootOf(read.filePath) !== service || read.isComparedAsIs === true);
  }

  /**
   * How a missing value goes wrong at `read` of `filePath`: its use as the file sees it, except that `new URL` in a
   * function the app runs only while it starts throws at start-up, as validation would, not on a request.
   */
  silentUseOf(read: EnvReadSummary, filePath: string): EnvReadSummary["silentUse"] {
    if (read.silentUse === "requestUrl" && read.inFunction !== undefined && this.runsOnlyAtStartup(filePath, read.inFunction)) return undefined;
    return read.silentUse;
  }

  /** The module that validates `process.env` for `filePath`: the one in the closest folder above it. */
  envSchemaFor(filePath: string): { filePath: string; schema: EnvSchemaSummary } | undefined {
    this.envSchemaModules ??= [...this.summaries.values()].flatMap((summary) => (summary.envSchema ? [{ filePath: summary.filePath, schema: summary.envSchema }] : []));
    let best: { filePath: string; schema: EnvSchemaSummary } | undefined;
    for (const module of this.envSchemaModules) {
      if (!filePath.startsWith(path.dirname(module.filePath) + path.sep)) continue;
      if (!best || path.dirname(module.filePath).length > path.dirname(best.filePath).length) best = module;
    }
    return best;
  }


  /** True when `name` (as seen from `filePath`) is a project function that writes X-Content-Type-Options or Content-Security-Policy. */
  isSecurityHeaderSetter(name: string, filePath: string): boolean {
    const setsHeaders = (summary: FileSummary, local: string): boolean =>
      (summary.appConfig?.securityHeaderSetters ?? []).includes(local) ||
      (summary.appConfig?.autoloadDirs ?? []).some((autoload) => autoload.functions.includes(local) && this.autoloadsSecurityHeaders(autoload.dir));
    return this.resolveDefinition(name, filePath, setsHeaders) !== undefined;
  }

  /**
   * A router `owner` of `filePath` mounts at its root (`app.use("/", router)`, `app.use(router)`) registers a
   * security-header middleware: every request the app hands on passes it first (`router.use(helmet())`, or
   * `router.use(...hardening())` with a project function that returns helmet's middlewares), also on to the app's
   * routes registered after the mount. A route the app registers before it answers without them.
   */
  rootRouterSendsSecurityHeaders(filePath: string, owner: string): boolean {
    const ownRoutes = (this.summaryMap.get(filePath)?.routes ?? []).filter((route) => route.owner === owner);
    const coversAll = (position: number): boolean => ownRoutes.every((route) => route.span.start > position);
    for (const [target, sites] of this.mountsByTarget) {
      if (!sites.some((site) => site.summary.filePath === filePath && site.owner === owner && (site.prefix === "" || site.prefix === "/") && coversAll(site.position))) continue;
      const separator = target.indexOf("#");
      const [routerFile, router] = [target.slice(0, separator), target.slice(separator + 1)];
      const uses = this.summaryMap.get(routerFile)?.appConfig?.securityHeaderUses ?? [];
      if (uses.some((use) => use.owner === router && (use.isKnown || this.isSecurityHeaderSetter(use.name, routerFile)))) return true;
    }
    return false;
  }

  /** A plugin folder loaded by @fastify/autoload holds a security-header plugin (`export default helmet`, or a plugin registering it). */
  private autoloadsSecurityHeaders(dir: string): boolean {
    for (const summary of this.summaryMap.values()) {
      if (path.dirname(summary.filePath) !== dir) continue;
      const config = summary.appConfig;
      if (config?.exportsSecurityHeaderPlugin || config?.securityHeaderUses.some((use) => use.isKnown)) return true;
    }
    return false;
  }

  /**
   * The router `owner` of `filePath` is mounted by nothing Harden can follow (a loader walks a folder and mounts what
   * it finds), and its package builds exactly one exposed app of `framework`, which registers a rate limiter for every
   * request (`app.use(ratelimit(...))`, no path): whatever mounts the router mounts it on that app, taken to be after it.
   */
  limitedByOnlyAppOfPackage(filePath: string, owner: string, framework: Framework): boolean {
    if (this.isMounted(filePath, owner)) return false;
    const packageRoot = this.manifestOf(filePath)?.packageRoot;
    if (packageRoot === undefined) return false;
    const apps = [...this.summaries.values()].flatMap((summary) =>
      this.manifestOf(summary.filePath)?.packageRoot === packageRoot && this.codeRoleOf(summary) === "server"
        ? (summary.appConfig?.servers ?? []).filter((server) => server.framework === framework && server.isExposed).map((server) => ({ summary, server }))
        : [],
    );
    const [only] = apps;
    if (!only || apps.length !== 1) return false;
    return only.summary.uses.some((use) => use.owner === only.server.owner && use.prefix === "" && use.middleware.some((middleware) => this.isRateLimiter(middleware.name, only.summary.filePath)));
  }

  /** True when the app or router `owner` of `filePath` is mounted into another app (a sub-app, not a server of its own). */
  isMounted(filePath: string, owner: string): boolean {
    this.mountedAppKeys ??= new Set(
      [...this.summaryMap.values()].flatMap((summary) => (summary.appConfig?.mountedApps ?? []).map((local) => this.resolveLocalRouter(local, summary))),
    );
    return this.mountsByTarget.has(`${filePath}#${owner}`) || this.mountedAppKeys.has(`${filePath}#${owner}`);
  }

  /**
   * Browser code of a Next.js app that renders with the Pages Router alone (`pages/` pages, no `app/` page or layout):
   * no server component runs it, so its functions run on a server only while a page renders there, which calls none
   * of what effects, handlers and thunks do. A page's data functions (`getServerSideProps`, `getInitialProps`: see
   * CodeMarkers.pagesServerFunction) and `_document` run on the server.
   */
  private isPagesRouterClientCode(file: FileSummary): boolean {
    if (/^_document\.[cm]?[jt]sx?$/.test(path.basename(file.filePath)) || file.codeMarkers?.pagesServerFunction) return false;
    const root = this.deployableRootOf(file.filePath);
    let known = this.pagesRouterOnlyApps.get(root);
    if (known === undefined) {
      const relativePaths = this.filesOfDeployable(file.filePath).map((summary) => path.relative(root, summary.filePath).split(path.sep).join("/"));
      known = relativePaths.some((relative) => nextPagesPage.test(relative)) && !relativePaths.some((relative) => nextAppPage.test(relative) || nextAppLayout.test(relative));
      this.pagesRouterOnlyApps.set(root, known);
    }
    return known;
  }

  /** Whether a Next.js app rooted at `appRoot` has pages (`app/**\/page.*`, `pages/**` outside `pages/api`): HTML documents, not only JSON. */
  servesNextPages(appRoot: string): boolean {
    for (const filePath of this.summaryMap.keys()) {
      if (!filePath.startsWith(appRoot + path.sep)) continue;
      const relative = path.relative(appRoot, filePath).split(path.sep).join("/");
      if (nextPagesPage.test(relative) || nextAppPage.test(relative)) return true;
    }
    return false;
  }

  /** The summarised files of the deployable package holding `filePath` (see deployableRootOf), indexed once. */
  private filesOfDeployable(filePath: string): FileSummary[] {
    return (this.filesByPackage ??= this.indexPackages()).get(this.deployableRootOf(filePath)) ?? [];
  }

  /**
   * Whether the deployable holding `filePath` sets or reads a cookie in its server code or in what that code imports,
   * workspace packages included (see CodeMarkers.handlesCookies): without one, the browser sends no credential of this
   * service by itself, whatever CORS allows.
   */
  deployableHandlesCookies(filePath: string): boolean {
    const root = this.deployableRootOf(filePath);
    let known = this.cookieDeployables.get(root);
    if (known !== undefined) return known;
    const graph = (this.importGraph ??= this.linkImports());
    const queue = this.filesOfDeployable(filePath).filter((summary) => this.codeRoleOf(summary) === "server");
    const seen = new Set(queue.map((summary) => summary.filePath));
    known = false;
    for (let index = 0; index < queue.length && !known; index++) {
      const summary = queue[index]!;
      if (summary.codeMarkers?.handlesCookies) known = true;
      for (const imported of graph.imports.get(summary.filePath) ?? []) {
        if (seen.has(imported.filePath) || this.codeRoleOf(imported) === "browser") continue;
        seen.add(imported.filePath);
        queue.push(imported);
      }
    }
    this.cookieDeployables.set(root, known);
    return known;
  }

  /**
   * Whether some file of the package holding `filePath` may answer an HTML document: a handler that sends markup or a
   * non-literal text body, renders JSX, or uses a module that serves pages or static files. False for a package whose
   * handlers answer only JSON, plain text or numbers (a machine-to-machine service).
   */
  packageServesDocuments(filePath: string): boolean {
    const files = this.filesOfDeployable(filePath);
    // Only server code answers requests: a test's request builder (`agent.post(url).send(body)`) or a browser root's
    // `render` serves no page from this package.
    return files.some((summary) => fileMayServeDocuments(summary) && this.codeRoleOf(summary) === "server");
  }

  /**
   * Whether `filePath` or a project module it loads, its imports followed all the way, may answer an HTML document
   * (see packageServesDocuments). Undefined when one of them loads modules the links cannot follow: a computed
   * specifier, an autoloaded folder, or a project import that does not resolve.
   */
  loadedFilesServeDocuments(filePath: string): boolean | undefined {
    const graph = (this.importGraph ??= this.linkImports());
    const seen = new Set([filePath]);
    const queue = [filePath];
    let serves = false;
    for (const current of queue) {
      const summary = this.summaries.get(current);
      if (!summary) continue;
      const modules = [...summary.imports.map((binding) => binding.module), ...(summary.codeMarkers?.unboundModules ?? [])];
      if (summary.codeMarkers?.computedLoads || summary.appConfig?.autoloadDirs || modules.some((module) => this.isUnresolvedProjectImport(module, current))) return undefined;
      if (fileMayServeDocuments(summary) && this.codeRoleOf(summary) === "server") serves = true;
      for (const next of graph.imports.get(current) ?? []) {
        if (seen.has(next.filePath)) continue;
        seen.add(next.filePath);
        queue.push(next.filePath);
      }
    }
    return serves;
  }

  /**
   * The body parsers the server code of the package.json holding `filePath` configures, with the file each is in; none
   * for a file no package.json holds (loose files are not known to make one app).
   */
  packageBodyParsers(filePath: string): Array<{ filePath: string; parser: BodyParserSummary }> {
    const manifestRoot = this.manifestOf(filePath)?.packageRoot;
    if (manifestRoot === undefined || this.packageOf(filePath) !== manifestRoot) return [];
    const files = (this.filesByManifestPackage ??= this.indexPackages((file) => this.packageOf(file))).get(manifestRoot) ?? [];
    return files.flatMap((summary) => (summary.bodyParsers && this.codeRoleOf(summary) === "server" ? summary.bodyParsers.map((parser) => ({ filePath: summary.filePath, parser })) : []));
  }

  /**
   * Whether code of the package holding `filePath` uses the address a proxy-trust setting derives: reads `req.ip` or
   * `ctx.ips`, logs it (morgan's `combined`), or has a rate limiter or an IP filter, which key on it by default. With none,
   * trusting every hop changes nothing anyone acts on.
   */
  packageUsesProxiedAddress(filePath: string): boolean {
    const files = this.filesOfDeployable(filePath);
    return files.some(
      (summary) =>
        this.codeRoleOf(summary) !== "test" &&
        (summary.readsProxiedAddress === true || (summary.rateLimiters?.length ?? 0) > 0 || summary.imports.some((binding) => addressReadingModules.test(binding.module))),
    );
  }

  /**
   * Whether a Hono route file of the package holding `filePath` returns a response `fetch()` gave it as it is: headers a
   * middleware writes after `next()` would throw on it (see missing-security-headers).
   */
  packageRelaysFetchedResponses(filePath: string): boolean {
    const files = this.filesOfDeployable(filePath);
    return files.some((summary) => summary.returnsFetchedResponse === true && summary.routes.some((route) => route.framework === "hono") && this.codeRoleOf(summary) === "server");
  }

  /** Whether some NestJS controller of the package holding `filePath` answers a route by returning a value. */
  packageAnswersNestRoutes(filePath: string): boolean {
    const files = this.filesOfDeployable(filePath);
    return files.some((summary) => summary.answersNestRoutes);
  }

  /**
   * Whether the package holding `filePath` (the closest folder with deployment files, see ProjectSettings.deployments)
   * deploys only to a platform whose edge overwrites X-Forwarded-For and X-Real-IP with the connecting address
   * (Vercel), so the client cannot choose them. A package that also ships a container, or names no platform, may run
   * behind any proxy.
   */
  edgeSetsForwardingHeaders(filePath: string): boolean {
    return this.onlyPlatformOf(filePath) === "vercel";
  }

  /**
   * Whether the hosted service of the package holding `filePath` runs on Vercel: the package deploys there, and its
   * only other deployment files build a container, which is what a self-hosted install runs. Code that runs only on the
   * hosted service then sees the forwarding headers Vercel's edge wrote.
   */
  hostedServiceOnVercel(filePath: string): boolean {
    const platforms = closestPackage(this.settings.deployments, filePath)?.platforms ?? [];
    return platforms.includes("vercel") && platforms.every((platform) => platform === "vercel" || platform === "container");
  }

  /**
   * Whether the package holding `filePath` deploys only to Cloudflare (Workers or Pages), whose edge writes
   * CF-Connecting-IP on every request with the connecting address, so code that reads it never sees it missing.
   */
  edgeSetsConnectingIpHeader(filePath: string): boolean {
    return this.onlyPlatformOf(filePath) === "cloudflare";
  }

  /** The one platform the package holding `filePath` deploys to, when its deployment files name exactly one. */
  private onlyPlatformOf(filePath: string): DeploymentPlatform | undefined {
    const closest = closestPackage(this.settings.deployments, filePath);
    return closest?.platforms.length === 1 ? closest.platforms[0] : undefined;
  }

  /**
   * The largest request body the platform lets reach a function of the package holding `filePath`, in bytes, when the
   * package deploys only to a platform that enforces one (Vercel Functions refuse bodies over 4.5 MB with a 413), or,
   * for code that runs only on the hosted service (`hostedOnly`), when that service runs there (see hostedServiceOnVercel).
   */
  platformBodyLimit(filePath: string, hostedOnly = false): number | undefined {
    return this.onlyPlatformOf(filePath) === "vercel" || (hostedOnly && this.hostedServiceOnVercel(filePath)) ? vercelFunctionBodyLimit : undefined;
  }

  /** The closest package.json above `filePath` (see ProjectSettings.packages); undefined when none is known. */
  manifestOf(filePath: string): PackageManifest | undefined {
    return closestPackage(this.settings.packages, filePath);
  }

  /**
   * Whether the package holding `filePath` declares `dependency` in its own package.json. A workspace root's
   * dependencies do not count for its packages: strict installs (pnpm) do not let them resolve it.
   */
  declaresDependency(filePath: string, dependency: string): boolean {
    return this.manifestOf(filePath)?.dependencies.includes(dependency) ?? false;
  }

  /** Whether that package declares `dependency` for production too, not only under devDependencies: code that runs may import it. */
  declaresRuntimeDependency(filePath: string, dependency: string): boolean {
    const manifest = this.manifestOf(filePath);
    return !!manifest?.dependencies.includes(dependency) && !manifest.developmentOnly?.includes(dependency);
  }

  /** True when `name` (as seen from `filePath`) is a project or configured validator helper. */
  /** The project file that defines `name` as seen from `filePath` (following imports and re-exports), when it is the project's own. */
  definitionFileOf(name: string, filePath: string): string | undefined {
    const root = name.split(".")[0]!;
    return this.resolveDefinition(root, filePath, (summary, local) => summary.exports.some((binding) => binding.local === local) || summary.authDelegates?.some((d) => d.name === local) === true);
  }

  /**
   * The project function the factory `name` (as seen from `filePath`) builds its result with, followed through factories
   * that only return another's call (`buildChatHandler()` returning `buildRuntimeHandler({ protocol })`), with the file
   * defining it: the one builder many differently named wrappers share. Undefined when `name` delegates to none.
   */
  builderOrigin(name: string, filePath: string): { name: string; filePath: string } | undefined {
    let origin: { name: string; filePath: string } | undefined;
    let current = { name: name.split(".")[0]!, filePath };
    for (let depth = 0; depth < 3; depth++) {
      let callee: string | undefined;
      const definedIn = this.resolveDefinition(current.name, current.filePath, (summary, local) => (callee = summary.builderDelegates?.find((candidate) => candidate.name === local)?.callee) !== undefined);
      if (!definedIn || callee === undefined) break;
      current = { name: callee, filePath: definedIn };
      origin = { name: callee, filePath: this.definitionFileOf(callee, definedIn) ?? definedIn };
    }
    return origin;
  }

  /** The project function `name` (as seen from `filePath`) reads a credential, though Harden cannot see it refuse without one. */
  readsCredentialWithoutProvenRefusal(name: string, filePath: string): boolean {
    const root = name.split(".")[0]!;
    return this.resolveDefinition(root, filePath, (summary, local) => summary.authDelegates?.some((d) => d.name === local) === true) !== undefined;
  }

  /** Whether `name` (as seen from `filePath`) runs the express-validator chains it is handed and rejects on a failure (see FileSummary.chainRunners). */
  isChainRunner(name: string, filePath: string): boolean {
    return this.resolveDefinition(name, filePath, (summary, local) => summary.chainRunners?.includes(local) === true) !== undefined;
  }

  /** The inputs the express-validator chains the project keeps under `name` check, as seen from `filePath` (see FileSummary.validationChains). */
  validationChainsOf(name: string, filePath: string): readonly ChainSource[] | undefined {
    let found: readonly ChainSource[] | undefined;
    this.resolveDefinition(name, filePath, (summary, local) => {
      found = summary.validationChains?.find((kept) => kept.name === local)?.sources;
      return found !== undefined;
    });
    return found;
  }

  /**
   * The library export `name` (as seen from `filePath`) is, following the project's imports and re-exports to the
   * package it comes from: `body` imported from a helper that does `export { body } from "express-validator"`.
   */
  libraryExportOf(name: string, filePath: string): { module: string; imported: string } | undefined {
    let found: { module: string; imported: string } | undefined;
    this.resolveDefinition(name, filePath, (summary, local) => {
      const binding = summary.imports.find((candidate) => candidate.local === local);
      if (!binding || this.resolveModule(binding.module, summary.filePath) !== undefined) return false;
      found = { module: binding.module, imported: binding.imported };
      return true;
    });
    return found;
  }

  isValidator(name: string, filePath: string): boolean {
    return this.settings.validators.includes(name) || this.validates(name, filePath, 0);
  }

  /**
   * The option a validator factory looks its schema up by, and the request part it validates (see
   * `FileSummary.schemaOptionValidators`); undefined for a validator that always validates.
   */
  validatorSchemaOption(name: string, filePath: string): { option: string; source: ChainSource } | undefined {
    let found: { option: string; source: ChainSource } | undefined;
    this.resolveDefinition(name, filePath, (summary, local) => {
      const entry = summary.schemaOptionValidators?.find((candidate) => candidate.name === local);
      if (entry) found = { option: entry.option, source: entry.source };
      return entry !== undefined;
    });
    return found;
  }

  private validates(name: string, filePath: string, depth: number): boolean {
    return (
      this.resolveDefinition(name, filePath, (summary, local) => {
        if (summary.validators.includes(local)) return true;
        // `(config) => createRoute({ ...config })`: validates when the factory it hands the config to does.
        const forwarded = depth < 3 ? summary.configForwarders?.find((candidate) => candidate.name === local) : undefined;
        return !!forwarded && this.validates(forwarded.callee, summary.filePath, depth + 1);
      }) !== undefined
    );
  }

  /**
   * Whether the project function `callee` (`helper`, `Service.method`, `namespace.fn`, as seen from `filePath`) checks
   * its argument at `index` before trusting it (see parameter-checks.ts), following imports, namespace imports and
   * re-exports to its definition.
   */
  checksParameter(callee: string, filePath: string, index: number, depth = 0): boolean {
    const [root, ...members] = callee.split(".");
    // A helper that hands the argument on as it is checks it when the function it hands it to does (two calls down and more).
    const checks = (summary: FileSummary, name: string): boolean =>
      summary.checkedParameters?.some((entry) => entry.name === name && entry.parameters.includes(index)) === true ||
      (depth < 4 &&
        summary.forwardedParameters?.some((forward) => forward.name === name && forward.parameter === index && this.checksParameter(forward.callee, summary.filePath, forward.index, depth + 1)) === true);
    if (this.resolveMember(root!, members, filePath, checks, 0)) return true;
    // `UploadCommand.create(input)`, where `create` is a static method of a base class (`extends BaseCommand`) that
    // validates an instance of the class it is called on: only a class whose fields carry validation decorators checks anything.
    return members.length === 1 && this.inheritsMember(root!, members[0]!, filePath, checks, 0) && this.isValidatedDto(root!, filePath);
  }

  /**
   * Whether `callee` (as `filePath` names it) checks every field it reads of its argument at `index` and uses the
   * argument no other way (see `carriedParameters`): handed a whole input, it checks what it reads of it and nothing
   * else of the input is used there.
   */
  checksParameterReads(callee: string, filePath: string, index: number, depth = 0): boolean {
    if (depth > 4) return false;
    const [root, ...members] = callee.split(".");
    const landsChecked = (from: string) => ({ callee: next, index: position }: { callee: string; index: number }): boolean =>
      this.checksParameter(next, from, position) || this.checksParameterReads(next, from, position, depth + 1);
    return this.resolveMember(
      root!,
      members,
      filePath,
      (summary, name) => summary.carriedParameters?.some((entry) => entry.name === name && entry.parameter === index && entry.landings.every(landsChecked(summary.filePath))) === true,
      0,
    );
  }

  /** Whether `callee` (as `filePath` names it) only joins the array it is handed at `index` into text (`filterAndJoin(parts)`). */
  joinsParameter(callee: string, filePath: string, index: number): boolean {
    const [root, ...members] = callee.split(".");
    return this.resolveMember(root!, members, filePath, (summary, name) => summary.joinedParameters?.some((entry) => entry.name === name && entry.parameters.includes(index)) === true, 0);
  }

  /**
   * Whether `callee` checks the field `field` of its argument at `index`: a static factory inherited from a validating
   * base (`UpdateProfileCommand.create({ locale: body.locale })`, see `checksParameter`) whose class, or a class it
   * extends, decorates that field with a type or value check. A field checked only for presence, or not declared, is not.
   */
  checksParameterField(callee: string, filePath: string, index: number, field: string): boolean {
    const [className, ...members] = callee.split(".");
    if (members.length !== 1) return false;
    const typesField = (summary: FileSummary, name: string): boolean => {
      const [local, property] = name.split(".");
      return summary.typedDtoFields?.some((entry) => entry.name === local && entry.fields.includes(property!)) === true;
    };
    // Asked for every field of every command a handler builds, on each keystroke: the answer holds while the links do.
    const key = `${filePath}\0${callee}\0${index}\0${field}`;
    let checks = this.checkedParameterFields.get(key);
    if (checks === undefined) {
      checks = this.checksParameter(callee, filePath, index) && this.inheritsMember(className!, field, filePath, typesField, 0);
      this.checkedParameterFields.set(key, checks);
    }
    return checks;
  }

  /**
   * The first class up `className`'s `extends` chain (as seen from `filePath`) that the project does not define: the
   * library or built-in class its hierarchy rests on (`Error`, `BadRequestException`), or undefined when the chain
   * cannot be followed. A name the project does not define at all is its own root.
   */
  rootClassOf(className: string, filePath: string, depth = 0): string | undefined {
    if (depth > 8) return undefined;
    let root: string | undefined = className;
    this.definesThroughBarrels(
      className,
      filePath,
      (summary, local) => {
        const entry = summary.classBases?.find((candidate) => candidate.name === local);
        const declares = entry !== undefined || summary.exports.some((exported) => exported.local === local) || (summary.validatedDtos ?? []).includes(local);
        if (!declares) return false;
        root = entry ? this.rootClassOf(entry.base, summary.filePath, depth + 1) : undefined;
        return true;
      },
      0,
    );
    return root;
  }

  /** The class `className` (as seen from `filePath`) has or inherits a `member` that passes `test`, through its `extends` chain. */
  private inheritsMember(className: string, member: string, filePath: string, test: (summary: FileSummary, name: string) => boolean, depth: number): boolean {
    if (depth > 8) return false;
    let inherits = false;
    this.definesThroughBarrels(
      className,
      filePath,
      (summary, local) => {
        if (test(summary, `${local}.${member}`)) return (inherits = true);
        const base = summary.classBases?.find((entry) => entry.name === local)?.base;
        if (base === undefined) return false;
        inherits = this.inheritsMember(base, member, summary.filePath, test, depth + 1);
        return true;
      },
      0,
    );
    return inherits;
  }

  /** Whether the project function `callee` (as seen from `filePath`) sets up a protocol server and returns it (see parameter-checks.ts). */
  makesProtocolServer(callee: string, filePath: string): boolean {
    return this.resolveMember(callee, [], filePath, (summary, name) => summary.protocolServerFactories?.includes(name) === true, 0);
  }

  /** Whether the project function `callee` (as seen from `filePath`) returns the response of an outbound call (see outbound-calls.ts). */
  returnsFetchedResponse(callee: string, filePath: string): boolean {
    return this.resolveMember(callee, [], filePath, (summary, name) => summary.responseFetchers?.includes(name) === true, 0);
  }

  /** Whether the function `name` (as seen from `filePath`) tells whether an error is of a specific class (see error-kinds.ts). */
  isErrorKindCheck(name: string, filePath: string): boolean {
    return this.definesThroughBarrels(name, filePath, (summary, local) => summary.errorKindChecks?.includes(local) === true, 0);
  }

  /** Whether every failure of the function `name` (as seen from `filePath`), async or not, is the project's own text (see error-kinds.ts). */
  failsWithOwnSentences(name: string, filePath: string): boolean {
    return this.definesThroughBarrels(name, filePath, (summary, local) => summary.ownFailureFunctions?.includes(local) === true, 0);
  }

  /** Whether the function `name` (as seen from `filePath`) only ever throws the project's own refusals (see error-kinds.ts). */
  isRefusingCheck(name: string, filePath: string): boolean {
    return this.definesThroughBarrels(name, filePath, (summary, local) => summary.refusingChecks?.includes(local) === true, 0);
  }

  /**
   * Like `resolveDefinition`, and also through the barrels of a package (`export * from "./errors"`): a file reached
   * through an import that neither defines nor binds the name passes on every name of the modules it re-exports whole.
   */
  private definesThroughBarrels(local: string, filePath: string, test: (summary: FileSummary, localName: string) => boolean, depth: number): boolean {
    const summary = this.summaries.get(filePath);
    if (!summary || depth > 8) return false;
    if (test(summary, local)) return true;
    const binding = summary.imports.find((b) => b.local === local);
    if (binding) {
      const target = this.resolveModule(binding.module, filePath);
      const targetSummary = target ? this.summaries.get(target) : undefined;
      if (!target || !targetSummary) return false;
      const exported = targetSummary.exports.find((e) => e.exported === binding.imported);
      return this.definesThroughBarrels(exported?.local ?? binding.imported, target, test, depth + 1);
    }
    if (depth === 0) return false;
    return (summary.codeMarkers?.unboundModules ?? []).some((module) => {
      const target = this.resolveModule(module, filePath);
      // The module may itself pass the name on by a named re-export (`export { isAppError } from "./errors"`).
      const exported = target === undefined ? undefined : this.summaries.get(target)?.exports.find((e) => e.exported === local);
      return target !== undefined && this.definesThroughBarrels(exported?.local ?? local, target, test, depth + 1);
    });
  }

  /** `root.members…` as seen from `filePath`, followed through imports (a namespace import takes the next member as the export). */
  private resolveMember(root: string, members: string[], filePath: string, test: (summary: FileSummary, name: string) => boolean, depth: number): boolean {
    const summary = this.summaries.get(filePath);
    if (!summary || depth > 8) return false;
    if (test(summary, [root, ...members].join("."))) return true;
    const binding = summary.imports.find((candidate) => candidate.local === root);
    const target = binding ? this.resolveModule(binding.module, filePath) : undefined;
    const targetSummary = target ? this.summaries.get(target) : undefined;
    if (!binding || !target || !targetSummary) return false;
    const imported = binding.imported === "*" ? members[0] : binding.imported;
    if (imported === undefined) return false;
    const local = targetSummary.exports.find((candidate) => candidate.exported === imported)?.local ?? imported;
    return this.resolveMember(local, binding.imported === "*" ? members.slice(1) : members, target, test, depth + 1);
  }

  /**
   * The auth guards the routes within `scope` use, most used first, each with where it is defined and used, how it is
   * called and whom it admits: what a fix may choose from to guard a route the way its siblings are guarded.
   */
  authGuardsInUse(scope: GuardScope = {}): GuardDefinition[] {
    const key = JSON.stringify([scope.frameworks, scope.kinds, scope.packageRoot]);
    let guards = this.guardsInUse.get(key);
    if (!guards) this.guardsInUse.set(key, (guards = this.collectAuthGuards(scope)));
    return guards;
  }

  private collectAuthGuards(scope: GuardScope): GuardDefinition[] {
    const byKey = new Map<string, GuardDefinition>();
    for (const linked of this.allRoutes()) {
      if (scope.frameworks && !scope.frameworks.includes(linked.route.framework)) continue;
      if (scope.packageRoot !== undefined && this.packageOf(linked.filePath) !== scope.packageRoot) continue;
      for (const guard of linked.guards) {
        if (guard.kind === "inline" || guard.kind === "verifier" || !this.isAuthGuard(guard, guard.filePath)) continue;
        if (scope.kinds && !scope.kinds.includes(guard.kind)) continue;
        const definedIn = this.resolveDefinition(guard.name, guard.filePath, (s, local) => s.authGuards.includes(local));
        const key = `${guard.name}@${definedIn ?? ""}`;
        const known = byKey.get(key);
        if (known) {
          known.uses.push(guard);
          continue;
        }
        const shape = this.guardShapeOf(guard.name, guard.filePath);
        const scopeKind = this.guardScopeOf(guard.name, guard.filePath, 0);
        byKey.set(key, { name: guard.name, filePath: definedIn, example: guard, uses: [guard], ...(shape && { shape }), ...(scopeKind && { scope: scopeKind }) });
      }
    }
    return [...byKey.values()].sort((a, b) => b.uses.length - a.uses.length);
  }

  /** The shape of the project function `name` (as seen from `filePath`) that guards, when its definition is visible. */
  private guardShapeOf(name: string, filePath: string): GuardShapeSummary | undefined {
    let shape: GuardShapeSummary | undefined;
    this.resolveDefinition(name.split(".")[0]!, filePath, (summary, local) => (shape = summary.guardShapes?.find((candidate) => candidate.name === local)) !== undefined);
    return shape;
  }

  /** Whom the guard `name` admits beyond a signed-in user: its definition's checks and those of the helpers it delegates to; its name when no definition is visible. */
  private guardScopeOf(name: string, filePath: string, depth: number): GuardScopeKind | undefined {
    const root = name.split(".")[0]!;
    let found: { summary: FileSummary; shape: GuardShapeSummary } | undefined;
    this.resolveDefinition(root, filePath, (summary, local) => {
      const shape = summary.guardShapes?.find((candidate) => candidate.name === local);
      if (shape) found = { summary, shape };
      return shape !== undefined;
    });
    if (!found) return machineGuardName.test(name) ? "machine" : adminGuardName.test(name) ? "admin" : undefined;
    if (found.shape.scope || depth >= 3) return found.shape.scope;
    const delegate = found.summary.authDelegates?.find((candidate) => candidate.name === found!.shape.name);
    for (const callee of delegate?.callees ?? []) {
      if (!this.resolveDefinition(callee, found.summary.filePath, (summary, local) => summary.guardShapes?.some((s) => s.name === local) === true)) continue;
      const scope = this.guardScopeOf(callee, found.summary.filePath, depth + 1);
      if (scope) return scope;
    }
    return undefined;
  }

  /**
   * Whether the package.json holding `filePath` (its entries, scripts or launchers) starts it. By name within that
   * package: a build (`dist/server.js`) stands for its source (`src/server.ts`), wherever the build folder sits. A file
   * outside any package.json is started by nothing known.
   */
  private isLaunchedByItsPackage(filePath: string): boolean {
    return this.isNamedByItsPackage(filePath, "launchedFiles", this.launchedStems);
  }

  /** Whether a script or launcher of the package holding `filePath` starts it as a process (see PackageManifest.startedFiles). */
  private isStartedByItsPackage(filePath: string): boolean {
    return this.isNamedByItsPackage(filePath, "startedFiles", this.startedStems);
  }

  private isNamedByItsPackage(filePath: string, list: "launchedFiles" | "startedFiles", memo: Map<string, ReadonlySet<string>>): boolean {
    const manifest = this.manifestOf(filePath);
    if (!manifest) return false;
    let stems = memo.get(manifest.packageRoot);
    if (!stems) memo.set(manifest.packageRoot, (stems = new Set((manifest[list] ?? []).map(fileStemOf))));
    return stems.has(fileStemOf(filePath));
  }

  /**
   * Some route or socket server of `filePath`'s package goes through an auth guard, or its NestJS app registers a global
   * one: the package tells callers apart. One where none does has no accounts a route or a connection could prove.
   */
  authenticatesInPackage(filePath: string): boolean {
    const root = this.packageOf(filePath);
    let known = this.packagesWithAuth.get(root);
    if (known === undefined) {
      const inPackage = (file: string): boolean => this.packageOf(file) === root;
      known =
        this.allRoutes().some((linked) => inPackage(linked.filePath) && linked.guards.some((guard) => this.isAuthGuard(guard, guard.filePath))) ||
        this.globalGuardsOf(filePath).some((guard) => this.isAuthGuard(guard, guard.filePath)) ||
        [...this.summaries.values()].some((summary) => summary.socketServers.some((server) => server.guards.some((guard) => this.isAuthGuard(guard, summary.filePath))) && inPackage(summary.filePath));
      this.packagesWithAuth.set(root, known);
    }
    return known;
  }

  /**
   * The package `filePath` belongs to: the folder of its closest package.json, or its service (`apps/<name>`) when that
   * is closer or no package.json is known. Scaffolded modules go there, so the route's own package resolves them.
   */
  packageOf(filePath: string): string {
    const manifestRoot = this.manifestOf(filePath)?.packageRoot;
    const serviceRoot = this.serviceRootOf(filePath);
    const isInside = manifestRoot !== undefined && (manifestRoot === this.settings.root || manifestRoot.startsWith(this.settings.root + path.sep));
    return isInside && manifestRoot.length > serviceRoot.length ? manifestRoot : serviceRoot;
  }

  /**
   * `specifier`, imported in `fromFile`, is another package's code: a dependency the project does not contain, or a
   * workspace package other than `fromFile`'s own. A path alias into the same package (`@/lib/x`) is not.
   */
  isOtherPackage(specifier: string, fromFile: string): boolean {
    if (specifier.startsWith(".") || specifier.startsWith("/")) return false;
    const resolved = this.resolveModule(specifier, fromFile);
    return resolved === undefined ? !(specifier.startsWith("@/") || specifier.startsWith("~/")) : this.packageOf(resolved) !== this.packageOf(fromFile);
  }

  /**
   * The folder of the deployable that contains `filePath`: `apps/<name>` and the like in a monorepo (the innermost
   * above any `src` folder), else the project root.
   */
  serviceRootOf(filePath: string): string {
    let serviceRoot = this.serviceRoots.get(filePath);
    if (serviceRoot === undefined) {
      const root = this.settings.root;
      const parts = path.relative(root, filePath).split(path.sep);
      serviceRoot = root;
      // Inside a source folder (`src/modules/tools/email`) such a folder is a layer of the service, not another one.
      const sourceFolder = parts.indexOf("src");
      for (let index = parts.length - 2; index >= 1; index--) {
        if ((sourceFolder === -1 || index - 1 < sourceFolder) && monorepoFolders.has(parts[index - 1]!)) {
          serviceRoot = path.join(root, ...parts.slice(0, index + 1));
          break;
        }
      }
      this.serviceRoots.set(filePath, serviceRoot);
    }
    return serviceRoot;
  }

  /**
   * The outermost `apps/<name>`-style folder holding `filePath`, else the project root: the package whose files are
   * judged together (a `services/` folder inside a package's `src/` is a layer of that package, not a package).
   */
  packageRootOf(filePath: string): string {
    const parts = path.relative(this.settings.root, filePath).split(path.sep);
    for (let index = 1; index < parts.length - 1 && parts[index - 1] !== "src"; index++) {
      if (monorepoFolders.has(parts[index - 1]!)) return path.join(this.settings.root, ...parts.slice(0, index + 1));
    }
    return this.settings.root;
  }

  /**
   * The package root of `filePath` (see packageRootOf), or the folder of its closest package.json when that lies deeper:
   * a folder with its own manifest (one template of a collection, a side service beside the app) is installed and run
   * on its own, so what the app beside it serves is not its answer.
   */
  deployableRootOf(filePath: string): string {
    const packageRoot = this.packageRootOf(filePath);
    const manifestRoot = this.manifestOf(filePath)?.packageRoot;
    return manifestRoot !== undefined && manifestRoot.startsWith(packageRoot + path.sep) ? manifestRoot : packageRoot;
  }

  /**
   * Whether most relative imports of the package holding `filePath` name the file with its emitted extension
   * (`./db.js`), as Node's ESM resolution requires: how a fix writes an import in a file that has no relative import.
   */
  writesImportExtensions(filePath: string): boolean {
    const packageRoot = this.packageOf(filePath);
    let writes = this.importExtensionPackages.get(packageRoot);
    if (writes === undefined) {
      let relative = 0;
      let withExtension = 0;
      for (const summary of this.summaries.values()) {
        if (this.packageOf(summary.filePath) !== packageRoot) continue;
        for (const binding of summary.imports) {
          if (!binding.module.startsWith(".")) continue;
          relative++;
          if (/\.(m|c)?jsx?$/.test(binding.module)) withExtension++;
        }
      }
      writes = withExtension > 0 && withExtension * 2 >= relative;
      this.importExtensionPackages.set(packageRoot, writes);
    }
    return writes;
  }

  /** Whether the service keeps its code under `src/`. */
  hasSourceFolder(serviceRoot: string): boolean {
    let hasSource = this.sourceFolderServices.get(serviceRoot);
    if (hasSource === undefined) {
      const src = path.join(serviceRoot, "src") + path.sep;
      hasSource = [...this.summaries.keys()].some((filePath) => filePath.startsWith(src));
      this.sourceFolderServices.set(serviceRoot, hasSource);
    }
    return hasSource;
  }

  /**
   * Resolves a module specifier to a summarised file: relative, through the project's module aliases (tsconfig
   * `paths`, workspace packages) or, when none leads to a file, `@/` and `~/` as the root or its `src/`.
   */
  resolveModule(specifier: string, fromFile: string): string | undefined {
    const directory = path.dirname(fromFile);
    // Every guard, validator and logger question follows imports here; the answer depends only on the folder.
    const key = `${directory}\0${specifier}`;
    let resolved = this.resolvedModules.get(key);
    if (resolved === undefined) {
      resolved = this.resolveFrom(specifier, directory) ?? "";
      this.resolvedModules.set(key, resolved);
    }
    return resolved || undefined;
  }

  private resolveFrom(specifier: string, directory: string): string | undefined {
    if (specifier.startsWith(".")) return this.findFile(path.resolve(directory, specifier));
    for (const { alias, star } of this.aliasesMatching(specifier)) {
      if (!isInFolder(directory, alias.scope)) continue;
      for (const target of alias.targets) {
        const found = this.findFile(path.normalize(target.replace("*", star)));
        if (found) return found;
      }
    }
    if (!(specifier.startsWith("@/") || specifier.startsWith("~/"))) return undefined;
    const rest = specifier.slice(2);
    return this.findFile(path.join(this.settings.root, "src", rest)) ?? this.findFile(path.join(this.settings.root, rest));
  }

  /** Most specifiers (`react`, `node:fs`) match no alias: asked once per specifier, not once per folder and alias. */
  private aliasesMatching(specifier: string): Array<{ alias: ModuleAlias; star: string }> {
    let matches = this.aliasMatches.get(specifier);
    if (!matches) {
      matches = (this.settings.moduleAliases ?? []).flatMap((alias) => {
        const star = matchModuleAlias(alias.pattern, specifier);
        return star === undefined ? [] : [{ alias, star }];
      });
      this.aliasMatches.set(specifier, matches);
    }
    return matches;
  }

  /** The file itself, else with a source extension (for `./x.js` too), else its folder's `index`. */
  private findFile(base: string): string | undefined {
    if (this.summaries.has(base)) return base;
    const stripped = base.replace(/\.(m|c)?js$/, "");
    for (const extension of sourceExtensions) if (this.summaries.has(stripped + extension)) return stripped + extension;
    for (const extension of sourceExtensions) {
      const index = path.join(base, "index" + extension);
      if (this.summaries.has(index)) return index;
    }
    return undefined;
  }

  /**
   * Follows `local` in `filePath` to the file that defines it (through imports and re-exports) and returns that
   * file when `test` holds for the definition there.
   */
  private resolveDefinition(
    local: string,
    filePath: string,
    test: (summary: FileSummary, localName: string) => boolean,
    depth = 0,
  ): string | undefined {
    const summary = this.summaries.get(filePath);
    if (!summary || depth > 8) return undefined;
    if (test(summary, local)) return filePath;
    const binding = summary.imports.find((b) => b.local === local);
    if (!binding) {
      // A barrel reached through an import (`export * from "./session"`): the name is one of the modules it re-exports whole.
      if (depth > 0 && summary.codeMarkers?.barrel && !local.includes(".")) {
        const source = this.barrelSourceOf(filePath, local);
        return source ? this.resolveDefinition(source.local, source.filePath, test, depth + 1) : undefined;
      }
      if (!local.includes(".")) return undefined;
      // `controllers.removeTenant` through a namespace (or default object) import: the module's own `removeTenant`.
      const member = this.moduleMemberOf(local, filePath);
      if (member) return this.resolveDefinition(member.local, member.filePath, test, depth + 1);
      // `controllers.removeTenant` where `controllers = wrapAll(rawControllers)` maps each member: `rawControllers.removeTenant`.
      const [root, rest] = [local.slice(0, local.indexOf(".")), local.slice(local.indexOf(".") + 1)];
      const mapped = summary.mappedObjects?.find((candidate) => candidate.local === root);
      const mapsMembers = mapped && this.resolveDefinition(mapped.mapper, filePath, (definition, name) => (definition.memberMappers ?? []).includes(name)) !== undefined;
      return mapsMembers ? this.resolveDefinition(`${mapped.source}.${rest}`, filePath, test, depth + 1) : undefined;
    }
    const target = this.resolveModule(binding.module, filePath);
    const targetSummary = target ? this.summaries.get(target) : undefined;
    if (!target || !targetSummary) return undefined;
    const exported = targetSummary.exports.find((e) => e.exported === binding.imported);
    return this.resolveDefinition(exported?.local ?? binding.imported, target, test, depth + 1);
  }

  /**
   * The module a barrel's `export * from` lines take `name` from, and its local name there: the first that exports it,
   * through nested barrels. Asked for every guard and validator imported from a package's index, so kept per name.
   */
  private barrelSourceOf(barrel: string, name: string, depth = 0): { filePath: string; local: string } | undefined {
    const key = `${barrel}\0${name}`;
    const known = this.barrelSources.get(key);
    if (known !== undefined) return known ?? undefined;
    this.barrelSources.set(key, null);
    let source: { filePath: string; local: string } | undefined;
    for (const module of this.summaries.get(barrel)?.codeMarkers?.unboundModules ?? []) {
      const target = this.resolveModule(module, barrel);
      const targetSummary = target === undefined ? undefined : this.summaries.get(target);
      if (!targetSummary) continue;
      const exported = targetSummary.exports.find((binding) => binding.exported === name);
      source = exported ? { filePath: target!, local: exported.local } : targetSummary.codeMarkers?.barrel && depth < 8 ? this.barrelSourceOf(target!, name, depth + 1) : undefined;
      if (source) break;
    }
    this.barrelSources.set(key, source ?? null);
    return source;
  }

  /** Where the file mounts routers, in order: each mounted router's key ("file#local") and the site. */
  private mountSitesIn(summary: FileSummary): Array<{ target: string; site: MountSite }> {
    return summary.uses.flatMap((use) => {
      const site = (middleware: GuardRef[]): MountSite => ({
        summary, owner: use.owner, prefix: joinPaths(use.ownerPrefix ?? "", use.prefix), middleware, position: use.chainedAt ?? use.span.start, nonProductionOnly: use.nonProductionOnly,
        ...(use.registersPlugin && { registersPlugin: true as const }),
      });
      const mounted = use.mounts.map((local) => ({ target: this.resolveLocalRouter(local, summary), site: site(use.middleware) }));
      // A method call that hands out the router its class keeps is that router, not middleware in front of it.
      for (const { instance, method } of use.accessorMounts ?? []) {
        const target = this.accessedRouterKey(summary, instance, method);
        if (target) mounted.push({ target, site: site(use.middleware.filter((guard) => guard.name !== `${instance}.${method}`)) });
      }
      // Likewise a call of a project function that returns a router it made (`app.use("/api", buildApi())`).
      for (const factory of use.factoryMounts ?? []) {
        const target = this.factoryRouterKey(summary, factory);
        // `app.use("/api", requireLogin, users)` with `const users = makeUsers(db)`: `users` is the router, not middleware.
        if (target) mounted.push({ target, site: site(use.middleware.filter((guard) => guard.name !== factory && guard.name !== use.factoryHolder)) });
      }
      for (const local of use.importedMounts ?? []) {
        const target = this.resolveLocalRouter(local, summary);
        if (this.isMadeRouter(target)) mounted.push({ target, site: site(use.middleware.filter((guard) => guard.name !== local)) });
      }
      return mounted;
    });
  }

  /** `instance.method()` where `instance = new C(...)` and C hands out `this.<field>` by that method: "file#C#this.<field>". */
  private accessedRouterKey(summary: FileSummary, instance: string, method: string): string | undefined {
    const className = summary.routerInstances?.find((candidate) => candidate.owner === instance)?.className;
    let key: string | undefined;
    if (className) {
      this.resolveDefinition(className, summary.filePath, (definition, local) => {
        const accessor = definition.routerAccessors?.find((candidate) => candidate.className === local && candidate.method === method);
        if (accessor) key = `${definition.filePath}#${local}#this.${accessor.field}`;
        return accessor !== undefined;
      });
    }
    return key;
  }

  /** "file#local" is an app its file makes (`express()`) or a module-level router it registers routes on. */
  private isMadeRouter(key: string): boolean {
    const at = key.lastIndexOf("#");
    const summary = this.summaries.get(key.slice(0, at));
    const local = key.slice(at + 1);
    return summary !== undefined && (summary.appConfig?.servers.some((server) => server.owner === local) === true || summary.standaloneRouters?.includes(local) === true);
  }

  /** `factory()` where the function, here or through imports, returns a router it made: "file#router". */
  private factoryRouterKey(summary: FileSummary, factory: string): string | undefined {
    let key: string | undefined;
    this.resolveDefinition(factory, summary.filePath, (definition, local) => {
      const owner = definition.ownerFactories?.find((candidate) => candidate.function === local)?.owner;
      if (owner !== undefined) key = `${definition.filePath}#${owner}`;
      return owner !== undefined;
    });
    return key;
  }

  /** The key of a route or `use` owner: "file#owner", or "file#Class#this.<field>" for a router a class keeps and hands out. */
  private ownerKey(summary: FileSummary, owner: string, position: number): string {
    const accessor = owner.startsWith("this.") ? summary.routerAccessors?.find((candidate) => `this.${candidate.field}` === owner && candidate.span.start <= position && position < candidate.span.end) : undefined;
    return accessor ? `${summary.filePath}#${accessor.className}#${owner}` : `${summary.filePath}#${owner}`;
  }

  /** A router is keyed by "file#local": a mounted identifier is followed through its import to its definition. */
  private resolveLocalRouter(local: string, summary: FileSummary, depth = 0): string {
    // `routers.teamRouter`: the member of an imported collection (`export default { teamRouter }`) is that module's `teamRouter`.
    // (Only a plain `a.b`: a re-exported name is keyed by its module specifier, `./auth.v2#default`, dots included.)
    const [root, member] = /^[\w$]+\.[\w$]+$/.test(local) ? local.split(".") : [local];
    const binding = summary.imports.find((b) => b.local === root);
    // `mount("/api", initApis(ctx))`: the app the factory returns is the one mounted.
    const produced = binding ? undefined : summary.ownerFactories?.find((factory) => factory.function === local)?.owner;
    if (!binding || depth > 8) return `${summary.filePath}#${produced ?? local}`;
    const target = this.resolveModule(binding.module, summary.filePath);
    const targetSummary = target ? this.summaries.get(target) : undefined;
    if (!targetSummary) return `${summary.filePath}#${local}`;
    const imported = member === undefined ? binding.imported : binding.imported === "*" ? member : `${binding.imported}.${member}`;
    const exported = targetSummary.exports.find((e) => e.exported === imported);
    if (member !== undefined && exported) return this.resolveLocalRouter(exported.local, targetSummary, depth + 1);
    if (member !== undefined) {
      // `shards.core`, a member of an exported object (`export const shards = { core: createShard("core") }`): keyed in its module.
      const holder = binding.imported === "*" ? undefined : targetSummary.exports.find((e) => e.exported === binding.imported);
      return holder ? `${target}#${holder.local}.${member}` : `${summary.filePath}#${local}`;
    }
    return this.resolveLocalRouter(exported?.local ?? binding.imported, targetSummary, depth + 1);
  }

  /**
   * `app.put("/upload", checkUploader)` before `app.put("/upload", store)` (or `app.all("/upload", …)` before it): in
   * Express, Koa routers and Hono every matching registration runs in order while each calls `next()`, so the earlier
   * one is in the later one's chain.
   */
  private earlierTwinRegistrations(summary: FileSummary, route: RouteSummary): RouteSummary[] {
    if (!route.owner || route.path === "" || !passesToNextMatch.has(route.framework)) return [];
    return summary.routes.filter((other) => other !== route && other.owner === route.owner && other.path === route.path && other.span.start < route.span.start && (other.method === route.method || other.method === "ALL"));
  }

  private linkRoute(summary: FileSummary, recorded: RouteSummary): LinkedRoute {
    const route = this.withImportedOptions(summary.filePath, this.withPackageFramework(summary.filePath, this.asRegisteredPlugin(summary, recorded)));
    const guards: LinkedRoute["guards"] = [];
    let fullPath = route.path;
    if (route.owner) {
      const chain = this.ownerChain(summary, route.owner, route.chainedAt ?? route.span.start, route.path, new Set());
      guards.push(...chain.guards);
      // A Fastify plugin mounted by nothing in the project may be one @fastify/autoload loads, under its folder's prefix.
      const loadedPrefix = route.framework === "fastify" && chain.rootFile ? this.autoloadPrefix(chain.rootFile) : "";
      fullPath = joinPaths(loadedPrefix, joinPaths(chain.prefix, joinPaths(route.ownerPrefix ?? "", route.path)));
    }
    if (route.overnightController !== undefined) {
      const parents = this.overnightParentsOf(summary.filePath, route.overnightController, 0);
      fullPath = joinPaths(parents.prefix, fullPath);
      guards.push(...parents.guards);
    }
    if (route.framework === "nest") {
      fullPath = this.nestAppPath(summary.filePath, route);
      guards.push(...this.nestModuleMiddleware(summary.filePath, route));
    }
    if (route.framework === "next-app" || route.framework === "next-pages") guards.push(...this.nextMiddlewareGuards(summary.filePath, fullPath));
    if (route.framework === "fastify") guards.push(...this.autohookGuards(summary.filePath));
    guards.push(...route.guards.map((guard) => ({ ...guard, filePath: summary.filePath })));
    // An earlier registration of the same path and method on the same app runs first and hands on with `next()`.
    for (const earlier of this.earlierTwinRegistrations(summary, route)) {
      guards.push(...earlier.guards.map((guard) => ({ ...guard, filePath: summary.filePath })));
      // Its handler, named (`app.all("/albums/:id", requireCurator)`), is middleware to this registration.
      if (earlier.handlerName !== undefined) guards.push({ name: earlier.handlerName, kind: "middleware", span: earlier.span, filePath: summary.filePath });
    }
    // A handler another module exports (`export { POST } from "@/modules/..."`) brings the guards that module gives it.
    if (!route.handler && route.handlerName) {
      guards.push(...this.guardsDefinedFor(route.handlerName, summary.filePath, (definition, local) => definition.exportedHandlers?.find((candidate) => candidate.name === local)?.guards));
    }
    // An RPC router the handler dispatches to brings the interceptors every call runs through.
    for (const target of route.dispatchTargets ?? []) {
      guards.push(...this.guardsDefinedFor(target, summary.filePath, (definition, local) => definition.rpcRouters?.find((candidate) => candidate.local === local)?.interceptors));
    }
    if (route.decorators) guards.push(...this.composedDecoratorGuards(route.decorators, summary.filePath));
    // The project's auth helper called with its auth switched off opens the route on purpose, as `publicMiddleware` does.
    const opened = guards.find((guard) => guard.switchedOff && this.isAuthGuard({ name: guard.name, kind: guard.kind }, guard.filePath));
    const applied = guards.filter((guard) => !guard.switchedOff);
    const declaredPublicBy = opened?.name ?? applied.find((guard) => namesPublicAccess(guard.name))?.name;
    const linked = { route, filePath: summary.filePath, fullPath, ...(declaredPublicBy !== undefined ? { declaredPublicBy } : {}) };
    // Paths a guard lets through before its check, written in the guard itself (see `GuardRef.exceptPrefixes`), are not
    // guarded by it; no more than that: an exempted path may still be one that needs a check.
    const checking = applied.filter((guard) => !exemptsPath(guard, fullPath));
    // A guard that lets the project's allow-list of public path prefixes through declares the routes under them public.
    const allowing = checking.find((guard) => this.allowListsPath(guard, fullPath));
    if (!allowing) return { ...linked, guards: checking };
    return { ...linked, guards: checking.filter((guard) => guard !== allowing), allowListedBy: allowing.exceptPrefixesFrom };
  }

  /**
   * A route written as a Fastify route on a plugin's parameter in a file that names no framework (see
   * `RouteSummary.asFastifyPlugin`) is one when a Fastify `register` mounts that plugin: its parameter is a Fastify
   * instance, so the route's own hooks and schema apply. (The plugin's mount prefix and the registering scope's hooks
   * are not linked yet: root hooks that refuse by URL or setting would pass for auth guards, see docs.)
   */
  private asRegisteredPlugin(summary: FileSummary, route: RouteSummary): RouteSummary {
    if (!route.asFastifyPlugin) return route;
    const sites = this.mountsByTarget.get(`${summary.filePath}#${route.asFastifyPlugin.plugin}`) ?? [];
    if (!sites.some((site) => site.registersPlugin) && !this.isAutoloadedPlugin(summary, route.asFastifyPlugin.plugin)) return route;
    return asFastifyRoute(route, route.asFastifyPlugin);
  }

  /**
   * overnight: the controllers that nest `controller` of `filePath` with `@ChildControllers` (found by provenance: the
   * child's name resolves to that class), outermost first: their prefixes and class middleware come before its own.
   */
  private overnightParentsOf(filePath: string, controller: string, depth: number): { prefix: string; guards: LinkedRoute["guards"] } {
    this.overnightParentFiles ??= [...this.summaries.values()].filter((summary) => (summary.overnightParents ?? []).length > 0);
    if (depth > 8) return { prefix: "", guards: [] };
    for (const summary of this.overnightParentFiles) {
      for (const parent of summary.overnightParents!) {
        const nests = parent.children.some((child) => this.resolveDefinition(child, summary.filePath, (definition, name) => definition.filePath === filePath && name === controller) !== undefined);
        if (!nests) continue;
        const outer = this.overnightParentsOf(summary.filePath, parent.controller, depth + 1);
        return { prefix: joinPaths(outer.prefix, parent.prefix), guards: [...outer.guards, ...parent.middleware.map((guard) => ({ ...guard, filePath: summary.filePath }))] };
      }
    }
    return { prefix: "", guards: [] };
  }

  /**
   * `(commands: CommandRouter) => commands.post("/:id", …)` where `CommandRouter` is one of the project's dispatch tables
   * (see `FileSummary.dispatchTableTypes`): an entry the project's own code looks up and runs from the HTTP route that
   * dispatches it, which is judged with its own guards there.
   */
  private filesInDispatchTable(summary: FileSummary, route: RouteSummary): boolean {
    if (route.ownerType === undefined) return false;
    return this.resolveDefinition(route.ownerType, summary.filePath, (definition, local) => definition.dispatchTableTypes?.includes(local) === true) !== undefined;
  }

  /** A route recorded without a framework of its own (see `RouteSummary.frameworkFromPackage`) takes the one server framework its package depends on. */
  private withPackageFramework(filePath: string, route: RouteSummary): RouteSummary {
    if (!route.frameworkFromPackage) return route;
    const frameworks = new Set((this.manifestOf(filePath)?.dependencies ?? []).flatMap((dependency) => frameworkOfModule(dependency) ?? []));
    const [framework] = frameworks;
    if (framework === undefined || frameworks.size !== 1 || framework === route.framework) return route;
    // A Fastify package's route takes its Fastify reading: what sat between path and handler was its options object.
    return framework === "fastify" && route.asFastifyPlugin ? asFastifyRoute(route, route.asFastifyPlugin) : { ...route, framework };
  }

  /**
   * Fastify route options imported whole (`RouteSummary.optionsFrom`), or a route schema taken from another module
   * (`RouteSummary.schemaFrom`), validate the input when the const they name has an input schema.
   */
  private withImportedOptions(filePath: string, route: RouteSummary): RouteSummary {
    if (route.framework !== "fastify" || route.frameworkValidated) return route;
    const validated = (route.optionsFrom !== undefined && this.resolveDefinition(route.optionsFrom, filePath, (definition, local) => definition.fastifyInputOptions?.includes(local) === true) !== undefined) ||
      (route.schemaFrom !== undefined && this.resolveDefinition(route.schemaFrom, filePath, (definition, local) => definition.fastifyInputSchemas?.includes(local) === true) !== undefined);
    return validated ? { ...route, frameworkValidated: true } : route;
  }

  /** The files whose NestJS modules bind middleware (`consumer.apply(...).forRoutes(...)`), found once per model. */
  private nestMiddlewareModulesOf(): FileSummary[] {
    return (this.nestMiddlewareModules ??= [...this.summaries.values()].filter((summary) => (summary.nestMiddlewareBindings ?? []).length > 0));
  }

  /**
   * A NestJS module of the service of `filePath` binds a security-header middleware to every route
   * (`consumer.apply(HelmetMiddleware).forRoutes("{*all}")`, the class's `use` running helmet on its request).
   */
  nestModulesSendSecurityHeaders(filePath: string): boolean {
    const service = this.serviceRootOf(filePath);
    return this.nestMiddlewareModulesOf().some(
      (module) =>
        this.serviceRootOf(module.filePath) === service &&
        module.nestMiddlewareBindings!.some(
          (binding) => binding.excludes.length === 0 && binding.paths.some(coversEveryPath) && binding.middleware.some((middleware) => this.isSecurityHeaderSetter(middleware.name, module.filePath)),
        ),
    );
  }

  /**
   * NestJS: the middleware modules bind to this route (`consumer.apply(AuthMiddleware).forRoutes(UsersController)`),
   * each placed in its module. A controller is named by provenance (the module's import resolves to the route's
   * class); a path binding (`forRoutes("*")`) reaches only the routes of its own service.
   */
  private nestModuleMiddleware(routeFile: string, route: RouteSummary): LinkedRoute["guards"] {
    const guards: LinkedRoute["guards"] = [];
    for (const module of this.nestMiddlewareModulesOf()) {
      const sameService = this.serviceRootOf(module.filePath) === this.serviceRootOf(routeFile);
      for (const binding of module.nestMiddlewareBindings!) {
        if (sameService && binding.excludes.some((pattern) => nestPathCovers(pattern, route.path))) continue;
        const byPath = sameService && binding.paths.some((pattern) => nestPathCovers(pattern, route.path));
        const byController =
          route.nestController !== undefined &&
          binding.controllers.some((local) => this.resolveDefinition(local, module.filePath, (summary, name) => summary.filePath === routeFile && name === route.nestController) !== undefined);
        if (byPath || byController) guards.push(...binding.middleware.map((guard) => ({ ...guard, filePath: module.filePath })));
      }
    }
    return guards;
  }

  /** The guard's allow-list (see `GuardRef.exceptPrefixesFrom`) holds a prefix of `fullPath`; an allow-list Harden cannot read lets nothing through. */
  private allowListsPath(guard: GuardRef & { filePath: string }, fullPath: string): boolean {
    if (guard.exceptPrefixesFrom === undefined || fullPath === "") return false;
    let prefixes: string[] = [];
    this.resolveDefinition(guard.exceptPrefixesFrom, guard.filePath, (summary, name) => {
      prefixes = summary.pathLists?.find((list) => list.name === name)?.values ?? [];
      return prefixes.length > 0;
    });
    return prefixes.some((prefix) => prefix !== "" && `${fullPath}/`.startsWith(prefix));
  }

  /** NestJS: the guards `applyDecorators(UseGuards(...))` gives a route through the project decorators on it, seen where each is defined. */
  private composedDecoratorGuards(names: readonly string[], filePath: string, depth = 0): LinkedRoute["guards"] {
    const guards: LinkedRoute["guards"] = [];
    if (depth > 3) return guards;
    for (const name of names) {
      this.resolveDefinition(name, filePath, (definition, local) => {
        const composed = definition.composedDecorators?.find((candidate) => candidate.name === local);
        if (!composed) return false;
        guards.push(...composed.guards.map((guard) => ({ ...guard, filePath: definition.filePath })));
        guards.push(...this.composedDecoratorGuards(composed.decorators, definition.filePath, depth + 1));
        return true;
      });
    }
    return guards;
  }

  /** The guards `pick` finds for `name` (as seen from `fromFile`) in the module that defines it, each placed in that module. */
  private guardsDefinedFor(name: string, fromFile: string, pick: (definition: FileSummary, local: string) => readonly GuardRef[] | undefined): LinkedRoute["guards"] {
    let guards: LinkedRoute["guards"] = [];
    this.resolveDefinition(name, fromFile, (definition, local) => {
      const found = pick(definition, local);
      if (found) guards = found.map((guard) => ({ ...guard, filePath: definition.filePath }));
      return !!found;
    });
    return guards;
  }

  /**
   * Hooks that fastify-plugin plugins registered on `owner` before `position` add to `owner`'s own scope (and those of
   * the fastify-plugin plugins they register in turn). A plugin without the wrapper keeps its hooks to itself.
   */
  private liftedHooks(summary: FileSummary, owner: string, position: number, depth = 0): LinkedRoute["guards"] {
    if (depth > 4) return [];
    return this.usesOn(summary, owner)
      .filter((use) => use.mounts.length > 0 && use.span.start < position && isInPluginOf(summary, owner, position, use.span.start))
      .flatMap((use) => use.mounts)
      .flatMap((mounted) => {
        const target = this.resolveLocalRouter(mounted, summary);
        const pluginFile = this.summaries.get(target.slice(0, target.lastIndexOf("#")));
        const plugin = pluginFile?.plugins?.find((candidate) => candidate.liftsScope && `${pluginFile.filePath}#${candidate.name}` === target);
        if (!pluginFile || !plugin) return [];
        const end = plugin.span.end;
        const hooks = this.usesOn(pluginFile, plugin.owner)
          .filter((use) => use.mounts.length === 0 && plugin.span.start <= use.span.start && use.span.start < end)
          .flatMap((use) => use.middleware.map((guard) => ({ ...guard, filePath: pluginFile.filePath })));
        return [...hooks, ...this.liftedHooks(pluginFile, plugin.owner, end - 1, depth + 1)];
      });
  }

  /** The file defining the function a hand-off calls: a local's definition, or the required module's export. */
  private resolveHandOff(handOff: RouterHandOffSummary, filePath: string, test: (summary: FileSummary, localName: string) => boolean): string | undefined {
    if (handOff.module === undefined) return this.resolveDefinition(handOff.callee, filePath, test);
    const target = this.resolveModule(handOff.module, filePath);
    if (!target) return undefined;
    const exported = this.summaries.get(target)?.exports.find((binding) => binding.exported === handOff.callee);
    return this.resolveDefinition(exported?.local ?? handOff.callee, target, test, 1);
  }

  /**
   * Set-up functions the app `owner` of `filePath` is handed to (`configure(app)`, `require("./config/express")(app)`)
   * that register a security-header middleware on their parameter: every request reaches it as if registered here.
   */
  helperSendsSecurityHeaders(filePath: string, owner: string): boolean {
    const summary = this.summaries.get(filePath);
    return (summary?.routerHandOffs ?? []).some((handOff) => {
      if (handOff.owner !== owner) return false;
      let parameter: RouterParameterSummary | undefined;
      const file = this.resolveHandOff(handOff, filePath, (definition, local) => {
        parameter = definition.routerParameters?.find((candidate) => candidate.function === local && candidate.index === handOff.index && candidate.property === undefined);
        return parameter !== undefined;
      });
      if (!file || !parameter) return false;
      const { owner: inner, span } = parameter;
      return (this.summaries.get(file)?.appConfig?.securityHeaderUses ?? []).some(
        (use) => use.owner === inner && span.start <= use.span.start && use.span.start < span.end && (use.isKnown || this.isSecurityHeaderSetter(use.name, file)),
      );
    });
  }

  /**
   * Hooks a project function adds to the scope handed to it before `position` (`registerGate(fastify)` whose body
   * calls `fastify.addHook(...)`, `router.use(...)` or registers a fastify-plugin plugin on its parameter): they run
   * on `owner` itself, as if written at the call. Followed `depth` calls deep, each helper's own hooks only.
   */
  private helperHooks(summary: FileSummary, owner: string, position: number, pathOnOwner: string, depth = 0): LinkedRoute["guards"] {
    if (depth > 2) return [];
    return (summary.routerHandOffs ?? [])
      .filter((handOff) => handOff.owner === owner && handOff.position < position && isInPluginOf(summary, owner, position, handOff.position))
      .flatMap((handOff) => {
        let parameter: RouterParameterSummary | undefined;
        const file = this.resolveHandOff(handOff, summary.filePath, (definition, local) => {
          parameter = definition.routerParameters?.find((candidate) => candidate.function === local && candidate.index === handOff.index && candidate.property === undefined);
          return parameter !== undefined;
        });
        const helper = file && this.summaries.get(file);
        if (!helper || !parameter) return [];
        const { owner: inner, span } = parameter;
        const hooks = this.usesOn(helper, inner)
          .filter((use) => use.mounts.length === 0 && span.start <= use.span.start && use.span.start < span.end && isUnderPrefix(pathOnOwner, use.prefix))
          .flatMap((use) => use.middleware.map((guard) => ({ ...guard, filePath: helper.filePath })));
        return [...hooks, ...this.liftedHooks(helper, inner, span.end - 1), ...this.helperHooks(helper, inner, span.end - 1, pathOnOwner, depth + 1)];
      });
  }

  /** Where the Fastify plugin whose parameter `owner` is (at `position`) is registered: `app.register(usersRoutes, { prefix })`. */
  private pluginMountSites(summary: FileSummary, owner: string, position: number): MountSite[] | undefined {
    const plugin = pluginAt(summary, owner, position);
    return plugin && this.mountsByTarget.get(`${summary.filePath}#${plugin.name}`);
  }

  /** Guards of each Next.js `middleware.ts` whose folder holds the route file and whose matchers cover the route's path. */
  private nextMiddlewareGuards(routeFile: string, routePath: string): LinkedRoute["guards"] {
    this.nextMiddlewareFiles ??= [...this.summaries.values()].filter((summary) => summary.nextMiddleware);
    const covers = (patterns: string[]): boolean => patterns.some((pattern) => matchesNextMatcher(routePath, pattern));
    return this.nextMiddlewareFiles.flatMap((summary) => {
      const middleware = summary.nextMiddleware!;
      if (!routeFile.startsWith(path.dirname(summary.filePath) + path.sep)) return [];
      const matched = middleware.matchers.length === 0 || covers(middleware.matchers);
      const isProtected = middleware.protectedPatterns.length === 0 || covers(middleware.protectedPatterns);
      if (!matched || !isProtected || covers(middleware.publicPatterns)) return [];
      return [...middleware.guards, ...pathBranchGuards(middleware, routePath)].map((guard) => ({ ...guard, filePath: summary.filePath }));
    });
  }

  /** Every `fastify.register(autoload, { dir })` of the project, with the file that makes it. */
  private fastifyAutoloads(): NonNullable<typeof this.autoloads> {
    return (this.autoloads ??= [...this.summaries.values()].flatMap((summary) => (summary.fastifyAutoloads ?? []).map((autoload) => ({ ...autoload, from: summary.filePath }))));
  }

  /** `plugin` is the default export of a file in a folder @fastify/autoload registers: Fastify hands it an instance. */
  private isAutoloadedPlugin(summary: FileSummary, plugin: string): boolean {
    if (!summary.exports.some((binding) => binding.exported === "default" && binding.local === plugin)) return false;
    return this.fastifyAutoloads().some((autoload) => isInFolder(path.dirname(summary.filePath), autoload.dir));
  }

  /**
   * Hooks that `@fastify/autoload` adds to a route file's plugins: those of `autohooks.*` in the file's folder, and in
   * the folders above it up to the autoload `dir` when `cascadeHooks` is on; and plugins the same app autoloads from
   * another folder (`plugins/`) whose default export is a library plugin such as `@fastify/rate-limit`.
   */
  private autohookGuards(routeFile: string): LinkedRoute["guards"] {
    const guards: LinkedRoute["guards"] = [];
    for (const autoload of this.fastifyAutoloads()) {
      if (!isInFolder(path.dirname(routeFile), autoload.dir)) continue;
      // A limiter plugin the same scope registered before the autoload limits the plugins it loads (hooks that refuse
      // by URL or setting are not linked from the scope, as for a plain register).
      for (const use of this.summaries.get(autoload.from)?.uses ?? []) {
        if (use.owner !== autoload.owner || use.mounts.length > 0 || use.span.start > autoload.span.start) continue;
        for (const middleware of use.middleware) if (this.isRateLimiter(middleware.name, autoload.from)) guards.push({ ...middleware, filePath: autoload.from });
      }
      for (const sibling of this.fastifyAutoloads()) {
        if (sibling.from !== autoload.from || sibling.owner !== autoload.owner || sibling.dir === autoload.dir) continue;
        for (const summary of this.summaries.values()) {
          const exported = isInFolder(path.dirname(summary.filePath), sibling.dir) && summary.exports.find((binding) => binding.exported === "default");
          if (exported && (summary.rateLimiters ?? []).includes(exported.local)) guards.push({ name: exported.local, kind: "hook", span: { start: 0, end: 0 }, filePath: summary.filePath });
        }
      }
      if (!autoload.autoHooks) continue;
      for (let folder = path.dirname(routeFile); isInFolder(folder, autoload.dir); folder = path.dirname(folder)) {
        const hooks = sourceExtensions.map((extension) => this.summaries.get(path.join(folder, "autohooks" + extension))).find(Boolean);
        if (hooks && hooks.filePath !== routeFile) {
          for (const use of hooks.uses) if (use.mounts.length === 0) guards.push(...use.middleware.map((guard) => ({ ...guard, filePath: hooks.filePath })));
        }
        if (!autoload.cascadeHooks || folder === autoload.dir) break;
      }
    }
    return guards;
  }

  /**
   * A Nest route's path as served: the bootstrap's global prefix (unless it excludes the path), then the URI version
   * segment, then the controller's path. The bootstrap is the one nearest the controller (sharing the longest folder),
   * and none when two are equally near.
   */
  private nestAppPath(controllerFile: string, route: RouteSummary): string {
    this.nestApps ??= [...this.summaries.values()].flatMap((summary) => (summary.nestApp ? [{ folder: path.dirname(summary.filePath), app: summary.nestApp }] : []));
    const shared = (folder: string): number => {
      const ours = controllerFile.split(path.sep);
      const theirs = folder.split(path.sep);
      let depth = 0;
      while (depth < theirs.length && ours[depth] === theirs[depth]) depth++;
      return depth;
    };
    const ranked = this.nestApps.map((candidate) => ({ ...candidate, depth: shared(candidate.folder) })).sort((a, b) => b.depth - a.depth);
    const nearest = ranked[0];
    if (!nearest || ranked[1]?.depth === nearest.depth) return route.path;
    const { globalPrefix, globalPrefixExcludes, uriVersioning } = nearest.app;
    const version = route.nestVersion ?? uriVersioning?.defaultVersion;
    const versionSegment = uriVersioning && version ? `/${uriVersioning.prefix}${version}` : "";
    const trimmed = (text: string): string => text.replace(/^\/+|\/+$/g, "");
    const excluded = globalPrefixExcludes?.some((exclude) => trimmed(exclude) === trimmed(route.path));
    const prefix = globalPrefix && !excluded ? `/${trimmed(globalPrefix)}` : "";
    return joinPaths(joinPaths(prefix, versionSegment), route.path);
  }

  /**
   * The prefix @fastify/autoload mounts a plugin file under: its `options.prefix`, then one segment per folder from
   * `dir` down to the file, then the file's `autoPrefix` export ("" when no autoload loads the file).
   */
  private autoloadPrefix(pluginFile: string): string {
    this.autoloads ??= [...this.summaries.values()].flatMap((summary) => (summary.fastifyAutoloads ?? []).map((autoload) => ({ ...autoload, from: summary.filePath })));
    const folder = path.dirname(pluginFile);
    const autoload = this.autoloads.find((candidate) => candidate.from !== pluginFile && isInFolder(folder, candidate.dir));
    if (!autoload) return "";
    const folders = path.relative(autoload.dir, folder).split(path.sep).filter(Boolean);
    const folderPrefix = folders.length > 0 ? `/${folders.join("/")}` : "";
    return joinPaths(joinPaths(autoload.prefix ?? "", folderPrefix), this.summaries.get(pluginFile)?.fastifyAutoPrefix ?? "");
  }

  /** The file's `use` registrations on `owner`, grouped once per file: each route asks, so a file of many routes was quadratic. */
  private usesOn(summary: FileSummary, owner: string): UseSummary[] {
    let byOwner = this.usesByOwner.get(summary);
    if (!byOwner) {
      byOwner = new Map();
      for (const use of summary.uses) appendTo(byOwner, use.owner, use);
      this.usesByOwner.set(summary, byOwner);
    }
    return byOwner.get(owner) ?? [];
  }

  /**
   * Whether the routes on `owner` in `filePath` are served only outside production: the router is mounted, and every
   * mount of it (or of a router it hangs under) sits in a branch a production deploy never takes.
   */
  /**
   * Whether Nest gets the class `className` of `filePath` only outside production: every file importing it is a module
   * that names it only in the non-production branch of its `providers` (`NODE_ENV === "production" ? Gateway : DevGateway`).
   * Tests run in processes of their own, so what they import does not count.
   */
  providedOnlyOutsideProduction(filePath: string, className: string): boolean {
    const importers = this.importersOfExport(filePath, className).filter((importer) => this.codeRoleOf(importer) !== "test");
    return importers.length > 0 && importers.every((importer) => importer.imports.some((binding) => binding.imported === className && importer.nonProductionProviders?.includes(binding.local) === true));
  }

  /**
   * The route is the project's own job endpoint: it refuses every caller that does not send a secret deploy setting
   * (`token !== process.env.INTERNAL_API_KEY`), and the project itself calls it with that secret in a header, each time
   * from code outside any route handler (a background task, a queue worker). Its input is what those jobs built and
   * its answer goes back to them. A call from a route handler may forward that request's input and relay the answer
   * to its client, so one such caller keeps the route a client's. Tests' calls do not count.
   */
  isCalledOnlyByOwnJobs(linked: LinkedRoute): boolean {
    const setting = linked.guards.find((guard) => !guard.switchedOff && guard.serverSecret !== undefined)?.serverSecret;
    if (setting === undefined) return false;
    const path = linked.fullPath || linked.route.path;
    const callers = [...this.summaries.values()]
      .filter((summary) => this.codeRoleOf(summary) !== "test")
      .flatMap((summary) => (summary.secretSendingCalls ?? []).filter((call) => call.setting === setting && call.path === path).map((call) => ({ summary, call })));
    return callers.length > 0 && callers.every(({ summary, call }) => !this.routesIn(summary.filePath).some(({ route }) => route.handler && route.handler.start <= call.span.start && call.span.end <= route.handler.end));
  }

  /** The route is served only outside production: registered in a non-production branch, or on a router only such a branch mounts. */
  servedOnlyOutsideProduction(linked: LinkedRoute): boolean {
    const { route } = linked;
    return !!route.nonProductionOnly || (route.owner !== undefined && this.mountedOnlyOutsideProduction(linked.filePath, route.owner, route.span.start));
  }

  mountedOnlyOutsideProduction(filePath: string, owner: string, position: number, seen = new Set<string>()): boolean {
    const key = `${filePath}#${owner}`;
    const summary = this.summaries.get(filePath);
    // A router handed to a function (`if (isDev) registerDebugRoutes(app)`) is served where the calls are.
    const sites = this.mountsByTarget.get(key) ?? (summary && this.handOffSites(summary, owner, position));
    if (!sites || sites.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return sites.every((site) => site.nonProductionOnly || this.mountedOnlyOutsideProduction(site.summary.filePath, site.owner, site.position, seen));
  }

  /**
   * The calls that hand a router to the function whose parameter `owner` is at `position` (`registerThings(router)`),
   * or the instances of the router class whose `this` it is: each is where the routes on `owner` are served from.
   */
  private handOffSites(summary: FileSummary, owner: string, position: number): MountSite[] | undefined {
    const contains = (span: Span): boolean => span.start <= position && position < span.end;
    const innermost = <T extends { span: Span }>(candidates: T[]): T | undefined => candidates.filter((c) => contains(c.span)).sort((a, b) => b.span.start - a.span.start)[0];
    if (owner === "this") {
      const routerClass = innermost(summary.routerClasses ?? []);
      return routerClass && this.handOffIndex().get(`${summary.filePath}#${routerClass.name}`);
    }
    const parameter = innermost((summary.routerParameters ?? []).filter((candidate) => candidate.owner === owner));
    if (parameter?.property === undefined) return parameter && this.handOffIndex().get(`${summary.filePath}#${parameter.function}#${parameter.index}`);
    // A plugin hook (`export const onServer = (name, { app }) => ...`) gets the owner its dispatchers hand under that member.
    return parameter.exportedAs !== undefined ? this.handOffIndex().get(`hook:${parameter.exportedAs}#${parameter.property}`) : undefined;
  }

  /** Production hand-off calls and class instances, keyed by the function ("file#function#index") or class ("file#class") they reach. */
  private handOffIndex(): Map<string, MountSite[]> {
    if (this.handOffs) return this.handOffs;
    const index = new Map<string, MountSite[]>();
    const site = (summary: FileSummary, owner: string, position: number, nonProductionOnly?: boolean): MountSite => ({ summary, owner, prefix: "", middleware: [], position, ...(nonProductionOnly && { nonProductionOnly }) });
    for (const summary of this.summaryMap.values()) {
      // A test that mounts a router on a bare harness serves nothing: only production calls say where routes are served.
      if ((!summary.routerHandOffs && !summary.routerInstances && !summary.hookHandOffs) || this.codeRoleOf(summary) === "test") continue;
      for (const handOff of summary.hookHandOffs ?? []) appendTo(index, `hook:${handOff.hook}#${handOff.property}`, site(summary, handOff.owner, handOff.position, handOff.nonProductionOnly));
      for (const handOff of summary.routerHandOffs ?? []) {
        let target: string | undefined;
        const file = this.resolveHandOff(handOff, summary.filePath, (definition, local) => {
          const takes = definition.routerParameters?.some((parameter) => parameter.function === local && parameter.index === handOff.index && parameter.property === undefined) === true;
          if (takes) target = local;
          return takes;
        });
        if (file && target) appendTo(index, `${file}#${target}#${handOff.index}`, site(summary, handOff.owner, handOff.position, handOff.nonProductionOnly));
      }
      for (const instance of summary.routerInstances ?? []) {
        // An instance of a subclass serves the routes every class up its chain registers on `this`.
        for (const { key } of this.instanceClassChain(summary, instance.className)) appendTo(index, key, site(summary, instance.owner, instance.position));
      }
    }
    return (this.handOffs = index);
  }

  /**
   * The class and the project router classes it extends, as "file#class" keys. A base the project does not define (a
   * framework router, or a package's wrapper of one) ends the chain: the instances mounted still serve the routes the
   * class registers on `this`.
   */
  private routerClassChain(filePath: string, routerClass: RouterClassSummary, depth = 0): RouterClassLink[] {
    const link = { key: `${filePath}#${routerClass.name}`, routerClass };
    if (routerClass.base === undefined || depth >= 4) return [link];
    let chain: RouterClassLink[] = [];
    this.resolveDefinition(routerClass.base, filePath, (definition, local) => {
      const base = definition.routerClasses?.find((candidate) => candidate.name === local && candidate !== routerClass);
      if (base) chain = this.routerClassChain(definition.filePath, base, depth + 1);
      return base !== undefined;
    });
    return [link, ...chain];
  }

  /** The router class chain of `new className(...)` in `summary`'s file, empty when it is no project router class. */
  private instanceClassChain(summary: FileSummary, className: string): RouterClassLink[] {
    let chain: RouterClassLink[] = [];
    this.resolveDefinition(className, summary.filePath, (definition, local) => {
      const routerClass = definition.routerClasses?.find((candidate) => candidate.name === local);
      if (routerClass) chain = this.routerClassChain(definition.filePath, routerClass);
      return routerClass !== undefined;
    });
    return chain;
  }

  /** The prefix `owner`'s class hands its router base when `owner` is an instance of a project router class made before `position`. */
  private instancePrefix(summary: FileSummary, owner: string, position: number): string {
    const instance = summary.routerInstances?.filter((candidate) => candidate.owner === owner && candidate.position <= position).at(-1);
    if (!instance) return "";
    return this.instanceClassChain(summary, instance.className).find((link) => link.routerClass.prefix !== undefined)?.routerClass.prefix ?? "";
  }

  /**
   * Of the places a router is mounted or handed in, the one whose chain (the mount's own middleware included)
   * authenticates least: a function called with a guarded router and an open one serves its routes open through the
   * second call, as a router mounted under a guard and again without one does.
   */
  private weakestSite(sites: MountSite[] | undefined, pathOnOwner: string, seen: Set<string>): MountSite | undefined {
    // A mount made only outside production serves no production request, so it is not the weakest while another is.
    const served = sites?.filter((site) => !site.nonProductionOnly);
    if (!sites || !served || sites.length <= 1 || served.length === 0) return sites?.[0];
    const authenticated = (site: MountSite): boolean =>
      site.middleware.some((guard) => this.isAuthGuard(guard, site.summary.filePath)) ||
      this.ownerChain(site.summary, site.owner, site.position, pathOnOwner, new Set(seen)).guards.some((guard) => this.isAuthGuard(guard, guard.filePath));
    return served.find((site) => !authenticated(site)) ?? served[0];
  }

  /** Middleware and prefixes that apply to routes registered on `owner` at `position`, walking up through mounts. */
  private ownerChain(
    summary: FileSummary,
    owner: string,
    position: number,
    pathOnOwner: string,
    seen: Set<string>,
  ): { prefix: string; guards: LinkedRoute["guards"]; rootFile?: string } {
    const key = this.ownerKey(summary, owner, position);
    // Keyed by position too: functions of one file may name the routers handed to them alike (`parent`).
    if (seen.has(`${key}@${position}`)) return { prefix: "", guards: [] };
    seen.add(`${key}@${position}`);
    const localGuards = this.usesOn(summary, owner)
      .filter(
        (use) =>
          (use.appliesToEarlierRoutes || (use.chainedAt ?? use.span.start) < position) &&
          isInPluginOf(summary, owner, position, use.span.start) &&
          use.mounts.length === 0 &&
          isUnderPrefix(pathOnOwner, use.prefix),
      )
      .flatMap((use) => use.middleware.map((guard) => ({ ...guard, filePath: summary.filePath })));
    localGuards.push(...this.liftedHooks(summary, owner, position), ...this.helperHooks(summary, owner, position, pathOnOwner));
    // A router or plugin mounted in several places serves each mount's requests: the mount whose chain does not
    // authenticate decides (dittofeed's webhooks controller, registered in the session scope and in the public one).
    const site = this.weakestSite(this.mountsByTarget.get(key) ?? this.pluginMountSites(summary, owner, position) ?? this.handOffSites(summary, owner, position), pathOnOwner, seen);
    const ownPrefix = this.instancePrefix(summary, owner, position);
    if (!site) return { prefix: ownPrefix, guards: localGuards, rootFile: summary.filePath };
    const parent = this.ownerChain(site.summary, site.owner, site.position, joinPaths(site.prefix, joinPaths(ownPrefix, pathOnOwner)), seen);
    const siteGuards = site.middleware.map((guard) => ({ ...guard, filePath: site.summary.filePath }));
    const prefix = joinPaths(joinPaths(parent.prefix, site.prefix), ownPrefix);
    return { prefix, guards: [...parent.guards, ...siteGuards, ...localGuards], ...(parent.rootFile ? { rootFile: parent.rootFile } : {}) };
  }
}

/** Two Fastify plugins in one file may name their parameter alike: a hook on one must not reach the other's routes. */
function isInPluginOf(summary: FileSummary, owner: string, routePosition: number, usePosition: number): boolean {
  const plugin = pluginAt(summary, owner, routePosition);
  return !plugin || plugin === pluginAt(summary, owner, usePosition);
}

/**
 * The innermost plugin of `owner` around `position`: a plugin registered in place inside another (`fastify.register(async
 * (fastify) => …)`) may name its parameter as the outer one does, and its hooks are its own.
 */
function pluginAt(summary: FileSummary, owner: string, position: number): NonNullable<FileSummary["plugins"]>[number] | undefined {
  let innermost: NonNullable<FileSummary["plugins"]>[number] | undefined;
  for (const plugin of summary.plugins ?? []) {
    if (plugin.owner === owner && plugin.span.start <= position && position < plugin.span.end && (!innermost || plugin.span.start > innermost.span.start)) innermost = plugin;
  }
  return innermost;
}

function joinPaths(prefix: string, routePath: string): string {
  if (!prefix) return routePath;
  if (!routePath || routePath === "/") return prefix;
  return prefix.replace(/\/$/, "") + "/" + routePath.replace(/^\//, "");
}

function isUnderPrefix(routePath: string, prefix: string): boolean {
  if (!prefix || prefix === "/") return true;
  const trimmed = prefix.replace(/\/$/, "");
  return routePath === trimmed || routePath.startsWith(trimmed + "/");
}

/** Adds `value` to the list `key` holds in `map`, starting the list when there is none. */
function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Of per-package facts (manifests, deployments), the one of the innermost package folder holding `filePath`. */
export function closestPackage<T extends { packageRoot: string }>(entries: readonly T[] | undefined, filePath: string): T | undefined {
  let closest: T | undefined;
  for (const entry of entries ?? []) {
    if (!filePath.startsWith(entry.packageRoot + path.sep)) continue;
    if (!closest || entry.packageRoot.length > closest.packageRoot.length) closest = entry;
  }
  return closest;
}

/** Whether a summary field holds anything: a non-empty list, true, or any other value. */
function isFact(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false;
}

/** A catch-all segment by its syntax, whatever its name: `*`, `(.*)`, path-to-regexp 8's `*rest` and `{*wildcard}`. */
const catchAllSegment = /^(\*\w*|\{\*\w+\}|\(\.\*\))$/;

/** A `forRoutes` path made only of catch-all segments (`"*"`, `"/{*all}"`): it covers every route of the service. */
function coversEveryPath(pattern: string): boolean {
  const segments = pattern.split("/").filter(Boolean);
  return segments.length > 0 && segments.every((segment) => catchAllSegment.test(segment));
}

/** A `forRoutes`/`exclude` path (`"*"`, `"(.*)"`, `"users/*"`, `"users/:id"`) covers the route's controller path. */
function nestPathCovers(pattern: string, routePath: string): boolean {
  const trim = (value: string): string => value.replace(/^\/+|\/+$/g, "");
  const wanted = trim(pattern);
  if (wanted === "") return false;
  const source = wanted
    .split("/")
    .map((segment) => (catchAllSegment.test(segment) ? ".*" : segment.startsWith(":") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}$`, "i").test(trim(routePath));
}

/** Packages whose export wraps an async middleware so its rejection reaches `next`, and does nothing else. */
const asyncWrapperModule = /^(express-async-handler|express-async-wrap|express-asyncify|@awaitjs\/express|async-handler-express)$/;

/**
 * Where each offset of `before`'s links is in `after`'s, two versions of a file with the same link fingerprint: the
 * offsets ranked alike. Null when the first one moved: the model places guards that have no place of their own at 0,
 * which no edit moves.
 */
function movedOffsets(before: FileSummary, after: FileSummary): Map<number, number> | null {
  const from = linkOffsets(linksOf(before));
  const to = linkOffsets(linksOf(after));
  if (from.length !== to.length || (from[0] === 0 && to[0] !== 0)) return null;
  return new Map(from.map((offset, index) => [offset, to[index]!]));
}

/** A route recorded as Express read as the Fastify route it is (see `RouteSummary.asFastifyPlugin`): its options' hooks and schema apply. */
function asFastifyRoute(route: RouteSummary, reading: NonNullable<RouteSummary["asFastifyPlugin"]>): RouteSummary {
  const { asFastifyPlugin: _read, frameworkFromPackage: _decided, ...recorded } = route;
  return { ...recorded, framework: "fastify", guards: reading.guards, frameworkValidated: reading.frameworkValidated };
}
