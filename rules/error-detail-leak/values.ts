// error-detail-leak: where a sent value comes from: the caught error, a value derived from it, or a local holding either.

import { ts } from "ts-morph";
import { errorParameterOf } from "../model/responses.js";
import { calleeText, constInitializerOf, isFunctionLike, outermostValue, unwrapExpression } from "../model/syntax.js";
import type { GuardFacts, Leak } from "./types.js";
import { isGuarded } from "./guards.js";

const { SyntaxKind } = ts;

/** Error properties that carry internals: messages with SQL or paths, stacks, driver details. `code`/`name`/`status` are fine. */
const leakyProperties = new Set(["message", "stack", "sql", "sqlMessage", "detail", "details", "hint", "query", "path", "cause", "errors", "meta", "table", "constraint"]);
/** Calls that turn their argument into the text sent. */
export const stringifiers = new Set(["String", "JSON.stringify", "util.inspect", "inspect", "util.format", "format"]);

/** The names and property reads whose values end up in the body: through object/array literals, templates, `+`, branches. */
export function valueLeaves(expression: ts.Expression): ts.Expression[] {
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isNonNullExpression(expression)) return valueLeaves(expression.expression);
  if (ts.isObjectLiteralExpression(expression)) {
    return expression.properties.flatMap((property) => {
      if (ts.isPropertyAssignment(property)) return valueLeaves(property.initializer);
      if (ts.isShorthandPropertyAssignment(property)) return [property.name];
      if (ts.isSpreadAssignment(property)) return valueLeaves(property.expression);
      return [];
    });
  }
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.flatMap((element) => valueLeaves(ts.isSpreadElement(element) ? element.expression : element));
  if (ts.isTemplateExpression(expression)) return expression.templateSpans.flatMap((span) => valueLeaves(span.expression));
  if (ts.isBinaryExpression(expression)) {
    const kind = expression.operatorToken.kind;
    if (kind === SyntaxKind.PlusToken || kind === SyntaxKind.BarBarToken || kind === SyntaxKind.QuestionQuestionToken) return [...valueLeaves(expression.left), ...valueLeaves(expression.right)];
    return [];
  }
  if (ts.isConditionalExpression(expression)) return [...valueLeaves(expression.whenTrue), ...valueLeaves(expression.whenFalse)];
  if (ts.isCallExpression(expression)) {
    if (stringifiers.has(calleeText(expression) ?? "")) return expression.arguments.flatMap(valueLeaves);
    // `err.toString()`
    if (ts.isPropertyAccessExpression(expression.expression) && expression.expression.name.text === "toString") return [expression.expression.expression];
    return [];
  }
  if (ts.isIdentifier(expression) || ts.isPropertyAccessExpression(expression)) return [expression];
  return [];
}

/** Whether `leaf` is the error (or one of its leaky properties), following local variables made from it. */
export function leakOf(leaf: ts.Expression, depth: number, facts: GuardFacts): Omit<Leak, "detail"> | undefined {
  if (depth > 4) return undefined;
  if (ts.isPropertyAccessExpression(leaf)) {
    if (!leakyProperties.has(leaf.name.text)) return undefined;
    const object = unwrapExpression(leaf.expression);
    return ts.isIdentifier(object) ? wholeErrorOf(object, depth) : undefined;
  }
  if (!ts.isIdentifier(leaf)) return undefined;
  return wholeErrorOf(leaf, depth) ?? derivedValueOf(leaf, depth, facts);
}

/** The binding `identifier` names when it is the caught error or an error handler's error (or a local alias of it). */
function wholeErrorOf(identifier: ts.Identifier, depth: number): Omit<Leak, "detail"> | undefined {
  const declaration = bindingOf(identifier);
  if (!declaration) return undefined;
  if (ts.isCatchClause(declaration)) return { binding: { name: identifier.text, scope: declaration } };
  if (ts.isParameter(declaration)) {
    const fn = declaration.parent;
    return isFunctionLike(fn) && errorParameterOf(fn) === declaration ? { binding: { name: identifier.text, scope: fn } } : undefined;
  }
  // `const error = err as Error`: an alias is the error itself.
  const initializer = declaration.initializer;
  if (!initializer) return undefined;
  const inner = unwrapExpression(initializer);
  return ts.isIdentifier(inner) ? wholeErrorOf(inner, depth + 1) : undefined;
}

/** `const message = err instanceof Error ? err.message : String(err)`: a local holding an error detail. */
function derivedValueOf(identifier: ts.Identifier, depth: number, facts: GuardFacts): Omit<Leak, "detail"> | undefined {
  const declaration = bindingOf(identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  for (const leaf of valueLeaves(declaration.initializer)) {
    const leak = leakOf(leaf, depth + 1, facts);
    if (leak && !isGuarded(leaf, leak.binding.scope, facts)) return leak;
  }
  return undefined;
}

/** The catch clause, parameter or variable declaration `identifier` refers to, searching outwards. */
export function bindingOf(identifier: ts.Identifier): ts.CatchClause | ts.ParameterDeclaration | ts.VariableDeclaration | undefined {
  const name = identifier.text;
  for (let scope: ts.Node | undefined = identifier.parent; scope; scope = scope.parent) {
    if (ts.isCatchClause(scope)) {
      const variable = scope.variableDeclaration;
      if (variable && ts.isIdentifier(variable.name) && variable.name.text === name) return scope;
    }
    if (ts.isFunctionLike(scope)) {
      const parameter = scope.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name);
      if (parameter) return parameter;
    }
    if (ts.isBlock(scope) || ts.isSourceFile(scope)) {
      for (const statement of scope.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        const found = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === name);
        if (found && found.getStart() < identifier.getStart()) return found;
      }
    }
  }
  return undefined;
}

/**
 * `err.message`, or a `const` holding only the error's text (`const text = err instanceof Error ? err.message :
 * String(err)`): `String(err)` and `${err}` show the name and message, never the stack or a driver's other fields.
 */
export function isMessageText(leaf: ts.Expression): boolean {
  if (isErrorText(leaf)) return true;
  const initializer = ts.isIdentifier(leaf) ? constInitializerOf(leaf) : undefined;
  return !!initializer && valueLeaves(initializer).every((inner) => (ts.isPropertyAccessExpression(inner) && !leakyProperties.has(inner.name.text)) || isErrorText(inner));
}

/** `err.message`, `String(err)`, `${err}`: the error's text, never its stack or a driver's other fields. */
function isErrorText(leaf: ts.Expression): boolean {
  if (ts.isPropertyAccessExpression(leaf)) return leaf.name.text === "message";
  const parent = outermostValue(leaf).parent;
  return (ts.isCallExpression(parent) && calleeText(parent) === "String") || ts.isTemplateSpan(parent);
}

export function isInNestedFunction(node: ts.Node, block: ts.Block): boolean {
  for (let parent = node.parent; parent && parent !== block; parent = parent.parent) if (isFunctionLike(parent)) return true;
  return false;
}
