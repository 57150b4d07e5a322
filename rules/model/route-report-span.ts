// Where a finding about a whole route is underlined: the method and path as registered (`post("/orders"`), the
// exported method's name, the HTTP decorator — never the handler's body, which can run for pages. Reads, never reports.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";
import { httpDecoratorOf } from "./frameworks/nest.js";
import { findNodeBySpan, spanOf } from "./syntax.js";
import type { RouteSummary } from "./types.js";

export function routeReportSpan(route: RouteSummary, sourceFile: ts.SourceFile): Span {
  const found = findNodeBySpan(sourceFile, route.span);
  const node = found && ts.isExpressionStatement(found) ? found.expression : found;
  if (!node) return firstLineOf(route.span, sourceFile.text);
  if (ts.isCallExpression(node)) return registrationSpan(node, sourceFile);
  const decorator = ts.isMethodDeclaration(node.parent) && node.parent.name === node ? httpDecoratorOf(node.parent) : undefined;
  if (decorator) return spanOf(decorator, sourceFile);
  // `case "POST":` in a pages handler's method switch, not the statements under it.
  if (ts.isCaseClause(node)) return { start: node.getStart(sourceFile), end: node.expression.getEnd() };
  // `export default withSession(async (req, res) => …)`: the export and its wrapper, not the handler inside.
  if (ts.isExportAssignment(node)) return firstLineOf({ start: node.getStart(sourceFile), end: headOf(node.expression, sourceFile) }, sourceFile.text);
  return firstLineOf(spanOf(node, sourceFile), sourceFile.text);
}

/** `router.post("/orders", …)` → `post("/orders"`; `router.route("/orders").post(…)` → `route("/orders").post`. */
function registrationSpan(call: ts.CallExpression, sourceFile: ts.SourceFile): Span {
  const callee = call.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  const routeCall = ts.isPropertyAccessExpression(callee) && ts.isCallExpression(callee.expression) ? callee.expression : undefined;
  // Only `.route("/x")` names the path of the method after it; in `new Hono().post("/a", …).post("/b", …)` the call
  // before is another route.
  const routeOwner = routeCall && ts.isPropertyAccessExpression(routeCall.expression) && routeCall.expression.name.text === "route" ? routeCall.expression : undefined;
  const chainedFrom = routeOwner && isPathArgument(routeCall!.arguments[0]) ? routeOwner.name : undefined;
  const [first] = call.arguments;
  const start = (chainedFrom ?? name).getStart(sourceFile);
  const end = !chainedFrom && first && isPathArgument(first) ? first.getEnd() : name.getEnd();
  return firstLineOf({ start, end }, sourceFile.text);
}

function isPathArgument(node: ts.Expression | undefined): boolean {
  if (!node) return false;
  if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node) || ts.isRegularExpressionLiteral(node)) return true;
  return ts.isArrayLiteralExpression(node) && node.elements.every((element) => ts.isStringLiteralLike(element));
}

/** Where a wrapped handler's head ends: the callee of `withX(…)`, else the expression's first token. */
function headOf(expression: ts.Expression, sourceFile: ts.SourceFile): number {
  if (ts.isCallExpression(expression)) return expression.expression.getEnd();
  return expression.getStart(sourceFile) + expression.getFirstToken(sourceFile)!.getWidth(sourceFile);
}

/** A span cut at the end of its first line (trailing spaces dropped), so no route is underlined over many lines. */
function firstLineOf(span: Span, text: string): Span {
  const lineEnd = text.indexOf("\n", span.start);
  if (lineEnd === -1 || lineEnd >= span.end) return span;
  const end = span.start + text.slice(span.start, lineEnd).trimEnd().length;
  return { start: span.start, end: Math.max(end, span.start + 1) };
}
