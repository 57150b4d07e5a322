// Small syntactic helpers shared by the framework extractors and rules: raw TypeScript nodes only,
// no ts-morph wrappers and no type checker.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";

/** The callee as written when it is a name or a dotted chain (`app.post`, `supabase.auth.getUser`), else undefined. */
export function calleeText(call: ts.CallExpression | ts.NewExpression | ts.Decorator): string | undefined {
  const callee = ts.isDecorator(call) ? (ts.isCallExpression(call.expression) ? call.expression.expression : call.expression) : call.expression;
  return dottedName(callee);
}

/** `a`, `a.b.c` (also `this.a`), else undefined. */
export function dottedName(node: ts.Expression): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return "this";
  if (ts.isPropertyAccessExpression(node)) {
    const object = dottedName(node.expression);
    return object === undefined ? undefined : `${object}.${node.name.text}`;
  }
  return undefined;
}

/** The value of a string literal or a template without substitutions. */
export function stringValue(node: ts.Node | undefined): string | undefined {
  return node && ts.isStringLiteralLike(node) ? node.text : undefined;
}

export type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration;

export function isFunctionLike(node: ts.Node | undefined): node is FunctionLike {
  return !!node && (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node));
}

/** The node's span without leading trivia. */
export function spanOf(node: ts.Node, sourceFile?: ts.SourceFile): Span {
  return { start: node.getStart(sourceFile), end: node.getEnd() };
}

/** The outermost node whose span (without trivia) is exactly `span` and that satisfies `test`, e.g. a handler found again from a summary. */
export function findNodeBySpan<T extends ts.Node>(sourceFile: ts.SourceFile, span: Span, test: (node: ts.Node) => node is T): T | undefined;
export function findNodeBySpan(sourceFile: ts.SourceFile, span: Span, test?: (node: ts.Node) => boolean): ts.Node | undefined;
export function findNodeBySpan(sourceFile: ts.SourceFile, span: Span, test: (node: ts.Node) => boolean = () => true): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (found || node.getEnd() < span.end || node.pos > span.start) return;
    if (node.getStart(sourceFile) === span.start && node.getEnd() === span.end && test(node)) {
      found = node;
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sourceFile, visit);
  return found;
}

export function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);
}

export function decoratorsOf(node: ts.Node): readonly ts.Decorator[] {
  return ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
}
