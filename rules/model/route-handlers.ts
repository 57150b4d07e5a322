// The route handlers whose code lives in a file: routes registered there with an inline or local handler, and routes
// registered elsewhere whose handler this file exports. For rules that inspect handler bodies; it reads, never reports.
import { ts } from "ts-morph";
import { findLocalFunction } from "./frameworks/next.js";
import type { LinkedRoute, ProjectModel } from "./project-model.js";
import { findDeclaration, findNodeBySpan, functionBoundTo, hasModifier, isFunctionLike, type FunctionLike } from "./syntax.js";
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
  if (!route.handlerName) return undefined;
  const registration = findNodeBySpan(sourceFile, route.span);
  if (!registration) return undefined;
  const [owner, member, ...rest] = route.handlerName.split(".");
  if (member === undefined) return findLocalFunction(route.handlerName, registration);
  return rest.length === 0 ? staticMethodOf(owner!, member, registration) : undefined;
}

/** `Uploader.routeUploadFile`: a static method of a class declared in this file, which the name reaches as it is. */
function staticMethodOf(className: string, methodName: string, from: ts.Node): FunctionLike | undefined {
  const declaration = findDeclaration(className, from);
  if (!declaration || !ts.isClassDeclaration(declaration)) return undefined;
  return declaration.members.find(
    (member): member is ts.MethodDeclaration =>
      ts.isMethodDeclaration(member) && !!member.body && ts.isIdentifier(member.name) && member.name.text === methodName && hasModifier(member, ts.SyntaxKind.StaticKeyword),
  );
}

/** Each handler once, however many routes (methods, paths) share it. */
export function distinctHandlers(routes: readonly HandledRoute[]): HandledRoute[] {
  const seen = new Set<FunctionLike>();
  return routes.filter(({ handler }) => !seen.has(handler) && !!seen.add(handler));
}
