// Content-type and MIME checks that match more than they mean to: prefix/substring/suffix tests and unanchored regexes
// on a MIME value (`file.mimetype.startsWith("image/")` lets `image/svg+xml` through), and equality on the raw
// `Content-Type` header, which carries parameters. Only checks that decide whether a request or an upload is accepted
// count: one that picks a parser or a renderer accepts nothing. Records facts (and the exact allow-list the check
// stands for) only.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";
import { loggingLevelOf } from "./loggers.js";
import { quoteNode } from "./secret-literals.js";
import type { Extractor } from "./summarize.js";
import type { FileSummary } from "./types.js";
import { rejectsRequest } from "./responses.js";
import { findDeclaration, isFunctionLike, spanOf, stringValue, unwrapExpression } from "./syntax.js";

export type LooseMimeCheckKind = "prefix" | "substring" | "suffix" | "regex" | "rawHeaderEquality";

export interface LooseMimeCheckSummary {
  kind: LooseMimeCheckKind;
  /** The whole check, to report on and to replace with an exact comparison. */
  span: Span;
  /** The MIME value as written (`file.mimetype`, `req.headers["content-type"]`). */
  subject: string;
  subjectSpan: Span;
  /** The subject is a raw `Content-Type` header, which may carry `; charset=...` parameters. */
  isRawHeader: boolean;
  /** The media types the check stands for, when they can be read from it (`image/` → the common raster types). */
  allowList?: string[];
}

const mimeNames = /^(mime|mimetype|mimeType|mime_type|contentType|content_type|mediaType)$/;
// Not `part`: the `.type` of a message or content part is its kind (`text`, `tool-call`), not a media type.
const fileLikeObject = /(file|upload|blob|image|attachment|avatar|photo|document|media)s?$/i;
/** Array methods whose callback's result decides which items are kept or whether any matched. */
const predicateMethods = new Set(["filter", "some", "every", "find", "findIndex"]);
const verdictOperators = new Set([
  ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.LessThanToken, ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanEqualsToken,
]);
/** How far a check's value is followed through variables and predicate callbacks to the condition that uses it. */
const maxGateHops = 2;
const looseMethods: Record<string, LooseMimeCheckKind> = { startsWith: "prefix", includes: "substring", endsWith: "suffix", indexOf: "substring", match: "regex", search: "regex" };

/** What a family prefix is usually meant to allow: raster images only (never `image/svg+xml`, which runs script). */
const familyDefaults: Record<string, string[]> = {
  image: ["image/png", "image/jpeg", "image/gif", "image/webp"],
  video: ["video/mp4", "video/webm"],
  audio: ["audio/mpeg", "audio/ogg", "audio/wav"],
  text: ["text/plain"],
};
const wordDefaults: Record<string, string[]> = {
  json: ["application/json"],
  pdf: ["application/pdf"],
  csv: ["text/csv"],
  xml: ["application/xml"],
  zip: ["application/zip"],
  png: ["image/png"],
  jpeg: ["image/jpeg"],
  jpg: ["image/jpeg"],
};

export const mimeChecks: Extractor = {
  kinds: [ts.SyntaxKind.CallExpression, ts.SyntaxKind.BinaryExpression],
  visit(node, { summary, sourceFile }) {
    const check = ts.isCallExpression(node) ? looseCall(node) : rawHeaderEquality(node as ts.BinaryExpression);
    if (!check || !isAcceptanceGate(check.node) || isFetchedResponseType(check.subject, summary) || picksBodyParser(check)) return;
    // `!type.includes(a) && !type.includes(b)` is one check of one value: reported once, on its first operand.
    const chain = logicalChainOf(check.node);
    const subjectText = check.subject.getText(sourceFile);
    if (chain && (summary.looseMimeChecks ?? []).some((earlier) => earlier.span.start >= chain.getStart(sourceFile) && earlier.span.end <= chain.end && earlier.subject === quoteNode(check.subject, sourceFile) && subjectText === sourceFile.text.slice(earlier.subjectSpan.start, earlier.subjectSpan.end))) return;
    (summary.looseMimeChecks ??= []).push({
      subjectSpan: spanOf(check.subject, sourceFile),
      kind: check.kind,
      span: spanOf(check.node, sourceFile),
      subject: quoteNode(check.subject, sourceFile),
      isRawHeader: isRawContentType(check.subject),
      allowList: check.allowList,
    });
  },
};

interface LooseCheck {
  kind: LooseMimeCheckKind;
  node: ts.Node;
  subject: ts.Expression;
  allowList?: string[];
  /** The type or word tested for, as written (`"application/json"`, `"ndjson"`). */
  tested?: string;
}

/**
 * Wire formats of a request body that a parser reads (JSON, NDJSON, protobuf, forms, msgpack/CBOR, gRPC): a body sent
 * in one of them is decoded into values, never kept or served back as the type it claimed.
 */
const bodyEncoding = /^(application\/)?(json|x-ndjson|ndjson|jsonl|x-protobuf|protobuf|vnd\.google\.protobuf|grpc(\+proto)?|x-www-form-urlencoded|msgpack|x-msgpack|cbor)$|^(multipart\/)?form-data$/i;

/** Binary body encodings: clients send them without parameters (no charset), so an exact match is the whole type. */
const binaryBodyEncoding = /^(application\/)?(x-protobuf|protobuf|vnd\.google\.protobuf|grpc(\+proto)?|msgpack|x-msgpack|cbor)$/i;

/**
 * A prefix or substring test of the request's own Content-Type against body encodings, on a header value used for
 * nothing but such tests: it chooses which parser reads the body (or turns away bodies no parser here reads). The
 * parsed values are what the handler keeps; an upload whose claimed type is stored or served back stays a finding. An
 * exact gate on a binary encoding (`!== "application/x-protobuf"`) is no looser and turns away no valid client, since
 * those types carry no charset; an exact `"application/json"` still does.
 */
function picksBodyParser(check: LooseCheck): boolean {
  if (check.kind !== "prefix" && check.kind !== "substring" && check.kind !== "rawHeaderEquality") return false;
  const encoding = check.kind === "rawHeaderEquality" ? binaryBodyEncoding : bodyEncoding;
  if (check.tested === undefined || !encoding.test(check.tested.trim()) || !readsContentTypeHeader(check.subject)) return false;
  return onlyTested(check.subject);
}

/** The Content-Type header as read, also lower-cased or trimmed, with a fallback, or through the variable holding it. */
function readsContentTypeHeader(node: ts.Expression, depth = 0): boolean {
  const expression = unwrapExpression(node);
  if (isRawContentType(expression)) return true;
  if (depth > 3) return false;
  if (ts.isBinaryExpression(expression) && (expression.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || expression.operatorToken.kind === ts.SyntaxKind.BarBarToken)) return readsContentTypeHeader(expression.left, depth + 1);
  if (ts.isCallExpression(expression) && expression.arguments.length === 0 && ts.isPropertyAccessExpression(expression.expression) && /^(toLowerCase|trim)$/.test(expression.expression.name.text)) return readsContentTypeHeader(expression.expression.expression, depth + 1);
  if (ts.isIdentifier(expression)) {
    const declaration = findDeclaration(expression.text, expression);
    return !!declaration && ts.isVariableDeclaration(declaration) && !!declaration.initializer && readsContentTypeHeader(declaration.initializer, depth + 1);
  }
  return false;
}

/**
 * The header value (inline, or the variable holding it) is read only by type tests, comparisons, a presence test
 * (`!contentType`) and log lines (`logger.warn(\`bad type ${contentType}\`)`): nothing keeps it or serves it back.
 */
function onlyTested(subject: ts.Expression): boolean {
  const expression = unwrapExpression(subject);
  if (!ts.isIdentifier(expression)) return true;
  const declaration = findDeclaration(expression.text, expression);
  if (!declaration || !ts.isVariableDeclaration(declaration)) return false;
  const uses = usesAfter(declaration, expression.text);
  return uses.every((use) => {
    const parent = use.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === use) return parent.name.text in looseMethods || parent.name.text === "toLowerCase" || parent.name.text === "split";
    if (ts.isBinaryExpression(parent)) return parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken;
    if (ts.isPrefixUnaryExpression(parent)) return parent.operator === ts.SyntaxKind.ExclamationToken;
    if (isLogged(use)) return true;
    return ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && parent.expression.name.text === "test";
  });
}

/** The value is an argument of a logging call (`<logger>.<level>(…)`), itself or inside a template string. */
function isLogged(use: ts.Identifier): boolean {
  let argument: ts.Node = use;
  if (ts.isTemplateSpan(use.parent)) argument = use.parent.parent;
  const call = argument.parent;
  return !!call && ts.isCallExpression(call) && call.arguments.includes(argument as ts.Expression) && loggingLevelOf(call, () => true) !== undefined;
}

/** The outermost `&&`/`||` chain the check is an operand of (through `!` and parentheses), if any. */
function logicalChainOf(check: ts.Node): ts.Node | undefined {
  let current = check;
  let chain: ts.Node | undefined;
  while (current.parent) {
    const parent = current.parent;
    const logical = ts.isBinaryExpression(parent) && (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || parent.operatorToken.kind === ts.SyntaxKind.BarBarToken);
    if (!logical && !ts.isParenthesizedExpression(parent) && !(ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken)) break;
    if (logical) chain = parent;
    current = parent;
  }
  return chain;
}

function looseCall(call: ts.CallExpression): LooseCheck | undefined {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  const argument = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if (!argument) return undefined;
  if (method === "test" && ts.isRegularExpressionLiteral(callee.expression) && isMimeValue(argument)) {
    const source = regexSource(callee.expression);
    return source.anchored ? undefined : { kind: "regex", node: call, subject: argument, allowList: typesInPattern(source.pattern) };
  }
  const kind = looseMethods[method];
  const subject = unwrapExpression(callee.expression);
  if (!kind || !isMimeValue(subject)) return undefined;
  if (ts.isRegularExpressionLiteral(argument)) {
    const source = regexSource(argument);
    return source.anchored ? undefined : { kind: "regex", node: call, subject, allowList: typesInPattern(source.pattern) };
  }
  const text = stringValue(argument);
  // `indexOf` compared with a number is reported as the comparison, so the suggestion replaces all of it.
  const node = method === "indexOf" && ts.isBinaryExpression(call.parent) ? call.parent : call;
  return { kind, node, subject, tested: text, allowList: text === undefined || method === "indexOf" || method === "search" ? undefined : allowListFor(text, kind) };
}

/**
 * Whether the check decides if a request or an upload is accepted: it is the condition of a branch that turns the
 * request away (a throw, a 4xx answer, an error handed to a callback), or of an early return followed by one; the
 * verdict a multer `fileFilter` passes to its callback; or a value that reaches such a condition through a variable
 * or a predicate callback (`files.some((file) => …)`).
 */
function isAcceptanceGate(check: ts.Node, hops = 0): boolean {
  let current = check;
  for (;;) {
    const parent = current.parent;
    if (!parent) return false;
    if (carriesVerdict(parent, current)) {
      current = parent;
      continue;
    }
    if (ts.isIfStatement(parent)) return parent.expression === current && ifRejects(parent);
    if (ts.isConditionalExpression(parent)) return parent.condition === current && (rejectsRequest(parent.whenTrue) || rejectsRequest(parent.whenFalse));
    if (ts.isCallExpression(parent)) return parent.arguments.includes(current as ts.Expression) && isFileFilterVerdict(parent);
    if (hops >= maxGateHops) return false;
    if (ts.isVariableDeclaration(parent) && parent.initializer === current && ts.isIdentifier(parent.name)) {
      return usesAfter(parent, parent.name.text).some((use) => isAcceptanceGate(use, hops + 1));
    }
    const predicateCall = predicateCallOf(parent, current);
    return !!predicateCall && isAcceptanceGate(predicateCall, hops + 1);
  }
}

/** Nodes through which a check's verdict reaches a condition unchanged in meaning: `!`, `&&`/`||`, comparisons, `.length`. */
function carriesVerdict(parent: ts.Node, child: ts.Node): boolean {
  if (ts.isParenthesizedExpression(parent) || ts.isNonNullExpression(parent) || ts.isAsExpression(parent)) return true;
  if (ts.isPrefixUnaryExpression(parent)) return parent.operator === ts.SyntaxKind.ExclamationToken;
  if (ts.isPropertyAccessExpression(parent)) return parent.expression === child && parent.name.text === "length";
  if (!ts.isBinaryExpression(parent)) return false;
  const operator = parent.operatorToken.kind;
  return verdictOperators.has(operator);
}

/** The branch rejects, or it returns early and the statement after the `if` rejects (`if (ok) return accept(); reject()`). */
function ifRejects(statement: ts.IfStatement): boolean {
  if (rejectsRequest(statement.thenStatement) || (statement.elseStatement && rejectsRequest(statement.elseStatement))) return true;
  if (statement.elseStatement || !exitsEarly(statement.thenStatement) || !ts.isBlock(statement.parent)) return false;
  const next = statement.parent.statements[statement.parent.statements.indexOf(statement) + 1];
  return !!next && rejectsRequest(next);
}

function exitsEarly(statement: ts.Statement): boolean {
  const last = ts.isBlock(statement) ? statement.statements[statement.statements.length - 1] : statement;
  return !!last && (ts.isReturnStatement(last) || ts.isThrowStatement(last));
}

/** multer's `fileFilter: (req, file, cb) => cb(null, verdict)`: the verdict accepts or drops the upload. */
function isFileFilterVerdict(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  let fn: ts.Node | undefined = call.parent;
  while (fn && !isFunctionLike(fn)) fn = fn.parent;
  if (!fn || !ts.isIdentifier(callee) || !fn.parameters.some((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === callee.text)) return false;
  const property = fn.parent;
  return (ts.isPropertyAssignment(property) && property.initializer === fn && property.name.getText() === "fileFilter") || (ts.isMethodDeclaration(fn) && fn.name.getText() === "fileFilter");
}

/** Reads of `name` after its declaration, in the block that declares it, that refer to that declaration. */
function usesAfter(declaration: ts.VariableDeclaration, name: string): ts.Identifier[] {
  const statement = declaration.parent.parent;
  const block = statement.parent;
  if (!ts.isVariableStatement(statement) || !(ts.isBlock(block) || ts.isSourceFile(block))) return [];
  const uses: ts.Identifier[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === name && findDeclaration(name, node) === declaration) uses.push(node);
    ts.forEachChild(node, visit);
  };
  for (const later of block.statements.slice(block.statements.indexOf(statement) + 1)) visit(later);
  return uses;
}

/** `items.some((item) => check)` or a block-bodied callback's `return check`: the call whose result the check decides. */
function predicateCallOf(parent: ts.Node, child: ts.Node): ts.CallExpression | undefined {
  let fn: ts.Node | undefined;
  if (ts.isArrowFunction(parent) && parent.body === child) fn = parent;
  else if (ts.isReturnStatement(parent)) for (fn = parent.parent; fn && !isFunctionLike(fn); fn = fn.parent);
  const call = fn?.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) return undefined;
  const callee = unwrapExpression(call.expression);
  return ts.isPropertyAccessExpression(callee) && predicateMethods.has(callee.name.text) ? call : undefined;
}

/**
 * The Content-Type of a response this code fetched (`(await fetch(url)).headers.get("content-type")`,
 * `const { headers } = await axios.get(url)`): what another server sent back, not what a client uploads. Outbound
 * calls are recorded earlier in the same walk, so a request made before the check is already in the summary.
 */
function isFetchedResponseType(subject: ts.Expression, summary: FileSummary, depth = 0): boolean {
  const expression = unwrapExpression(subject);
  if (ts.isIdentifier(expression)) {
    const initializer = depth < 3 ? variableInitializerOf(expression) : undefined;
    return !!initializer && isFetchedResponseType(initializer, summary, depth + 1);
  }
  if (ts.isBinaryExpression(expression)) return isFetchedResponseType(expression.left, summary, depth);
  if (ts.isElementAccessExpression(expression)) return comesFromOutboundCall(expression.expression, summary, 0);
  if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression)) return comesFromOutboundCall(expression.expression.expression, summary, 0);
  return false;
}

function comesFromOutboundCall(node: ts.Expression, summary: FileSummary, depth: number): boolean {
  let current = unwrapExpression(node);
  while (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current) || ts.isAwaitExpression(current)) current = unwrapExpression(current.expression);
  if (ts.isCallExpression(current)) {
    const start = current.getStart();
    return summary.outboundCalls.some((call) => call.span.start === start);
  }
  const initializer = ts.isIdentifier(current) && depth < 3 ? variableInitializerOf(current) : undefined;
  return !!initializer && comesFromOutboundCall(initializer, summary, depth + 1);
}

/** What a local name was set to, also through destructuring (`const { headers } = await axios.get(url)` → the call). */
function variableInitializerOf(identifier: ts.Identifier): ts.Expression | undefined {
  let declaration: ts.Node | undefined = findDeclaration(identifier.text, identifier);
  while (declaration && (ts.isBindingElement(declaration) || ts.isObjectBindingPattern(declaration) || ts.isArrayBindingPattern(declaration))) declaration = declaration.parent;
  return declaration && ts.isVariableDeclaration(declaration) && declaration.initializer !== identifier ? declaration.initializer : undefined;
}

/** `req.headers["content-type"] === "application/json"`: false for `application/json; charset=utf-8`, so people loosen it next. */
function rawHeaderEquality(binary: ts.BinaryExpression): LooseCheck | undefined {
  const equality = [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken];
  if (!equality.includes(binary.operatorToken.kind)) return undefined;
  const left = unwrapExpression(binary.left);
  const right = unwrapExpression(binary.right);
  const [subject, literal] = isRawContentType(left) ? [left, right] : isRawContentType(right) ? [right, left] : [];
  const type = stringValue(literal);
  if (!subject || type === undefined || !type.includes("/") || type.includes(";")) return undefined;
  return { kind: "rawHeaderEquality", node: binary, subject, tested: type, allowList: [type] };
}

/** A value holding a media type: a `Content-Type` header read, `file.mimetype`, `blob.type`, a variable named or set like one. */
export function isMimeValue(node: ts.Expression, depth = 0): boolean {
  const expression = unwrapExpression(node);
  if (isRawContentType(expression)) return true;
  if (ts.isPropertyAccessExpression(expression)) {
    const name = expression.name.text;
    if (mimeNames.test(name)) return true;
    const owner = unwrapExpression(expression.expression);
    return name === "type" && (ts.isIdentifier(owner) || ts.isPropertyAccessExpression(owner)) && fileLikeObject.test(ts.isIdentifier(owner) ? owner.text : owner.name.text);
  }
  if (ts.isIdentifier(expression) && depth < 3) {
    const declaration = findDeclaration(expression.text, expression);
    const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    if (initializer) return !ts.isArrayLiteralExpression(unwrapExpression(initializer)) && (isMimeValue(initializer, depth + 1) || (mimeNames.test(expression.text) && !isCollection(initializer)));
    if (declaration && ts.isBindingElement(declaration)) return mimeNames.test(expression.text);
    return !!declaration && ts.isParameter(declaration) && mimeNames.test(expression.text);
  }
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) return isMimeValue(expression.left, depth + 1);
  return false;
}

/** `headers["content-type"]`, `req.get("content-type")`, `request.headers.get("Content-Type")`, `c.req.header("content-type")`. */
export function isRawContentType(node: ts.Expression): boolean {
  const expression = unwrapExpression(node);
  if (ts.isElementAccessExpression(expression)) return stringValue(expression.argumentExpression)?.toLowerCase() === "content-type";
  if (ts.isCallExpression(expression) && expression.arguments.length === 1 && ts.isPropertyAccessExpression(expression.expression)) {
    return /^(get|header|getHeader)$/.test(expression.expression.name.text) && stringValue(expression.arguments[0])?.toLowerCase() === "content-type";
  }
  if (ts.isIdentifier(expression)) {
    const declaration = findDeclaration(expression.text, expression);
    const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    return !!initializer && initializer !== node && isRawContentType(initializer);
  }
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) return isRawContentType(expression.left);
  return false;
}

function isCollection(initializer: ts.Expression): boolean {
  const expression = unwrapExpression(initializer);
  return ts.isNewExpression(expression) || ts.isObjectLiteralExpression(expression);
}

function regexSource(literal: ts.RegularExpressionLiteral): { pattern: string; anchored: boolean } {
  const pattern = literal.text.slice(1, literal.text.lastIndexOf("/"));
  return { pattern, anchored: pattern.startsWith("^") && pattern.endsWith("$") && !pattern.endsWith("\\$") };
}

/** `image\/(png|jpe?g)` → image/png, image/jpeg; `application\/pdf` → application/pdf; anything fancier → undefined. */
function typesInPattern(pattern: string): string[] | undefined {
  const plain = pattern.replace(/^\^/, "").replace(/\$$/, "").replace(/\\\//g, "/").replace(/jpe\?g/g, "(jpeg|jpg)");
  const match = /^([a-z]+)\/(?:\(\?:|\()?([a-z0-9.+|-]+)\)?$/.exec(plain.replace(/\(\?:/g, "("));
  if (!match) return undefined;
  const subtypes = match[2]!.split("|").filter((subtype) => subtype !== "jpg" && /^[a-z0-9.+-]+$/.test(subtype));
  return subtypes.length > 0 ? subtypes.map((subtype) => `${match[1]}/${subtype}`) : undefined;
}

function allowListFor(text: string, kind: LooseMimeCheckKind): string[] | undefined {
  const value = text.toLowerCase();
  if (kind === "prefix" && /^[a-z]+\/$/.test(value)) return familyDefaults[value.slice(0, -1)];
  if (/^[a-z]+\/[a-z0-9.+-]+$/.test(value)) return [value];
  return kind === "substring" || kind === "suffix" ? wordDefaults[value.replace(/^[/+]/, "")] : undefined;
}
