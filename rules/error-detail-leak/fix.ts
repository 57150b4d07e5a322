// error-detail-leak's fix: the leaking values become a generic message with a correlation id, and the error is logged
// with that id where it was caught.

import { ts } from "ts-morph";
import type { FixBuilder } from "../engine/fix-builder.js";
import { lineIndentation } from "../engine/code-style.js";
import type { Span } from "../engine/types.js";
import { randomUuidCallFor } from "../model/random-uuid.js";
import type { RandomUuidSource } from "../model/runtimes.js";
import { hasWrittenMessage, isSpecificClassName, isStatuslessErrorBase } from "../model/error-kinds.js";
import { calleeText, enclosingFunction, escapeTemplateText, findDeclaration, isFallbackOperator, isFunctionLike, spanOf, stringValue, unwrapExpression } from "../model/syntax.js";
import type { Context, ErrorBinding, GuardFacts } from "./types.js";
import { unguardedLeaks } from "./leaks.js";
import { bindingOf, stringifiers } from "./values.js";

/**
 * Replaces each leaking value with a generic message that carries a correlation id, and logs the error with that id
 * once, at the top of the catch block or error handler: the rest of the response (a JSON-RPC envelope, a status, other
 * fields) stays as the client expects it, and several sends in one block share one `errorId`.
 */
export function sendGenericMessage(edit: FixBuilder, send: ts.Node, body: ts.Expression, format: "json" | "text", binding: ErrorBinding, ctx: Context, facts: GuardFacts, uuidSource: RandomUuidSource): void {
  // `JSON.stringify({ error: err.message })` keeps its JSON: the object inside is what gets replaced.
  const unwrapped = unwrapExpression(body);
  const stringified = ts.isCallExpression(unwrapped) && calleeText(unwrapped) === "JSON.stringify" ? unwrapped.arguments[0] : undefined;
  const replaced = stringified ?? body;
  const scopeBody = errorIdScopeOf(send, binding);
  const sentObject = builtObjectOf(unwrapped, scopeBody);
  // `const data = { path, error: err.message }; res.json(data)`: the leaking fields of `data` are replaced where it is
  // built, so its other fields stay and every other use of it (`res.render("500", data)`) is mended too.
  const carriers = withBranchesMerged(unguardedLeaks(sentObject ?? body, send, facts).map((leak) => carrierOf(leak.leaf)));
  const message = "Internal server error (reference ${errorId})";
  // The body is the error or its detail itself (`res.json(err)`, `res.send(String(err))`, `JSON.stringify(err)`): it
  // is what gets replaced.
  const wholeCarrier = carriers.find((carrier) => carrier === replaced || carrier === unwrapExpression(replaced) || carrier === unwrapped);
  // `res.send(err)` answers the error object as JSON (Express and Koa serialise objects), so its replacement stays JSON;
  // a thrown `new ConflictException(err)` keeps the framework's own envelope around a message.
  const sendsErrorObject = !ts.isThrowStatement(send) && wholeCarrier !== undefined && ts.isIdentifier(wholeCarrier) && wholeCarrier.text === binding.name;
  const isJson = format === "json" || stringified !== undefined || ts.isObjectLiteralExpression(unwrapped) || sendsErrorObject;
  const replacements: Array<{ span: Span; text: string }> = wholeCarrier
    ? [{ span: spanOf(replaced), text: isJson ? (errorEnvelopeOf(ctx.sourceFile, message) ?? `{ error: "Internal server error", errorId }`) : `\`${message}\`` }]
    : carriers.map((carrier) => replacementOf(carrier, message, ctx.text));
  const uuid = randomUuidCallFor(ctx.file.imports, uuidSource);
  if (scopeBody && ts.isBlock(scopeBody)) {
    const unused = unusedAfterFix(carriers, scopeBody);
    const first = scopeBody.statements[0];
    if (!declaresErrorId(scopeBody)) {
      const indent = first ? lineIndentation(ctx.text, first.getStart()) : lineIndentation(ctx.text, scopeBody.getStart()) + "  ";
      // The try's own refusals (`throw new RpcException("Tenant required")`) were meant for the caller: they pass on as
      // they are, and only what the try did not write itself is masked.
      const refusals = ts.isThrowStatement(send) ? ownRefusalClassesOf(binding) : [];
      const passOn = refusals.map((name) => `if (${binding.name} instanceof ${name}) throw ${binding.name};\n${indent}`).join("");
      const declaration = `${passOn}const errorId = ${uuid.text};\n${indent}console.error(errorId, ${binding.name});`;
      // A dead first statement makes room for the declaration; edits never overlap.
      if (first && unused.includes(first as ts.VariableStatement)) edit.replace(first, declaration);
      else if (first) edit.insertBefore(first, `${declaration}\n${indent}`);
      else edit.insertAfter(scopeBody.getStart() + 1, `\n${indent}${declaration}`);
      if (uuid.importFrom) edit.addNamedImport(uuid.importFrom, uuid.imported);
    }
    for (const { span, text } of replacements) edit.replace(span, text);
    for (const local of unused) if (local !== first || declaresErrorId(scopeBody)) edit.remove(lineSpanOf(local, ctx.text));
    return;
  }
  // An expression-bodied arrow (`(err, c) => c.json({ error: err.message }, 500)`) gets a block.
  const arrow = enclosingArrow(send);
  if (!arrow) return;
  if (uuid.importFrom) edit.addNamedImport(uuid.importFrom, uuid.imported);
  const indent = lineIndentation(ctx.text, arrow.getStart());
  const arrowBody = arrow.body;
  let bodyText = "";
  let position = arrowBody.getStart();
  for (const { span, text } of [...replacements].sort((a, b) => a.span.start - b.span.start)) {
    bodyText += ctx.text.slice(position, span.start) + text;
    position = span.end;
  }
  bodyText += ctx.text.slice(position, arrowBody.getEnd());
  edit.replace(arrowBody, `{\n${indent}  const errorId = ${uuid.text};\n${indent}  console.error(errorId, ${binding.name});\n${indent}  return ${bodyText};\n${indent}}`);
}

/**
 * The classes the catch's own try block throws with a sentence it wrote (`throw new RpcException("Missing tenant ID")`),
 * outside nested functions, other than the statusless built-ins an `instanceof` could not tell from a foreign error.
 */
function ownRefusalClassesOf(binding: ErrorBinding): string[] {
  const tryStatement = binding.scope.parent;
  if (!ts.isCatchClause(binding.scope) || !ts.isTryStatement(tryStatement)) return [];
  const classes = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node)) return;
    if (ts.isThrowStatement(node)) {
      const thrown = unwrapExpression(node.expression);
      if (ts.isNewExpression(thrown) && ts.isIdentifier(thrown.expression) && isSpecificClassName(thrown.expression.text) && !isStatuslessErrorBase(thrown.expression.text) && hasWrittenMessage(thrown)) classes.add(thrown.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tryStatement.tryBlock);
  return [...classes];
}

/**
 * The error answer this file already sends elsewhere (`{ status: "Fail", message: error.message, data: null }` in a
 * catch block), with its message made generic: a whole error object replaced by it keeps the fields the app's own
 * client reads. Only an envelope whose other fields are literals qualifies, so the copy reads nothing out of scope.
 */
function errorEnvelopeOf(sourceFile: ts.SourceFile, message: string): string | undefined {
  let envelope: string | undefined;
  const inCatch = (block: ts.Node, caught: string): void => {
    if (envelope) return;
    if (ts.isObjectLiteralExpression(block) && ts.isCallExpression(block.parent)) {
      const isMessage = (value: ts.Expression): boolean => {
        const read = unwrapExpression(value);
        return ts.isPropertyAccessExpression(read) && read.name.text === "message" && ts.isIdentifier(read.expression) && read.expression.text === caught;
      };
      const isLiteral = (value: ts.Expression): boolean => ts.isStringLiteralLike(value) || ts.isNumericLiteral(value) || [ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(value.kind);
      const properties = block.properties.filter(ts.isPropertyAssignment);
      const detail = properties.filter((property) => isMessage(property.initializer));
      if (properties.length === block.properties.length && detail.length === 1 && properties.every((property) => isMessage(property.initializer) || isLiteral(property.initializer))) {
        const text = sourceFile.text;
        const carrier = detail[0]!.initializer;
        envelope = text.slice(block.getStart(), carrier.getStart()) + `\`${message}\`` + text.slice(carrier.getEnd(), block.getEnd());
        return;
      }
    }
    ts.forEachChild(block, (child) => inCatch(child, caught));
  };
  const visit = (node: ts.Node): void => {
    if (envelope) return;
    if (ts.isCatchClause(node) && node.variableDeclaration && ts.isIdentifier(node.variableDeclaration.name)) inCatch(node.block, node.variableDeclaration.name.text);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return envelope;
}

/**
 * Where the fix declares `errorId`: the body of a function inside the error's scope that holds the send (an error
 * handler's inner `defaultHandler`), so the id is made and the error logged only on the path that sends it, not for
 * every case the handler answers otherwise (a 404, a CSRF refusal); else the catch block or the handler's body.
 */
function errorIdScopeOf(send: ts.Node, binding: ErrorBinding): ts.Node | undefined {
  const inner = enclosingFunction(send);
  const isInside = inner !== undefined && inner !== binding.scope && inner.getStart() >= binding.scope.getStart() && inner.getEnd() <= binding.scope.getEnd();
  if (isInside && inner.body && ts.isBlock(inner.body)) return inner.body;
  return ts.isCatchClause(binding.scope) ? binding.scope.block : isFunctionLike(binding.scope) ? binding.scope.body : undefined;
}

/**
 * The object literal a const of the catch or handler body holds, when `sent` names it (`const data = { … }`, declared
 * in the body, where the `errorId` the fix declares at the body's top is in scope).
 */
function builtObjectOf(sent: ts.Expression, scopeBody: ts.Node | undefined): ts.ObjectLiteralExpression | undefined {
  if (!ts.isIdentifier(sent) || !scopeBody || !ts.isBlock(scopeBody)) return undefined;
  const declaration = findDeclaration(sent.text, sent);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !(declaration.parent.flags & ts.NodeFlags.Const)) return undefined;
  const initializer = unwrapExpression(declaration.initializer);
  const first = scopeBody.statements[0];
  const inside = first !== undefined && declaration.getStart() >= first.getStart() && declaration.getEnd() <= scopeBody.getEnd();
  return inside && ts.isObjectLiteralExpression(initializer) ? initializer : undefined;
}

/** The expression that is only the leaked value made text: `String(err)`, `err.toString()`, `(err as Error).message`. */
function carrierOf(leaf: ts.Expression): ts.Expression {
  let carrier: ts.Expression = leaf;
  for (let parent = carrier.parent; ; parent = carrier.parent) {
    if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isNonNullExpression(parent)) carrier = parent;
    else if (ts.isCallExpression(parent) && parent.arguments.length === 1 && parent.arguments[0] === carrier && stringifiers.has(calleeText(parent) ?? "")) carrier = parent;
    else if (ts.isPropertyAccessExpression(parent) && parent.name.text === "toString" && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) carrier = parent.parent;
    else return carrier;
  }
}

/** `err instanceof Error ? err.message : String(err)`: when both branches carry the error, the whole test does. */
function withBranchesMerged(carriers: ts.Expression[]): ts.Expression[] {
  const merged = carriers.map((carrier) => {
    const test = carrier.parent;
    if (!ts.isConditionalExpression(test) || test.condition === carrier) return carrier;
    return carriers.includes(test.whenTrue === carrier ? test.whenFalse : test.whenTrue) ? carrierOf(test) : carrier;
  });
  return [...new Set(merged)];
}

/**
 * The generic message in place of one leaked value, written for where it sits: inside a template its `${…}` becomes
 * the text itself; a shorthand property (`{ message }`) keeps its name.
 */
function replacementOf(carrier: ts.Expression, message: string, text: string): { span: Span; text: string } {
  const parent = carrier.parent;
  // `err.message || "Failed to load the file."`: the project's own text for the failure becomes the generic message,
  // rather than staying behind it as a fallback that can never be reached.
  const fallsBack = ts.isBinaryExpression(parent) && parent.left === carrier && isFallbackOperator(parent.operatorToken.kind);
  const fallback = fallsBack ? stringValue(unwrapExpression(parent.right)) : undefined;
  if (fallback) return { span: spanOf(parent), text: `\`${escapeTemplateText(fallback)} (reference \${errorId})\`` };
  // `err.message || statusText[err.status]`: behind the generic message the fallback could never be reached.
  if (fallsBack) return { span: spanOf(parent), text: `\`${message}\`` };
  if (ts.isTemplateSpan(parent) && parent.expression === carrier) {
    const start = text.lastIndexOf("${", carrier.getStart());
    const end = text.indexOf("}", carrier.getEnd()) + 1;
    return { span: { start, end }, text: message };
  }
  if (ts.isShorthandPropertyAssignment(parent)) return { span: spanOf(parent), text: `${parent.name.text}: \`${message}\`` };
  return { span: spanOf(carrier), text: `\`${message}\`` };
}

/**
 * The statements declaring a local that only held the detail (`const message = err instanceof Error ? err.message : …`)
 * and that nothing but the replaced send reads: left behind, they would be dead code (and an error under noUnusedLocals).
 */
function unusedAfterFix(carriers: ts.Expression[], scope: ts.Block): ts.VariableStatement[] {
  return carriers.flatMap((carrier) => {
    if (!ts.isIdentifier(carrier)) return [];
    const declaration = bindingOf(carrier);
    if (!declaration || !ts.isVariableDeclaration(declaration)) return [];
    const statement = declaration.parent.parent;
    if (!ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1 || statement.parent !== scope) return [];
    let references = 0;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === carrier.text && node !== declaration.name && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) references++;
      ts.forEachChild(node, visit);
    };
    visit(scope);
    return references === 1 ? [statement] : [];
  });
}

/** The whole lines `node` spans, its line break included. */
function lineSpanOf(node: ts.Node, text: string): Span {
  const start = text.lastIndexOf("\n", node.getStart()) + 1;
  const lineEnd = text.indexOf("\n", node.getEnd());
  return { start, end: lineEnd === -1 ? text.length : lineEnd + 1 };
}

/** The block already opens with the correlation id another fix of this rule declared. */
function declaresErrorId(block: ts.Block): boolean {
  return block.statements.some(
    (statement) => ts.isVariableStatement(statement) && statement.declarationList.declarations.some((declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === "errorId"),
  );
}

function enclosingArrow(node: ts.Node): ts.ArrowFunction | undefined {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (ts.isArrowFunction(current)) return ts.isBlock(current.body) ? undefined : current;
  }
  return undefined;
}
