// error-detail-leak: the statuses a send answers with (literal, carried by the error, set earlier on the response),
// which decide whether a detail may be a deliberate refusal the app's client shows.

import { ts } from "ts-morph";
import { isStatusPosition } from "../model/auth-checks.js";
import { isClientErrorCode, isClientErrorException } from "../model/error-kinds.js";
import { calleeText, constInitializerOf, isFallbackOperator, isFunctionLike, unchangedInitializerOf, unwrapExpression } from "../model/syntax.js";
import type { ErrorBinding, GuardFacts } from "./types.js";

/** The names a send answers with as its status: `res.status(statusCode).json(…)`, `c.json(body, statusCode)`, `{ status }`. */
export function statusIdentifiersOf(send: ts.Node): string[] {
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node)) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && /^(status|code)$/.test(callee.name.text)) names.push(...node.arguments.filter(ts.isIdentifier).map((a) => a.text));
      else if (node === send) names.push(...node.arguments.slice(1).filter(ts.isIdentifier).map((a) => a.text));
    }
    if (ts.isShorthandPropertyAssignment(node) && /status/i.test(node.name.text)) names.push(node.name.text);
    if (ts.isPropertyAssignment(node) && /^status(Code)?$/.test(node.name.getText()) && ts.isIdentifier(node.initializer)) names.push(node.initializer.text);
    ts.forEachChild(node, visit);
  };
  visit(send);
  return names;
}

/** The literal statuses a send answers with (`res.status(404).json(…)`, `c.json(body, 400)`, `{ status: 400 }`), outside its body. */
function literalStatusesOf(send: ts.Node, body: ts.Expression): number[] {
  const statuses: number[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node) || node === body) return;
    if (ts.isNumericLiteral(node) && isStatusPosition(node)) {
      const status = Number(node.text);
      if (status >= 100 && status < 600) statuses.push(status);
    }
    ts.forEachChild(node, visit);
  };
  visit(send);
  return statuses;
}

/**
 * `const status = err.statusCode || 400` then `res.status(status)`, in a `try` whose own code raises the refusals: the
 * status a project error was thrown with, else a 4xx fallback.
 */
export function mayAnswerWithClientError(send: ts.Node, body: ts.Expression): boolean {
  return someStatusOf(send, body, (status) => {
    if (!ts.isBinaryExpression(status) || !isFallbackOperator(status.operatorToken.kind)) return false;
    const fallback = unwrapExpression(status.right);
    return ts.isNumericLiteral(fallback) && isClientErrorCode(Number(fallback.text)) && isCarriedStatus(unwrapExpression(status.left));
  });
}

/**
 * The send may answer below 500: a literal 2xx-4xx status (`res.status(200).json({ message: e.message })`, also as one
 * branch, `e instanceof Error && "status" in e ? e.status : 400`), or a status the error itself carries (`err.status ||
 * 500` in a handler every route's `next({ status: 404, message })` reaches, `error instanceof HttpException ?
 * error.code : 500`): the message may be a deliberate refusal or a result the client shows.
 */
export function mayAnswerBelowServerError(send: ts.Node, body: ts.Expression, binding: ErrorBinding): boolean {
  return someStatusOf(send, body, (status) =>
    valueAlternatives(status).some((value) => {
      if (ts.isNumericLiteral(value)) return Number(value.text) >= 100 && Number(value.text) < 500;
      if (!ts.isPropertyAccessExpression(value)) return false;
      const carrier = unwrapExpression(value.expression);
      return isCarriedStatus(value) || (ts.isIdentifier(carrier) && carrier.text === binding.name);
    }),
  );
}

/** Some status the send answers with (outside its body, a `const` followed to its value) passes `test`. */
function someStatusOf(send: ts.Node, body: ts.Expression, test: (status: ts.Expression) => boolean): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || isFunctionLike(node) || node === body) return;
    const isCallee = (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)) && node.parent.expression === node;
    if (ts.isExpression(node) && !isCallee && isStatusPosition(node)) {
      const status = ts.isIdentifier(node) ? unchangedInitializerOf(node) : unwrapExpression(node);
      found = !!status && test(status);
    }
    ts.forEachChild(node, visit);
  };
  visit(send);
  return found || statusesSetBefore(send).some(test);
}

/**
 * The statuses the response was given by earlier statements of the blocks that enclose the send, up to its function,
 * also in a branch of an earlier `if` (`if (known[err.message]) reply.code(412)`): Koa's `ctx.status = err.httpCode ||
 * 500;` before `ctx.body = …` (`ctx.response.status` and `ctx.status` set the same status), Express's
 * `res.status(err.status);` or `res.statusCode = …` before `res.json(…)`, Fastify's `reply.code(412);` before `reply.send(…)`.
 */
function statusesSetBefore(send: ts.Node): ts.Expression[] {
  const response = respondingObjectOf(send);
  if (!response) return [];
  const statuses: ts.Expression[] = [];
  const collect = (statement: ts.Statement): void => {
    if (ts.isIfStatement(statement)) {
      [statement.thenStatement, statement.elseStatement].forEach((branch) => branch && (ts.isBlock(branch) ? branch.statements.forEach(collect) : collect(branch)));
      return;
    }
    const expression = ts.isExpressionStatement(statement) ? unwrapExpression(statement.expression) : undefined;
    if (expression && ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = expression.left;
      if (ts.isPropertyAccessExpression(target) && /^(status|statusCode)$/.test(target.name.text) && responderText(target.expression) === response) statuses.push(expression.right);
    } else if (expression && ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && /^(status|code)$/.test(expression.expression.name.text)) {
      const status = expression.arguments[0];
      if (status && responderText(expression.expression.expression) === response) statuses.push(status);
    }
  };
  for (let child: ts.Node = send, parent = send.parent; parent && !isFunctionLike(parent); child = parent, parent = parent.parent) {
    if (ts.isBlock(parent)) parent.statements.slice(0, parent.statements.indexOf(child as ts.Statement)).forEach(collect);
  }
  return statuses;
}

/** The object a send answers through: `ctx` of `ctx.body = …`, `res` of `res.json(…)` / `res.send(…)`. */
function respondingObjectOf(send: ts.Node): string | undefined {
  if (ts.isBinaryExpression(send) && send.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(send.left) && send.left.name.text === "body") return responderText(send.left.expression);
  if (ts.isCallExpression(send) && ts.isPropertyAccessExpression(send.expression) && ts.isIdentifier(unwrapExpression(send.expression.expression))) return unwrapExpression(send.expression.expression).getText();
  return undefined;
}

/**
 * The object a status or body is set on, as written (`res`, `reply`, `ctx`); `ctx.response` answers for `ctx`: Koa's
 * context delegates `status` and `body` to its response.
 */
function responderText(expression: ts.Expression): string {
  const unwrapped = unwrapExpression(expression);
  return (ts.isPropertyAccessExpression(unwrapped) && unwrapped.name.text === "response" ? unwrapped.expression : unwrapped).getText();
}

/** The values an expression can take (a status, a client): both branches of a conditional and both sides of `||`/`??`, through `const` names. */
export function valueAlternatives(expression: ts.Expression, depth = 0): ts.Expression[] {
  const value = unwrapExpression(expression);
  const initializer = ts.isIdentifier(value) ? constInitializerOf(value) : undefined;
  if (depth > 4) return [value];
  if (initializer) return valueAlternatives(initializer, depth + 1);
  if (ts.isConditionalExpression(value)) return [...valueAlternatives(value.whenTrue, depth + 1), ...valueAlternatives(value.whenFalse, depth + 1)];
  if (ts.isBinaryExpression(value) && isFallbackOperator(value.operatorToken.kind)) return [...valueAlternatives(value.left, depth + 1), ...valueAlternatives(value.right, depth + 1)];
  return [value];
}

/** `err.status`, `error.statusCode`: a status an object carries, set by whoever threw it (http-errors, a route's `next({ status })`). */
function isCarriedStatus(expression: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(expression) && /^(status|statusCode)$/.test(expression.name.text) && ts.isIdentifier(unwrapExpression(expression.expression));
}

/** Every literal status of the send is in `range` (and there is one). */
export function answersOnlyWith(send: ts.Node, body: ts.Expression, test: (status: number) => boolean): boolean {
  const statuses = literalStatusesOf(send, body);
  return statuses.length > 0 && statuses.every(test);
}

/**
 * The send answers with a 4xx status: a literal status, or a thrown client-error exception (`BadRequestException`, or
 * with `facts` a project class built on one, as `class ApiException extends BadRequestException`).
 */
export function answersWithClientError(send: ts.Node, body: ts.Expression, facts?: GuardFacts): boolean {
  if (answersOnlyWith(send, body, isClientErrorCode)) return true;
  if (!ts.isThrowStatement(send)) return false;
  const thrown = unwrapExpression(send.expression);
  const callee = ts.isNewExpression(thrown) || ts.isCallExpression(thrown) ? calleeText(thrown) : undefined;
  return !!callee && (isClientErrorException(callee) || isClientErrorException(facts?.rootClassOf(callee) ?? ""));
}

export const clientErrorReason = "the answer is or may be a 4xx, whose message the app's own client may show";
