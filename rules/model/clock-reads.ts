// Reads of the clock and of Math.random, and values built from nothing else a person could not work out: the parts
// the timestamp-id rule looks for, and what tells sensitive-data-logged that a "token" is guessable by construction.
import { ts } from "ts-morph";
import { calleeText, dottedName, findDeclaration } from "./syntax.js";

const { SyntaxKind } = ts;

export type SourceKind = "clock" | "random";

export interface ClockOrRandomSource {
  label: string;
  kind: SourceKind;
}

/** `Date.now()`, `performance.now()`, `new Date().getTime()`, `new Date().valueOf()`, `+new Date()`, `Math.random()`. */
export function clockOrRandomSource(node: ts.Node): ClockOrRandomSource | undefined {
  if (ts.isCallExpression(node) && node.arguments.length === 0 && ts.isPropertyAccessExpression(node.expression)) {
    const method = node.expression.name.text;
    if (method === "getTime" || method === "valueOf") {
      return isNewDateOfNow(node.expression.expression) ? { label: `new Date().${method}()`, kind: "clock" } : undefined;
    }
    // Checked by method name first: this runs for every call in the file.
    if (method !== "now" && method !== "random") return undefined;
    const callee = calleeText(node);
    if (callee === "Date.now" || callee === "performance.now") return { label: `${callee}()`, kind: "clock" };
    if (callee === "Math.random") return { label: "Math.random()", kind: "random" };
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === SyntaxKind.PlusToken && isNewDateOfNow(node.operand)) {
    return { label: "+new Date()", kind: "clock" };
  }
  return undefined;
}

function isNewDateOfNow(node: ts.Expression): boolean {
  const inner = withoutParentheses(node);
  return ts.isNewExpression(inner) && ts.isIdentifier(inner.expression) && inner.expression.text === "Date" && !inner.arguments?.length;
}

export function withoutParentheses(node: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(node) ? withoutParentheses(node.expression) : node;
}

/** What a process can read about itself that anyone on the host can too. */
const processFacts = new Set(["process.pid", "process.ppid"]);
/** Conversions that keep a value's guessability: `String(n)`, `n.toString(36)`. */
const conversions = new Set(["String", "Number"]);

/**
 * `` `${process.pid}-${Date.now()}` ``, `"lock:" + Date.now()`: a value built only from literals, the clock and the
 * process id, through locals (`const stamp = Date.now()`) at most `depth` steps away. Whoever can read a log line
 * could have worked it out, so it holds no secret whatever it is called; a part from anywhere else (a parameter, a
 * generator, a lookup) makes it unknown.
 */
export function isBuiltFromGuessableParts(node: ts.Expression, depth = 3): boolean {
  const value = withoutParentheses(node);
  if (ts.isStringLiteralLike(value) || ts.isNumericLiteral(value)) return true;
  if (clockOrRandomSource(value)?.kind === "clock") return true;
  if (ts.isPropertyAccessExpression(value)) return processFacts.has(dottedName(value) ?? "");
  if (ts.isTemplateExpression(value)) return value.templateSpans.every((span) => isBuiltFromGuessableParts(span.expression, depth));
  if (ts.isBinaryExpression(value)) return value.operatorToken.kind === SyntaxKind.PlusToken && isBuiltFromGuessableParts(value.left, depth) && isBuiltFromGuessableParts(value.right, depth);
  if (ts.isCallExpression(value)) {
    const callee = value.expression;
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "toString") return isBuiltFromGuessableParts(callee.expression, depth);
    return ts.isIdentifier(callee) && conversions.has(callee.text) && value.arguments.length === 1 && isBuiltFromGuessableParts(value.arguments[0]!, depth);
  }
  if (ts.isIdentifier(value) && depth > 0) {
    const declaration = findDeclaration(value.text, value);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !(declaration.parent.flags & ts.NodeFlags.Const)) return false;
    return isBuiltFromGuessableParts(declaration.initializer, depth - 1);
  }
  return false;
}

