// error-detail-leak: details that come from an upstream service or a template engine rather than from the server itself.

import { ts } from "ts-morph";
import { someDescendant } from "../model/auth-checks.js";
import { responseBodyOf } from "../model/responses.js";
import { failsWithOwnSentences, isNodeBuiltinCall, isTemplateEngineModule } from "../model/error-kinds.js";
import { bindingNamed, callChainRoot, constInitializerOf, findDeclaration, functionBoundTo, hasModifier, importedModuleOf, isFunctionLike, returnedExpressions, unwrapExpression } from "../model/syntax.js";
import type { GuardFacts } from "./types.js";
import { isMessageText, valueLeaves } from "./values.js";
import { answersWithClientError, valueAlternatives } from "./statuses.js";

const { SyntaxKind } = ts;

/**
 * `try { const upstream = await fetch(providerUrl, init); res.status(upstream.status).end(await upstream.text()) } catch
 * (e) { res.status(500).json({ message: e.message }) }`: a gateway. Everything the `try` waits on is the upstream
 * request (an outbound call, or a method of a client made for a `baseURL`) or a read of what it returned, and the `try`
 * answers the client with what the upstream returned: the caught text is the upstream's own failure or the transport's
 * about the upstream the handler relays anyway, not this server's queries or paths. Only the message; a `try` that also
 * waits on anything else (a database write) or calls Node's own modules keeps the finding.
 */
export function relaysUpstream(leaf: ts.Expression, scope: ts.Node, facts: GuardFacts): boolean {
  if (!isMessageText(leaf) || !ts.isCatchClause(scope)) return false;
  const tryBlock = scope.parent.tryBlock;
  let waits = false;
  let relays = false;
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other || isFunctionLike(node)) return;
    if (ts.isCallExpression(node) && isNodeBuiltinCall(node)) other = true;
    else if (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier)) {
      if (isUpstreamValue(node.expression, tryBlock, facts, 0)) waits = true;
      else other = true;
    } else if (!relays) {
      const sent = responseBodyOf(node)?.body;
      relays = !!sent && valueLeaves(sent).concat(callArgumentsIn(sent)).some((value) => isUpstreamValue(value, tryBlock, facts, 0));
    }
    ts.forEachChild(node, visit);
  };
  visit(tryBlock);
  return waits && relays && !other;
}

/** The arguments of the calls a sent value is made with (`decoder.decode(chunk)`, `JSON.stringify(event)`), one level deep. */
function callArgumentsIn(sent: ts.Expression): ts.Expression[] {
  const values: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node)) return;
    if (ts.isCallExpression(node)) values.push(...node.arguments);
    ts.forEachChild(node, visit);
  };
  visit(sent);
  return values;
}

/**
 * The upstream's answer or the request for it, declared in the `try`: an outbound call, a call through a client made
 * there for a base URL (`new OpenAI({ baseURL })`) or through a `const` holding the global `fetch` (`options.fetch ??
 * fetch`), and what is read from such a value (`upstream.text()`, `upstream.body.getReader()`, a `for await` chunk).
 */
function isUpstreamValue(expression: ts.Expression, tryBlock: ts.Block, facts: GuardFacts, depth: number): boolean {
  const value = unwrapExpression(expression);
  // Each name and each step of a chain is one level: `reader.read()` of `upstream.body.getReader()` of `await fetch()`.
  if (depth > 16) return false;
  if (ts.isAwaitExpression(value)) return isUpstreamValue(value.expression, tryBlock, facts, depth + 1);
  if (ts.isPropertyAccessExpression(value) || ts.isElementAccessExpression(value)) return isUpstreamValue(value.expression, tryBlock, facts, depth + 1);
  if (ts.isCallExpression(value)) {
    if (facts.isOutboundCall(value) || isUpstreamClient(callChainRoot(value.expression), tryBlock)) return true;
    const callee = unwrapExpression(value.expression);
    return !ts.isIdentifier(callee) && isUpstreamValue(callee, tryBlock, facts, depth + 1);
  }
  if (!ts.isIdentifier(value)) return false;
  const initializer = initializerInside(value, tryBlock);
  return !!initializer && isUpstreamValue(initializer, tryBlock, facts, depth + 1);
}

/** What a name declared in the block holds: a variable's initializer (destructured or not), or a `for … of` loop's iterable. */
function initializerInside(identifier: ts.Identifier, block: ts.Block): ts.Expression | undefined {
  let declaration: ts.Node | undefined = findDeclaration(identifier.text, identifier);
  if (!declaration) {
    for (let parent: ts.Node = identifier.parent; parent !== block && !isFunctionLike(parent); parent = parent.parent) {
      if (ts.isForOfStatement(parent) && ts.isVariableDeclarationList(parent.initializer) && parent.initializer.declarations.some((d) => bindingNamed(d.name, identifier.text))) return parent.expression;
    }
    return undefined;
  }
  while (ts.isBindingElement(declaration) || ts.isObjectBindingPattern(declaration) || ts.isArrayBindingPattern(declaration)) declaration = declaration.parent;
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer || declaration.pos < block.pos || declaration.end > block.end) return undefined;
  return declaration.initializer;
}

/** A client the block makes for a base URL (`new OpenAI({ apiKey, baseURL })`), or a `const` of it holding the global `fetch`. */
function isUpstreamClient(root: ts.Expression, tryBlock: ts.Block): boolean {
  if (!ts.isIdentifier(root)) return false;
  const initializer = initializerInside(root, tryBlock);
  if (!initializer) return false;
  const made = unwrapExpression(initializer);
  if (ts.isNewExpression(made)) {
    const options = made.arguments?.[0] && unwrapExpression(made.arguments[0]);
    return !!options && ts.isObjectLiteralExpression(options) && options.properties.some((property) => /^base(URL|Url)$/.test(property.name?.getText() ?? ""));
  }
  return valueAlternatives(made).some((alternative) => ts.isIdentifier(alternative) && alternative.text === "fetch" && !findDeclaration("fetch", alternative));
}

/** The function a call names fails only with the project's own text: one of this file, or one the project model knows. */
export function failsWithOwnSentencesCall(callee: ts.Identifier, facts: GuardFacts): boolean {
  const local = functionBoundTo(callee.text, callee);
  return local ? failsWithOwnSentences(local) : facts.failsWithOwnSentences(callee.text);
}

/**
 * `try { const render = handlebars.compile(command.template); html = render(data) } catch (e) { throw new
 * BadRequestException(e.message) }`: the `try` only compiles and renders a template with a template engine (the
 * engine imported, or made by a synchronous function of this file that returns it), so the error is the engine's
 * verdict on the template the caller wrote: a parse error quoting their own text, or a helper's complaint about
 * their data. Only its text (`e.message`, `${e}`), answered as a client error; an `await`, a `new` or any other call
 * keeps the finding.
 */
export function isTemplateVerdictOnInput(leaf: ts.Expression, scope: ts.Node, send: ts.Node, body: ts.Expression, facts: GuardFacts): boolean {
  if (!isMessageText(leaf) || !ts.isCatchClause(scope) || !answersWithClientError(send, body, facts)) return false;
  let renders = false;
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other) return;
    if (isFunctionLike(node) || ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isNewExpression(node) || ts.isThrowStatement(node)) other = true;
    else if (ts.isCallExpression(node)) {
      if (isTemplateEngineValue(node, 0) || isTemplateEngineValue(callChainRoot(node.expression), 0)) renders = true;
      else other = true;
    }
    if (!other) ts.forEachChild(node, visit);
  };
  visit(scope.parent.tryBlock);
  return renders && !other;
}

/**
 * A template engine or what it made: its import (`Handlebars`), a `const` holding one (`const render =
 * engine.compile(text)`), a call on one, or a call of a synchronous function of this file that returns one and does
 * no I/O of Node's own (`createEngine(i18n)`, which registers helpers on `Handlebars.create()`).
 */
function isTemplateEngineValue(expression: ts.Expression, depth: number): boolean {
  const value = unwrapExpression(expression);
  if (depth > 8) return false;
  if (ts.isIdentifier(value)) {
    if (isTemplateEngineModule(importedModuleOf(value.text, value) ?? "")) return true;
    const initializer = constInitializerOf(value);
    return !!initializer && isTemplateEngineValue(initializer, depth + 1);
  }
  if (ts.isPropertyAccessExpression(value)) return isTemplateEngineValue(value.expression, depth + 1);
  if (!ts.isCallExpression(value)) return false;
  const callee = unwrapExpression(value.expression);
  const fn = ts.isIdentifier(callee) ? functionBoundTo(callee.text, callee) : undefined;
  if (!fn) return isTemplateEngineValue(callChainRoot(value.expression), depth + 1);
  if (!fn.body || hasModifier(fn, SyntaxKind.AsyncKeyword) || fn.asteriskToken) return false;
  // Helpers it registers run while the template renders: none may wait on anything or touch Node's own I/O either.
  if (someDescendant(fn.body, (node) => ts.isAwaitExpression(node) || (ts.isCallExpression(node) && isNodeBuiltinCall(node)))) return false;
  const returned = returnedExpressions(fn);
  return !!returned && returned.length > 0 && returned.every((expression) => isTemplateEngineValue(expression, depth + 1));
}
