// error-detail-leak: an error handler or catch that answers only the party that signed the request (a webhook whose
// signature check opens the try) tells that party nothing it does not already know.

import { ts } from "ts-morph";
import { isSignatureCheck, rejectsUnauthenticated } from "../model/auth-checks.js";
import { caughtClassesOf } from "../model/responses.js";
import { isNodeBuiltinCall, isSpecificClassName } from "../model/error-kinds.js";
import { endsByReturnOrThrow, isFunctionLike } from "../model/syntax.js";

/**
 * An exception filter declared for named classes (`@Catch(MissingScopesError)`): Nest hands it only their instances,
 * so its whole body sits under what `instanceof MissingScopesError` would guard inline.
 */
export function catchesOnlySpecificClasses(scope: ts.Node): boolean {
  const classes = isFunctionLike(scope) ? caughtClassesOf(scope) : [];
  return classes.length > 0 && classes.every(isSpecificClassName);
}

/**
 * A catch whose `try` opens with the check of a webhook's signature against a signature header of the request
 * (`constructEvent(raw, req.headers.get("stripe-signature"), secret)`, after synchronous set-up at most), or follows such a check that every run of the
 * function passes first (`const event = verify(...); try { … }`): it catches the check's own verdict on the signature,
 * or a failure of code that ran only for the verified sender, so only the signing provider reads the reply.
 */
export function answersOnlyTheSigner(scope: ts.Node): boolean {
  if (!ts.isCatchClause(scope)) return false;
  return opensWithSignatureCheck(scope.parent.tryBlock) || statementsRunBefore(scope.parent).some((statement) => passesSignatureCheck(statement));
}

/**
 * Every run that goes past `statement` has passed a signature check: the check itself (`const event = verify(…)`), an
 * `if` around it that refuses as unauthenticated when it fails, or a `try` that opens with it and whose catch always
 * leaves (`try { event = constructEvent(…) } catch (e) { return … }`).
 */
function passesSignatureCheck(statement: ts.Statement): boolean {
  if (ts.isVariableStatement(statement) || ts.isExpressionStatement(statement)) return checksSignature(statement);
  // `if (!isValidHmac(raw, req.headers["x-shopify-hmac-sha256"], secret)) return res.status(401).end()`.
  if (ts.isIfStatement(statement)) return !statement.elseStatement && checksSignature(statement) && endsByReturnOrThrow(statement.thenStatement) && rejectsUnauthenticated(statement.thenStatement);
  return ts.isTryStatement(statement) && !statement.finallyBlock && !!statement.catchClause && endsByReturnOrThrow(statement.catchClause.block) && opensWithSignatureCheck(statement.tryBlock);
}

/**
 * The `try` checks the signature before anything that could fail with internals: the check is its first statement, or
 * follows only synchronous set-up (`if (!sig) return; const stripe = makeStripe(); event = stripe.webhooks.constructEvent(…)`)
 * that awaits nothing and calls none of Node's own modules.
 */
function opensWithSignatureCheck(tryBlock: ts.Block): boolean {
  for (const statement of tryBlock.statements) {
    if (checksSignature(statement)) return true;
    if (awaitsOrCallsBuiltin(statement)) return false;
  }
  return false;
}

function awaitsOrCallsBuiltin(statement: ts.Statement): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || isFunctionLike(node)) return;
    if (ts.isAwaitExpression(node) || (ts.isCallExpression(node) && isNodeBuiltinCall(node))) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(statement);
  return found;
}

function checksSignature(statement: ts.Statement): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || isFunctionLike(node)) return;
    if (ts.isCallExpression(node) && isSignatureCheck(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(statement);
  return found;
}

/** The statements of the enclosing blocks, up to the function, that come before `statement` (and so run before it). */
function statementsRunBefore(statement: ts.Statement): ts.Statement[] {
  const earlier: ts.Statement[] = [];
  for (let child: ts.Node = statement, parent = statement.parent; parent && !isFunctionLike(parent); child = parent, parent = parent.parent) {
    if (ts.isBlock(parent)) earlier.push(...parent.statements.slice(0, parent.statements.indexOf(child as ts.Statement)));
  }
  return earlier;
}
