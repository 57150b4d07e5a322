// The route handlers whose code lives in a file: routes registered there with an inline or local handler, and routes
// registered elsewhere whose handler this file exports. For rules that inspect handler bodies; it reads, never reports.
import type { ts } from "ts-morph";
import { findLocalFunction } from "./frameworks/next.js";
import type { LinkedRoute, ProjectModel } from "./project-model.js";
import { findNodeBySpan, functionBoundTo, isFunctionLike, type FunctionLike } from "./syntax.js";
import type { FileSummary, RouteSummary } from "./types.js";

export interface HandledRoute {
  linked: LinkedRoute;
  handler: FunctionLike;
}

/** The last answer for each tree: the rules checking a file ask for its handlers, each with the same model and summary. */
const lastHandled = new WeakMap<ts.SourceFile, { project: ProjectModel; file: FileSummary; handled: readonly HandledRoute[] }>();

export function routeHandlersIn(project: ProjectModel, file: FileSummary, sourceFile: ts.SourceFile): readonly HandledRoute[] {
  const last = lastHandled.get(sourceFile);
  if (last?.project === project && last.file === file) return last.handled;
  const handled = findRouteHandlers(project, file, sourceFile);
  lastHandled.set(sourceFile, { project, file, handled });
  return handled;
}

function findRouteHandlers(project: ProjectModel, file: FileSummary, sourceFile: ts.SourceFile): HandledRoute[] {
  const handled: HandledRoute[] = [];
  for (const linked of project.routesIn(file.filePath)) {
    const handler = handlerFunctionOf(linked.route, sourceFile);
    if (handler) handled.push({ linked, handler });
  }
  const topLevel = sourceFile.statements[0];
  if (!topLevel) return handled;
  for (const { linked, exportedName } of project.routesWithHandlerFrom(file.filePath)) {
    const local = file.exports.find((candidate) => candidate.exported === exportedName)?.local;
    const handler = local ? functionBoundTo(local, topLevel) : undefined;
    if (handler) handled.push({ linked, handler });
  }
  return handled;
}

/**
 * A route's handler in its own file: the function at its span, or the local function its registration names
 * (`router.post("/", createUser)`), inside the wrappers it is bound through (`const createUser = withTiming(async …)`).
 */
export function handlerFunctionOf(route: RouteSummary, sourceFile: ts.SourceFile): FunctionLike | undefined {
  if (route.handler) return findNodeBySpan(sourceFile, route.handler, isFunctionLike);
  if (!route.handlerName || route.handlerName.includes(".")) return undefined;
  const registration = findNodeBySpan(sourceFile, route.span);
  return registration && findLocalFunction(route.handlerName, registration);
}

/** Each handler once, however many routes (methods, paths) share it. */
export function distinctHandlers(routes: readonly HandledRoute[]): HandledRoute[] {
  const seen = new Set<FunctionLike>();
  return routes.filter(({ handler }) => !seen.has(handler) && !!seen.add(handler));
}
