// The provenance scope of a file for request-provenance.ts, as the linked project sees it: its route handlers (those
// registered elsewhere included), its raw request listeners, and what callers in other files hand its exports.
import { ts } from "ts-morph";
import type { ProjectModel } from "./project-model.js";
import { requestListenersIn } from "./request-listeners.js";
import type { ProvenanceScope } from "./request-provenance.js";
import { distinctHandlers, routeHandlersIn } from "./route-handlers.js";
import { hasModifier, isFunctionLike, unwrapExpression, type FunctionLike } from "./syntax.js";
import type { FileSummary, Framework } from "./types.js";

const scopes = new WeakMap<ts.SourceFile, { project: ProjectModel; scope: ProvenanceScope }>();

export function requestScopeOf(project: ProjectModel, file: FileSummary, sourceFile: ts.SourceFile): ProvenanceScope {
  const last = scopes.get(sourceFile);
  if (last?.project === project) return last.scope;
  const requestFunctions = new Map<FunctionLike, Framework>();
  for (const { linked, handler } of distinctHandlers(routeHandlersIn(project, file, sourceFile))) requestFunctions.set(handler, linked.route.framework);
  for (const listener of requestListenersIn(sourceFile)) if (!requestFunctions.has(listener)) requestFunctions.set(listener, "express");
  const middleware = file.nextMiddleware && nextMiddlewareFunction(sourceFile);
  if (middleware) requestFunctions.set(middleware, "next-app");
  const requestArgumentsOf = (local: string): ReadonlySet<number> => {
    const exported = file.exports.find((binding) => binding.local === local)?.exported;
    return (exported !== undefined && project.callsOfExport(file.filePath, exported)?.requestArguments) || new Set();
  };
  const scope = { sourceFile, requestFunctions, requestArgumentsOf };
  scopes.set(sourceFile, { project, scope });
  return scope;
}

/**
 * The function Next.js runs on every matched request of a `middleware.ts`: `export function middleware(request)`, an
 * exported const holding one, or the default export. No route registers it, so the route handlers do not hold it.
 */
function nextMiddlewareFunction(sourceFile: ts.SourceFile): FunctionLike | undefined {
  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && hasModifier(statement, ts.SyntaxKind.ExportKeyword) && (statement.name?.text === "middleware" || hasModifier(statement, ts.SyntaxKind.DefaultKeyword))) return statement;
    if (ts.isExportAssignment(statement) && !statement.isExportEquals && isFunctionLike(unwrapExpression(statement.expression))) return unwrapExpression(statement.expression) as FunctionLike;
    if (ts.isVariableStatement(statement) && hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      const declared = statement.declarationList.declarations.find((declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === "middleware");
      const value = declared?.initializer && unwrapExpression(declared.initializer);
      if (value && isFunctionLike(value)) return value;
    }
  }
  return undefined;
}
