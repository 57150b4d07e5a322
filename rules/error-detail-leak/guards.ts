// error-detail-leak: the conditions that keep an error's detail from production clients: environment and deployment
// switches, tests that narrow the error to a specific kind, code or written message, and early exits before the send.

import { ts } from "ts-morph";
import { deploymentSwitchOf } from "../model/runtimes.js";
import { isClientErrorCode, isClientErrorException, isSpecificClassName } from "../model/error-kinds.js";
import { constInitializerOf, endsByReturnOrThrow, isFunctionLike, unwrapExpression } from "../model/syntax.js";
import type { ErrorBinding, GuardFacts } from "./types.js";
import { bindingOf, leakOf, valueLeaves } from "./values.js";
import { answersOnlyWith, statusIdentifiersOf } from "./statuses.js";

const { SyntaxKind } = ts;

/**
 * Conditions that keep details away from production clients: an environment check, a hosted-or-self-hosted switch
 * (`!IS_CLOUD ? e.message : ""`: the operator of a self-hosted install is the one reading), Koa/http-errors' `expose`,
 * Boom's `isBoom` (an error built for an HTTP answer), a
 * status below 500, or a known client-error class (`err instanceof ZodError`), but never plain `instanceof Error`.
 */
const guardCondition = /NODE_ENV|\b(is)?(Dev|Development|Prod|Production|dev|development|prod|production|debug|Debug)\b|\b(IS_CLOUD|IS_SELF_HOSTED|SELF_HOSTED|is(Cloud|SelfHosted))\b|\b(expose|isBoom)\b|status(Code)?\s*<\s*(500|5\d\d)|\binstanceof\s+(?:[\w$]+\.)*(?!Error\b)[A-Z]\w*/;
/** `if (status >= 500) return generic`: what follows runs only for client errors (`statusCode`, `httpStatus`, …). */
const serverErrorTest = /\b(\w*[sS]tatus\w*)\s*(>=\s*500|>\s*499)\b/;
/** Tests that an error was built for an HTTP answer: Boom's `isBoom`, http-errors' `expose`, `isHttpError(e)`, a specific class. */
const httpErrorKindTest = /\b(isBoom|expose)\b|\bisHttpError\s*\(|\binstanceof\s+(?:[\w$]+\.)*(?!Error\b)[A-Z]\w*/;

/**
 * `const body = { code: err.code, message: err.message }; switch (err.type) { case KnownKind: …; default: body.message =
 * "Unknown error" }`: a switch on the error's kind whose `default` overwrites every leaking field with a literal keeps
 * the detail only for the kinds it lists (errors the project raises with client-facing text), like `instanceof
 * SpecificError`. The switch must run between the object's declaration and the send.
 */
export function isAllowListedBySwitch(identifier: ts.Identifier, binding: ErrorBinding, send: ts.Node, facts: GuardFacts): boolean {
  const declaration = bindingOf(identifier);
  const initializer = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? unwrapExpression(declaration.initializer) : undefined;
  if (!initializer || !ts.isObjectLiteralExpression(initializer)) return false;
  const leakingKeys = initializer.properties.flatMap((property) => {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) return [];
    const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
    return valueLeaves(value).some((leaf) => leakOf(leaf, 1, facts)) ? [property.name.getText()] : [];
  });
  if (leakingKeys.length === 0) return false;
  let allowListed = false;
  const visit = (node: ts.Node): void => {
    if (allowListed || isFunctionLike(node)) return;
    if (ts.isSwitchStatement(node) && node.pos > declaration!.end && node.end <= send.getStart() && isAboutTheError(node.expression, binding)) {
      const fallback = node.caseBlock.clauses.find(ts.isDefaultClause);
      allowListed = !!fallback && leakingKeys.every((key) => assignsLiteral(fallback, identifier.text, key));
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(binding.scope, visit);
  return allowListed;
}

/** The switch's subject is the error's own kind: it names the error, or a local initialised from it. */
function isAboutTheError(subject: ts.Expression, binding: ErrorBinding): boolean {
  const mentions = (node: ts.Node): boolean => (ts.isIdentifier(node) && node.text === binding.name) || !!ts.forEachChild(node, (child) => mentions(child) || undefined);
  if (mentions(subject)) return true;
  const inner = unwrapExpression(subject);
  const declaration = ts.isIdentifier(inner) ? bindingOf(inner) : undefined;
  return !!declaration && ts.isVariableDeclaration(declaration) && !!declaration.initializer && mentions(declaration.initializer);
}

/** `target.key = "literal"` among the clause's statements. */
function assignsLiteral(clause: ts.DefaultClause, target: string, key: string): boolean {
  return clause.statements.some((statement) => {
    if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression) || statement.expression.operatorToken.kind !== SyntaxKind.EqualsToken) return false;
    const { left, right } = statement.expression;
    return ts.isPropertyAccessExpression(left) && left.expression.getText() === target && left.name.text === key && ts.isStringLiteralLike(unwrapExpression(right));
  });
}

/**
 * `throw new HttpException({ message: [error.message] }, 400)`: an exception the code itself gives a client-error
 * status (a 4xx literal or a `BAD_REQUEST`-style status constant) states that the failure is the caller's, and its
 * message is the answer to them: validation text written for the client. Only the message, never the whole error or
 * its stack, and only for exceptions: a response's status is the rule's guard condition (`status < 500`) instead.
 */
export function isClientErrorMessage(leaf: ts.Expression, send: ts.Node): boolean {
  if (!ts.isThrowStatement(send) || !ts.isPropertyAccessExpression(leaf) || leaf.name.text !== "message") return false;
  const thrown = unwrapExpression(send.expression);
  if (!ts.isNewExpression(thrown) && !ts.isCallExpression(thrown)) return false;
  return (thrown.arguments ?? []).some((argument) => {
    const status = unwrapExpression(argument);
    if (ts.isNumericLiteral(status)) return isClientErrorCode(Number(status.text));
    return ts.isPropertyAccessExpression(status) && clientErrorStatusName.test(status.name.text);
  });
}

/** The 4xx names of status enums (`HttpStatus.BAD_REQUEST`, `StatusCodes.UNPROCESSABLE_ENTITY`). */
const clientErrorStatusName = /^(BAD_REQUEST|NOT_FOUND|CONFLICT|UNPROCESSABLE_ENTITY|PRECONDITION_FAILED|GONE|NOT_ACCEPTABLE|PAYLOAD_TOO_LARGE|UNSUPPORTED_MEDIA_TYPE|EXPECTATION_FAILED|UNPROCESSABLE_CONTENT)$/;

/** True when an `if`, `?:` or `&&` between `node` and `scope` keeps it from production clients. */
export function isGuarded(node: ts.Node, scope: ts.Node, facts: GuardFacts): boolean {
  for (let child: ts.Node = node, parent = node.parent; parent && child !== scope; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child !== parent.expression && isGuardCondition(parent.expression, facts, 0)) return true;
    if (ts.isConditionalExpression(parent) && child !== parent.condition && isGuardCondition(parent.condition, facts, 0)) return true;
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken && child === parent.right && isGuardCondition(parent.left, facts, 0)) return true;
    if (ts.isIfStatement(parent) && child === parent.thenStatement && narrowsToNamedKind(parent.expression, scope)) return true;
    if (ts.isConditionalExpression(parent) && child === parent.whenTrue && narrowsToNamedKind(parent.condition, scope)) return true;
    // An early return under a guard: `if (err instanceof ZodError) { ... }` does not cover later statements, but
    // `if (process.env.NODE_ENV === "production") return res.json(generic)` before the leak does.
    if (ts.isBlock(parent) && hasGuardedEarlyExitBefore(parent, child, node, facts)) return true;
  }
  // `if (IS_CLOUD) throw …; try { … } catch (e) { … }`: an exit before the `try` covers its catch too.
  if (ts.isCatchClause(scope)) {
    for (let child: ts.Node = scope.parent, parent = child.parent; parent && !isFunctionLike(parent); child = parent, parent = parent.parent) {
      if (ts.isBlock(parent) && hasGuardedEarlyExitBefore(parent, child, node, facts)) return true;
    }
  }
  return false;
}

/**
 * `if (err.name === "UnauthorizedError")`: comparing the error's `name` with a specific class name admits only that
 * kind, as `instanceof UnauthorizedError` would (libraries that cannot share a class across copies mark their errors
 * this way); so does comparing its `code` with an application's own code (`err.code === "invalidOrigin"`). One operand of `&&` is enough; the built-in kinds (`TypeError`, `SyntaxError`) narrow nothing, since any
 * code may raise them with any internals in their text.
 */
function narrowsToNamedKind(condition: ts.Expression, scope: ts.Node): boolean {
  const inner = unwrapExpression(condition);
  if (isFastifyValidationFailure(inner, scope)) return true;
  if (!ts.isBinaryExpression(inner)) return false;
  if (inner.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken) return narrowsToNamedKind(inner.left, scope) || narrowsToNamedKind(inner.right, scope);
  const equality = equalityOperands(inner);
  if (!equality) return false;
  const [left, right] = equality;
  const [read, literal] = ts.isStringLiteralLike(right) ? [left, right] : [right, left];
  if (!ts.isPropertyAccessExpression(read) || !ts.isStringLiteralLike(literal) || !isErrorOf(unwrapExpression(read.expression), scope)) return false;
  if (read.name.text === "code") return isAppErrorCode(literal.text);
  return read.name.text === "name" && isSpecificClassName(literal.text) && !isBuiltinErrorName(literal.text);
}

/**
 * `app.setErrorHandler((err, request, reply) => { if (err.validation) … })`: Fastify sets `validation` only on the
 * error its schema check raises, whose message describes what the caller sent against the route's schema.
 */
function isFastifyValidationFailure(condition: ts.Expression, scope: ts.Node): boolean {
  if (!ts.isPropertyAccessExpression(condition) || condition.name.text !== "validation" || !isErrorOf(unwrapExpression(condition.expression), scope)) return false;
  const registration = scope.parent;
  return ts.isCallExpression(registration) && ts.isPropertyAccessExpression(registration.expression) && registration.expression.name.text === "setErrorHandler";
}

/**
 * `err.code === "invalidOrigin"`: a code in lower or mixed case is one an application or SDK gave its own error kind.
 * Node's system codes (`ENOENT`, `ERR_INVALID_ARG_TYPE`), drivers' (`ER_DUP_ENTRY`, `P2002`) and SQLSTATEs (`23505`) are
 * upper case or digits, and their messages carry paths, keys and constraint names, so they narrow nothing.
 */
function isAppErrorCode(code: string): boolean {
  return /[a-z]/.test(code);
}

/** The caught error of `scope` (a catch clause), or a parameter of it (an error handler's error). */
function isErrorOf(expression: ts.Expression, scope: ts.Node): boolean {
  const binding = ts.isIdentifier(expression) ? bindingOf(expression) : undefined;
  return !!binding && (binding === scope || (ts.isParameter(binding) && binding.parent === scope));
}

/** The error classes of the language and of Node itself. */
function isBuiltinErrorName(name: string): boolean {
  return /^(Error|TypeError|RangeError|ReferenceError|SyntaxError|EvalError|URIError|AggregateError|SystemError|AbortError|Object)$/.test(name);
}

/**
 * The condition names a guard: written out (`NODE_ENV`, `expose`, `instanceof ZodError`), a call of a project function
 * that tells an error of a specific class (`isAppError(err)`), or a local made from such a condition
 * (`const operational = isOperational(err)`).
 */
function isGuardCondition(condition: ts.Expression, facts: GuardFacts, depth: number): boolean {
  if (guardCondition.test(condition.getText())) return true;
  if (depth > 3) return false;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || isFunctionLike(node)) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && facts.isErrorKindCheck(node.expression.text)) found = true;
    else if (ts.isIdentifier(node) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) found = isLocalGuard(node, facts, depth);
    if (!found) ts.forEachChild(node, visit);
  };
  visit(condition);
  return found;
}

/**
 * `if (err.message.includes("validation failed")) throw new BadRequestException(err.message)`: a client-error exception
 * (by its class's hierarchy, see error-kinds.ts), or a response with a literal 4xx status, given only for errors whose
 * message names a specific kind passes on that kind's text, which describes the caller's input. Only `.message`, and
 * only under such a test.
 */
export function isKindTestedClientError(leaf: ts.Expression, send: ts.Node, body: ts.Expression, scope: ts.Node, facts: GuardFacts): boolean {
  if (!ts.isPropertyAccessExpression(leaf) || leaf.name.text !== "message" || !answersKindWithClientError(send, body, facts)) return false;
  for (let child: ts.Node = send, parent = send.parent; parent && child !== scope; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement && narrowsToMessageKind(parent.expression)) return true;
  }
  return false;
}

/** A client-error exception by its class's hierarchy (`throw new InputException(…)`), or a response with a literal 4xx status. */
function answersKindWithClientError(send: ts.Node, body: ts.Expression, facts: GuardFacts): boolean {
  if (!ts.isThrowStatement(send)) return answersOnlyWith(send, body, isClientErrorCode);
  const thrown = unwrapExpression(send.expression);
  return ts.isNewExpression(thrown) && ts.isIdentifier(thrown.expression) && isClientErrorException(facts.rootClassOf(thrown.expression.text) ?? "");
}

/** `e instanceof Error && e.message.startsWith("Content cannot be")`: one operand of `&&` is enough to narrow the branch. */
function narrowsToMessageKind(condition: ts.Expression): boolean {
  const inner = unwrapExpression(condition);
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken) return narrowsToMessageKind(inner.left) || narrowsToMessageKind(inner.right);
  return testsMessageKind(inner);
}

/**
 * `err.message.includes("validation failed") || err.message.startsWith("Cast to")`: every alternative matches the
 * message against a literal, so only errors of the kinds it names pass.
 */
function testsMessageKind(condition: ts.Expression): boolean {
  const inner = unwrapExpression(condition);
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === SyntaxKind.BarBarToken) return testsMessageKind(inner.left) && testsMessageKind(inner.right);
  if (!ts.isCallExpression(inner) || !ts.isPropertyAccessExpression(inner.expression) || !/^(includes|startsWith|endsWith)$/.test(inner.expression.name.text)) return false;
  const subject = unwrapExpression(inner.expression.expression);
  const literal = inner.arguments[0] && unwrapExpression(inner.arguments[0]);
  return ts.isPropertyAccessExpression(subject) && subject.name.text === "message" && !!literal && ts.isStringLiteralLike(literal) && literal.text.length > 0;
}

/**
 * `if ((status === 302 || status === 308) && err.path) res.redirect(err.path)`, with `status` read from the error: an
 * error carrying a redirect status is one the app raised to send the client elsewhere (I/O and library errors carry
 * none), and its fields are the app's own target, not internals.
 */
export function isInRedirectErrorBranch(leaf: ts.Expression, binding: ErrorBinding): boolean {
  for (let child: ts.Node = leaf, parent = leaf.parent; parent && child !== binding.scope; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement && narrowsToRedirectStatus(parent.expression, binding.name)) return true;
  }
  return false;
}

/**
 * `if (["Invalid room", "Invalid name"].includes(err.message)) res.status(400).json({ error: err.message })`: in that
 * branch the message equals one of the written literals, so sending it sends that literal. So does sending the error
 * itself (`send(err)`, `${err}`): an error with a message the project wrote is one it raised, its text is its name and
 * that message, and its JSON leaves out the message and stack, which are not enumerable. Only the message or the
 * error the test names; its stack or any other field is still a leak.
 */
export function isAllowListedMessage(leaf: ts.Expression, binding: ErrorBinding): boolean {
  const read = ts.isPropertyAccessExpression(leaf) && leaf.name.text === "message" ? unwrapExpression(leaf.expression) : leaf;
  if (!ts.isIdentifier(read)) return false;
  for (let child: ts.Node = leaf, parent = leaf.parent; parent && child !== binding.scope; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement && equalsWrittenText(parent.expression, read.text)) return true;
  }
  return false;
}

/** Every alternative pins `<errorName>.message` to literals (`=== "…"`, `[…literals].includes(…)`); one operand of `&&` is enough. */
function equalsWrittenText(condition: ts.Expression, errorName: string): boolean {
  const isMessageRead = (node: ts.Expression): boolean => {
    const read = unwrapExpression(node);
    return ts.isPropertyAccessExpression(read) && read.name.text === "message" && ts.isIdentifier(unwrapExpression(read.expression)) && (unwrapExpression(read.expression) as ts.Identifier).text === errorName;
  };
  return everyAlternativeNarrows(condition, (inner) => {
    const equality = equalityOperands(inner);
    if (equality) return (isMessageRead(equality[0]) && ts.isStringLiteralLike(equality[1])) || (isMessageRead(equality[1]) && ts.isStringLiteralLike(equality[0]));
    if (!ts.isCallExpression(inner) || !ts.isPropertyAccessExpression(inner.expression) || inner.expression.name.text !== "includes" || inner.arguments.length !== 1) return false;
    const list = unwrapExpression(inner.expression.expression);
    return ts.isArrayLiteralExpression(list) && list.elements.length > 0 && list.elements.every((element) => ts.isStringLiteralLike(element)) && isMessageRead(inner.arguments[0]!);
  });
}

/** Every alternative compares the error's status with a 3xx literal; one operand of `&&` is enough to narrow. */
function narrowsToRedirectStatus(condition: ts.Expression, errorName: string): boolean {
  const isRedirectCode = (side: ts.Expression): boolean => ts.isNumericLiteral(side) && /^30\d$/.test(side.text);
  return everyAlternativeNarrows(condition, (inner) => {
    const equality = equalityOperands(inner);
    if (!equality) return false;
    const [left, right] = equality;
    return (isRedirectCode(left) && isStatusOf(right, errorName, 0)) || (isRedirectCode(right) && isStatusOf(left, errorName, 0));
  });
}

/** `test` holds for every alternative of `condition` (both sides of `||`); for `&&`, one operand holding is enough. */
function everyAlternativeNarrows(condition: ts.Expression, test: (inner: ts.Expression) => boolean): boolean {
  const inner = unwrapExpression(condition);
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken) return everyAlternativeNarrows(inner.left, test) || everyAlternativeNarrows(inner.right, test);
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === SyntaxKind.BarBarToken) return everyAlternativeNarrows(inner.left, test) && everyAlternativeNarrows(inner.right, test);
  return test(inner);
}

/** The two sides of `a === b` / `a == b`, unwrapped; undefined for any other expression. */
function equalityOperands(expression: ts.Expression): [ts.Expression, ts.Expression] | undefined {
  if (!ts.isBinaryExpression(expression)) return undefined;
  const operator = expression.operatorToken.kind;
  if (operator !== SyntaxKind.EqualsEqualsEqualsToken && operator !== SyntaxKind.EqualsEqualsToken) return undefined;
  return [unwrapExpression(expression.left), unwrapExpression(expression.right)];
}

/** `err.status`, `err.statusCode`, also parsed (`parseInt(err.status, 10)`) or through a `const` holding it. */
function isStatusOf(expression: ts.Expression, errorName: string, depth: number): boolean {
  const value = unwrapExpression(expression);
  if (depth > 2) return false;
  if (ts.isIdentifier(value)) {
    const initializer = constInitializerOf(value);
    return !!initializer && isStatusOf(initializer, errorName, depth + 1);
  }
  if (ts.isCallExpression(value) && ts.isIdentifier(value.expression) && /^(parseInt|Number)$/.test(value.expression.text) && value.arguments[0]) return isStatusOf(value.arguments[0], errorName, depth + 1);
  if (!ts.isPropertyAccessExpression(value) || !/^(status|statusCode)$/.test(value.name.text)) return false;
  const owner = unwrapExpression(value.expression);
  return ts.isIdentifier(owner) && owner.text === errorName;
}

/** `const operational = isOperational(err)`: a `const` whose value is itself a guard condition. */
function isLocalGuard(identifier: ts.Identifier, facts: GuardFacts, depth: number): boolean {
  const declaration = bindingOf(identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
  if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) return false;
  return isGuardCondition(declaration.initializer, facts, depth + 1);
}

/**
 * An earlier statement of the block that leaves for every request the leak must not reach: `if (NODE_ENV ===
 * "production") return generic`, `if (!err.isBoom) return ctx.throw(err)` (only errors built for an HTTP answer go
 * on), or `if (statusCode >= 500) return generic` when `guarded` (the send) answers with that same status (what
 * follows runs only for client errors).
 */
function hasGuardedEarlyExitBefore(block: ts.Block, statement: ts.Node, guarded: ts.Node, facts: GuardFacts): boolean {
  for (const earlier of block.statements) {
    if (earlier === statement) return false;
    if (!ts.isIfStatement(earlier) || !endsByReturnOrThrow(earlier.thenStatement)) continue;
    const condition = earlier.expression.getText();
    if (/NODE_ENV|\b(is)?(Prod|Production|prod|production)\b/.test(condition) || deploymentSwitchOf(earlier.expression) === "hosted") return true;
    if (leavesUnlessHttpError(earlier.expression, facts)) return true;
    const status = serverErrorTest.exec(condition)?.[1];
    if (status && statusIdentifiersOf(guarded).includes(status)) return true;
  }
  return false;
}

/** `!err.isBoom`, `!(e instanceof HttpError)`, `!isAppError(e)`: the negation of a test that the error was made for an HTTP answer. */
function leavesUnlessHttpError(condition: ts.Expression, facts: GuardFacts): boolean {
  const inner = unwrapExpression(condition);
  if (!ts.isPrefixUnaryExpression(inner) || inner.operator !== SyntaxKind.ExclamationToken) return false;
  const test = unwrapExpression(inner.operand);
  if (httpErrorKindTest.test(test.getText())) return true;
  return ts.isCallExpression(test) && ts.isIdentifier(test.expression) && facts.isErrorKindCheck(test.expression.text);
}
