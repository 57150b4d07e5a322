// error-detail-leak: try blocks whose only failures are the code's own sentences (its checks, parsers, built-in
// conversions), so the message a catch sends is one the code wrote.

import { isBuiltin } from "node:module";
import { ts } from "ts-morph";
import { someDescendant } from "../model/auth-checks.js";
import { jwtCall } from "../model/jwt-calls.js";
import { hasWrittenMessage, isNodeBuiltinCall, refusesWithOwnSentences } from "../model/error-kinds.js";
import { calleeText, callChainRoot, constInitializerOf, enclosingFunction, findDeclaration, functionBoundTo, hasModifier, importedModuleOf, isFunctionLike, unwrapExpression, type FunctionLike } from "../model/syntax.js";
import { answersOnlyWith, answersWithClientError, mayAnswerWithClientError } from "./statuses.js";
import type { ErrorBinding, GuardFacts } from "./types.js";
import { isInNestedFunction, isMessageText } from "./values.js";
import { failsWithOwnSentencesCall } from "./upstream.js";

/**
 * `c.json({ error: err.message }, 404)`: the code answers that what the caller named does not exist, so the message is
 * the not-found text (`Queue "x" not found`). Only the message; the whole error or its stack is still a leak.
 */
export function isNotFoundMessage(leaf: ts.Expression, send: ts.Node, body: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(leaf) || leaf.name.text !== "message") return false;
  return answersOnlyWith(send, body, (status) => status === 404 || status === 410);
}

/**
 * `try { JSON.parse(body.meta) } catch (e) { return res.status(400).json({ message: \`Invalid JSON: ${e}\` }) }`: the
 * `try` runs nothing but the JSON parser and at most one other parser or checker of data in memory, so the caught
 * error can only be a verdict on what they were given; answered with a client-error status, that verdict is about the caller's own input. The parser is
 * `JSON.parse`, a schema's `parse`, or one synchronous call of an imported function or of a static method of an
 * imported class (`parseFilter(text)`, `Rollup.parsedType(expression)`): no `await`, no instance of a service or
 * client, no callback, so no I/O whose failure could carry a host, path or query.
 */
export function isParserVerdictOnInput(scope: ts.Node, send: ts.Node, body: ts.Expression): boolean {
  if (!ts.isCatchClause(scope) || !answersWithClientError(send, body)) return false;
  const calls: ts.CallExpression[] = [];
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other) return;
    if (isFunctionLike(node) || ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isThrowStatement(node) || ts.isNewExpression(node)) other = true;
    else if (ts.isCallExpression(node)) calls.push(node);
    if (!other) ts.forEachChild(node, visit);
  };
  visit(scope.parent.tryBlock);
  const checkers = calls.filter((call) => calleeText(call) !== "JSON.parse");
  if (other || calls.length === 0 || checkers.length > 1) return false;
  return checkers.every((call) => isSchemaParse(call) || isImportedPureCall(call));
}

/**
 * `try { if (!invite) throw new Error("Invalid or expired invitation key"); … } catch (e) { res.status(400).json({
 * message: e.message }) }`: the `try` raises its own refusals with text written for the caller (itself, or through a
 * synchronous check of this file that only refuses), so the catch is how the handler answers them, with a client-error status. Only the message; the whole error or its stack is still a leak,
 * and so is a `try` that also calls Node's own modules (`fs.unlinkSync(upload.path)`), whose errors name paths and commands.
 */
export function answersOwnChecks(leaf: ts.Expression, scope: ts.Node, send: ts.Node, body: ts.Expression, facts: GuardFacts): boolean {
  if (!isMessageText(leaf) || !ts.isCatchClause(scope)) return false;
  const tryBlock = scope.parent.tryBlock;
  // A `try` that waits on nothing raises only what its own synchronous code does: there a check imported from another
  // file, or the status the error carries with a 4xx fallback (`e.status || 400`), is enough to tell its refusals.
  const waits = someDescendant(tryBlock, (node) => ts.isAwaitExpression(node) && !isInNestedFunction(node, tryBlock));
  if (!answersWithClientError(send, body) && (waits || !mayAnswerWithClientError(send, body)) && !onlyReadsTestsAndAnswers(tryBlock)) return false;
  let throwsOwn = false;
  let callsBuiltin = false;
  const visit = (node: ts.Node): void => {
    if (callsBuiltin) return;
    if (ts.isThrowStatement(node) && !isInNestedFunction(node, tryBlock) && hasWrittenMessage(unwrapExpression(node.expression))) throwsOwn = true;
    if (ts.isCallExpression(node) && !isInNestedFunction(node, tryBlock) && isRefusingCheckCall(node, waits ? undefined : facts)) throwsOwn = true;
    if (ts.isCallExpression(node) && isNodeBuiltinCall(node)) callsBuiltin = true;
    ts.forEachChild(node, visit);
  };
  visit(tryBlock);
  return throwsOwn && !callsBuiltin;
}

/**
 * `try { if (code.trim() !== unlockCode) throw new Error("Wrong code"); res.send({ ok: true }) }`: a synchronous `try`
 * that only reads the request, tests text and answers can fail with no one else's text, so its own refusals are what
 * the catch answers, whatever the status. Its calls are methods of the function's own parameters (the request and
 * the response: `req.header(…)`, `res.status(…).json(…)`), a parameter called as the continuation (`next()`, which
 * Express runs behind its own catch), text methods, and functions of the module that do no more themselves (`const
 * token = configuredToken()`, which reads a setting and throws a sentence of its own when it is missing); any other
 * call, `new`, `await` or callback keeps the status test.
 */
function onlyReadsTestsAndAnswers(tryBlock: ts.Block): boolean {
  const fn = enclosingFunction(tryBlock);
  return !!fn && onlyReadsTestsAndThrowsOwn(tryBlock, fn, new Set([fn]));
}

/** `handler`: the function whose parameters (the request, the response) the code may call methods of; none for a helper it calls. */
function onlyReadsTestsAndThrowsOwn(code: ts.Node, handler: FunctionLike | undefined, followed: Set<FunctionLike>): boolean {
  let only = true;
  const visit = (node: ts.Node): void => {
    if (!only) return;
    // Its own sentence is what the catch may answer; a thrown value from elsewhere is not.
    if (ts.isThrowStatement(node)) only = hasWrittenMessage(unwrapExpression(node.expression));
    else if (isFunctionLike(node) || ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) only = false;
    else if (ts.isCallExpression(node)) only = (handler !== undefined && isOwnParameterCall(node, handler)) || isTextMethodCall(node) || isBuiltinConversionCall(node) || isPlainCheckCall(node, followed);
    if (only && !ts.isThrowStatement(node)) ts.forEachChild(node, visit);
  };
  visit(code);
  return only;
}

/** A call of a synchronous function of the module (not one already being followed) that itself only reads, tests and throws its own sentences. */
function isPlainCheckCall(call: ts.CallExpression, followed: Set<FunctionLike>): boolean {
  const callee = unwrapExpression(call.expression);
  const definition = ts.isIdentifier(callee) ? functionBoundTo(callee.text, callee) : undefined;
  if (!definition?.body || followed.has(definition) || followed.size > 3 || hasModifier(definition, ts.SyntaxKind.AsyncKeyword) || definition.asteriskToken) return false;
  followed.add(definition);
  return onlyReadsTestsAndThrowsOwn(definition.body, undefined, followed);
}

/**
 * `Number(req.params.id)`, `parseInt(limit, 10)`, `Array.isArray(items)`: the language's own conversions and type tests
 * return a value for any input; the worst they raise is a TypeError about the value (a Symbol), naming nothing of the server.
 */
function isBuiltinConversionCall(call: ts.CallExpression): boolean {
  const callee = calleeText(call);
  return callee !== undefined && builtinConversions.has(callee) && !findDeclaration(callee.split(".")[0]!, call);
}

const builtinConversions = new Set(["Number", "String", "Boolean", "parseInt", "parseFloat", "isNaN", "isFinite", "Number.isInteger", "Number.isSafeInteger", "Number.isFinite", "Number.isNaN", "Number.parseInt", "Number.parseFloat", "Array.isArray"]);

/** `res.status(401).send(…)`, `req.header("x-key")`, `next()`: a call rooted at a parameter of `fn`. */
function isOwnParameterCall(call: ts.CallExpression, fn: FunctionLike): boolean {
  const root = callChainRoot(call.expression);
  const declaration = ts.isIdentifier(root) ? findDeclaration(root.text, call) : undefined;
  return !!declaration && ts.isParameter(declaration) && declaration.parent === fn;
}

/** `token.trim()`, `header.replace("Bearer ", "")`: a method of text, which fails at most with a TypeError about the value. */
function isTextMethodCall(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  return ts.isPropertyAccessExpression(callee) && textMethods.has(callee.name.text);
}

const textMethods = new Set(["trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "replace", "replaceAll", "split", "slice", "substring", "startsWith", "endsWith", "includes", "indexOf", "lastIndexOf", "padStart", "padEnd", "normalize", "charAt"]);

/**
 * `try { const { url } = await portalUrlFor(org.id); res.json({ url }) } catch (e) { res.status(500).json({ message:
 * e.message }) }`: everything the `try` waits on is a project function whose every failure is its own sentence (see
 * failsWithOwnSentences in error-kinds.ts: an upstream's failures turned into written text), so the caught message is
 * that text, whatever the status. Only the message; any other `await`, or a call of Node's own modules, keeps the finding.
 */
export function awaitsOnlyOwnFailures(leaf: ts.Expression, scope: ts.Node, facts: GuardFacts): boolean {
  if (!isMessageText(leaf) || !ts.isCatchClause(scope)) return false;
  const tryBlock = scope.parent.tryBlock;
  let waits = false;
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other || isFunctionLike(node)) return;
    if (ts.isCallExpression(node) && isNodeBuiltinCall(node)) other = true;
    if (ts.isAwaitExpression(node)) {
      const awaited = unwrapExpression(node.expression);
      const callee = ts.isCallExpression(awaited) ? unwrapExpression(awaited.expression) : undefined;
      if (callee && ts.isIdentifier(callee) && failsWithOwnSentencesCall(callee, facts)) waits = true;
      else other = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(tryBlock);
  return waits && !other;
}

/**
 * `try { const payload = this.jwtService.decode(token); return { email: payload.email } } catch (e) { throw new
 * RpcException(e) }`: the `try` calls nothing but a non-verifying JWT decode (jwt-calls.ts), which returns null for a
 * malformed token instead of throwing, and reads the result; what it can raise is a TypeError about the caller's own
 * token, naming no query, host or path. So for `await request.jwtVerify()`, the method @fastify/jwt gives a hook's
 * request: it fails only with its own 401 errors (no token, expired, invalid), written for the caller. Not the stack;
 * another verify, any other call, `new` or callback keeps the finding.
 */
export function triesOnlyTokenDecode(leaf: ts.Expression, scope: ts.Node): boolean {
  if (!ts.isCatchClause(scope) || (ts.isPropertyAccessExpression(leaf) && leaf.name.text === "stack")) return false;
  let decodes = false;
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other) return;
    if (isFunctionLike(node) || ts.isNewExpression(node) || ts.isThrowStatement(node) || ts.isTaggedTemplateExpression(node)) other = true;
    else if (ts.isCallExpression(node)) {
      if (jwtCall(node)?.member === "decode" || isRequestJwtVerify(node)) decodes = true;
      else other = true;
    }
    if (!other) ts.forEachChild(node, visit);
  };
  visit(scope.parent.tryBlock);
  return decodes && !other;
}

/** `request.jwtVerify()` on a parameter of the enclosing function: @fastify/jwt's request decorator, not jose's function. */
function isRequestJwtVerify(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "jwtVerify") return false;
  const receiver = unwrapExpression(callee.expression);
  const declaration = ts.isIdentifier(receiver) ? findDeclaration(receiver.text, receiver) : undefined;
  return !!declaration && ts.isParameter(declaration);
}

/**
 * `try { JSON.parse(raw).includes(kind) } catch (e) { res.status(500).send(e) }`: the `try` runs nothing but `JSON.parse`,
 * `JSON.stringify` and methods of values `JSON.parse` made there, so the error is a built-in `SyntaxError` or
 * `TypeError`, whose message and stack are not enumerable own properties: the whole error serialised as JSON is `{}`.
 * Only the whole error, reaching JSON through object and array literals: `String(e)` or a template would show its text.
 */
export function isBuiltinErrorSentAsJson(leaf: ts.Expression, binding: ErrorBinding, send: ts.Node, body: ts.Expression): boolean {
  if (!ts.isCatchClause(binding.scope) || !ts.isIdentifier(leaf) || leaf.text !== binding.name) return false;
  let viaStringify = false;
  for (let node: ts.Node = leaf; node !== body; node = node.parent) {
    const parent = node.parent;
    if (ts.isCallExpression(parent) && calleeText(parent) === "JSON.stringify" && parent.arguments[0] === node) viaStringify = true;
    else if (!(ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent) || ts.isObjectLiteralExpression(parent) || ts.isArrayLiteralExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent))) return false;
  }
  return (viaStringify || sendsAsJson(send)) && runsOnlyJsonBuiltins(binding.scope.parent.tryBlock);
}

/** `res.json(value)` in any framework, or Express's `res.send(value)`, which answers an object with `res.json`. */
function sendsAsJson(send: ts.Node): boolean {
  if (!ts.isCallExpression(send) || !ts.isPropertyAccessExpression(send.expression)) return false;
  const method = send.expression.name.text;
  if (method === "json") return true;
  if (method !== "send") return false;
  let receiver: ts.Expression = send.expression.expression;
  while (ts.isCallExpression(receiver) || ts.isPropertyAccessExpression(receiver)) receiver = receiver.expression;
  const declaration = ts.isIdentifier(receiver) ? findDeclaration(receiver.text, receiver) : undefined;
  const type = declaration && ts.isParameter(declaration) ? declaration.type : undefined;
  return !!type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && importedModuleOf(type.typeName.text, type) === "express";
}

/** Every call is `JSON.parse`, `JSON.stringify` or a method of a local made by `JSON.parse` in the block; no `await`, `new`, `throw` or callback. */
function runsOnlyJsonBuiltins(block: ts.Block): boolean {
  let only = true;
  const visit = (node: ts.Node): void => {
    if (!only) return;
    if (isFunctionLike(node) || ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isThrowStatement(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) only = false;
    else if (ts.isCallExpression(node)) only = /^JSON\.(parse|stringify)$/.test(calleeText(node) ?? "") || isMethodOfParsedLocal(node, block);
    if (only) ts.forEachChild(node, visit);
  };
  visit(block);
  return only;
}

function isMethodOfParsedLocal(call: ts.CallExpression, block: ts.Block): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return false;
  const initializer = constInitializerOf(callee.expression);
  return !!initializer && initializer.pos >= block.pos && initializer.end <= block.end && ts.isCallExpression(initializer) && calleeText(initializer) === "JSON.parse";
}

/** `schema.parse(x)`, `Schema.safeParse(x)`: a schema's verdict on its argument (never `JSON`, `qs` or `Date`). */
function isSchemaParse(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  return ts.isPropertyAccessExpression(callee) && /^(parse|safeParse)$/.test(callee.name.text) && !/^(JSON|qs|querystring|url|URL|path|Date|cookie|yaml|YAML|Number)$/.test(calleeText(call)?.split(".")[0] ?? "");
}

/** `parseFilter(text)` or `Formula.valueType(expression)` where the function or class is imported (not a local instance). */
function isImportedPureCall(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  const root = ts.isIdentifier(callee) ? callee : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? callee.expression : undefined;
  if (!root || (root !== callee && !/^[A-Z]/.test(root.text))) return false;
  const module = importedModuleOf(root.text, root);
  // Node's own modules do I/O synchronously (`readFileSync`, `execSync`): their errors name paths and commands.
  return module !== undefined && !isBuiltin(module);
}

/**
 * `validateUrl(url)`, or an imported `assertRoleAllowed(org, role)` when `facts` are given: a synchronous function, of
 * this file or another, whose every `throw` states its own refusal and that calls none of Node's own modules
 * (error-kinds.ts), so what it raises is its verdict on the arguments.
 */
function isRefusingCheckCall(call: ts.CallExpression, facts: GuardFacts | undefined): boolean {
  const callee = unwrapExpression(call.expression);
  if (!ts.isIdentifier(callee)) return false;
  const local = functionBoundTo(callee.text, callee);
  // Without facts (a `try` that awaits), only a check that throws its sentences itself counts.
  return local ? refusesWithOwnSentences(local, facts !== undefined) : !!facts?.isRefusingCheck(callee.text);
}
