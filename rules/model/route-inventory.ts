// The route inventory a security review asks for: every route the model links, with its chain's guards sorted by what
// each does (authentication, validation, rate limiting, other) and where each is defined, and the body limits its
// chain's parsers set. Facts only, from the linked project; hosts attach findings and print it (`harden routes`).
import type { Span } from "../engine/types.js";
import { isDeclaredPublic, type LinkedRoute, type ProjectModel } from "./project-model.js";
import type { Framework, GuardRef, HttpMethod } from "./types.js";

export type GuardRole = "auth" | "validation" | "rate-limit" | "other";

export interface InventoriedGuard {
  name: string;
  kind: GuardRef["kind"];
  role: GuardRole;
  /** The file that applies it (a mount in another file, or the route's own). */
  appliedIn: string;
  /** The project file that defines it, when it is the project's own (absent for a package's guard). */
  definedIn?: string;
}

export interface InventoriedBodyLimit {
  /** The parser as written where it is applied: `express.json`, `bodyParser`, `bodyLimit`. */
  parser: string;
  /** The option that sets it: `limit`, `jsonLimit`, `maxSize`. */
  option: string;
  /** The limit in bytes, when it is a constant. */
  bytes?: number;
  /** The parser takes bodies of any size: the limit is switched off, or unset where the library has none. */
  unlimited: boolean;
  /** The file that configures it. */
  filePath: string;
}

export interface InventoriedRoute {
  method: HttpMethod;
  /** Mount prefixes joined with the route's own path ("" when not statically known). */
  path: string;
  framework: Framework;
  filePath: string;
  span: Span;
  /** The handler function, when it is written at the registration. */
  handler?: Span;
  guards: InventoriedGuard[];
  /** A framework-level validator applies (Fastify `schema`, `zValidator`, a Nest ValidationPipe on a decorated DTO...). */
  frameworkValidated: boolean;
  /** An explicit public marker (`@Public()`, a `publicMiddleware`, a comment saying so), or the project's allow-list of public paths that its auth middleware lets through. */
  markedPublic: boolean;
  /** The limits the body parsers in the route's chain set explicitly (or lack where their library has none). */
  bodyLimits: InventoriedBodyLimit[];
  /** The largest body the deployment platform lets through, in bytes, when it enforces one. */
  platformBodyLimit?: number;
}

/**
 * Every production route: a route a test registers on a harness is not served by the deployed app, and a "route" in
 * browser code is a request the page sends (`api.post(url, data)` in an AMD module).
 */
export function inventoryRoutes(project: ProjectModel): InventoriedRoute[] {
  return project
    .allRoutes()
    .filter((linked) => {
      const role = project.codeRoleOf(project.summaries.get(linked.filePath)!);
      return role !== "test" && role !== "browser";
    })
    .map((linked) => inventoried(project, linked));
}

function inventoried(project: ProjectModel, linked: LinkedRoute): InventoriedRoute {
  const { route, filePath, fullPath, guards } = linked;
  return {
    method: route.method,
    path: fullPath,
    framework: route.framework,
    filePath,
    span: route.span,
    ...(route.handler ? { handler: route.handler } : {}),
    guards: guards.flatMap((guard) => {
      const role = roleOf(project, guard);
      // A helper the handler calls first, or hands part of the request to, guards only when it authenticates.
      if ((guard.kind === "call" || guard.kind === "verifier") && role !== "auth") return [];
      const definedIn = project.definitionFileOf(guard.name, guard.filePath);
      return [{ name: guard.name, kind: guard.kind, role, appliedIn: guard.filePath, ...(definedIn ? { definedIn } : {}) }];
    }),
    frameworkValidated: route.frameworkValidated,
    markedPublic: isDeclaredPublic(linked),
    bodyLimits: guards.flatMap((guard) => bodyLimitsOf(project, guard)),
    ...(project.platformBodyLimit(filePath) !== undefined ? { platformBodyLimit: project.platformBodyLimit(filePath) } : {}),
  };
}

function roleOf(project: ProjectModel, guard: GuardRef & { filePath: string }): GuardRole {
  if (project.isAuthGuard(guard, guard.filePath)) return "auth";
  if (project.isValidator(guard.name, guard.filePath)) return "validation";
  if (project.isRateLimiter(guard.name, guard.filePath)) return "rate-limit";
  return "other";
}

/** The limits a body-parser middleware in the chain configures, read from the file that applies it (where its call is). */
function bodyLimitsOf(project: ProjectModel, guard: GuardRef & { filePath: string }): InventoriedBodyLimit[] {
  const parsers = project.summaries.get(guard.filePath)?.bodyParsers ?? [];
  return parsers
    .filter((parser) => parser.span.start === guard.span.start && parser.span.end === guard.span.end)
    .map((parser) => ({
      parser: parser.parser,
      option: parser.option,
      ...(parser.bytes !== undefined ? { bytes: parser.bytes } : {}),
      unlimited: parser.unlimited === true || parser.missing === true,
      filePath: guard.filePath,
    }));
}
