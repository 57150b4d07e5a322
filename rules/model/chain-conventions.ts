// A project's conventions in its route chains: middleware and wrappers Harden cannot settle (neither a proven auth
// guard, validator nor rate limiter) and the routes that go through each. When most routes of a folder go through one,
// that is the folder's convention: a rule asks about it once, and reports only the routes that deviate from it.
import * as path from "node:path";
import { parsedBodyFormatsOf } from "./body-limits.js";
import type { LinkedRoute, ProjectModel } from "./project-model.js";
import type { GuardRef } from "./types.js";

export type ChainMember = GuardRef & { filePath: string };

/** A chain member Harden could not settle, keyed by where it is defined (or, unseen, by its name). */
export interface UnsettledMember {
  member: ChainMember;
  /** The project file that defines it, when its definition is the project's own. */
  definedIn?: string;
  key: string;
}

/** How many routes through one unsettled member make it a convention rather than a route's own choice. */
export const conventionSize = 3;

/** The middleware, hooks and wrappers in the route's chain that are neither a proven guard, validator nor limiter. */
export function unsettledMembers(project: ProjectModel, linked: LinkedRoute): UnsettledMember[] {
  return linked.guards
    .filter(
      (guard) =>
        (guard.kind === "middleware" || guard.kind === "wrapper" || guard.kind === "hook") &&
        !project.isAuthGuard(guard, guard.filePath) &&
        !project.isValidator(guard.name, guard.filePath) &&
        !project.isRateLimiter(guard.name, guard.filePath) &&
        // `express.urlencoded({ extended: true })`: a body parser, known for what it is; it neither checks nor settles input.
        parsedBodyFormatsOf(guard.name, project.summaries.get(guard.filePath)?.imports ?? []) === undefined,
    )
    .map((member) => {
      const definedIn = project.definitionFileOf(member.name, member.filePath);
      return { member, ...(definedIn && { definedIn }), key: `${definedIn ?? ""}#${member.name}` };
    });
}

const routesByMember = new WeakMap<ProjectModel, Map<string, LinkedRoute[]>>();

/** Every route of the project whose chain holds the unsettled member `key`, in a stable order (file, then position). */
export function routesThrough(project: ProjectModel, key: string): LinkedRoute[] {
  let byMember = routesByMember.get(project);
  if (!byMember) {
    byMember = new Map();
    const sorted = [...project.allRoutes()].sort((a, b) => (a.filePath === b.filePath ? a.route.span.start - b.route.span.start : a.filePath < b.filePath ? -1 : 1));
    for (const linked of sorted) {
      for (const { key: memberKey } of unsettledMembers(project, linked)) {
        const users = byMember.get(memberKey) ?? [];
        if (users.at(-1) !== linked) users.push(linked);
        byMember.set(memberKey, users);
      }
    }
    routesByMember.set(project, byMember);
  }
  return byMember.get(key) ?? [];
}

/**
 * The member is the convention where `linked` sits: at least `conventionSize` routes of the project go through it, and
 * so do most routes of `linked`'s folder that `counts` admits (say, those that take a body).
 */
export function isFolderConvention(project: ProjectModel, linked: LinkedRoute, key: string, counts: (route: LinkedRoute) => boolean): boolean {
  const users = routesThrough(project, key);
  if (users.length < conventionSize) return false;
  const folder = path.dirname(linked.filePath);
  const siblings = project.allRoutes().filter((route) => path.dirname(route.filePath) === folder && counts(route));
  const following = siblings.filter((route) => users.includes(route));
  return following.length * 2 > siblings.length;
}
