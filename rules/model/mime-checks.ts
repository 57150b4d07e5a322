// Content-type and MIME checks that match more than they mean to: prefix/substring/suffix tests and unanchored regexes
// on a MIME value (`file.mimetype.startsWith("image/")` lets `image/svg+xml` through), and equality on the raw
// `Content-Type` header, which carries parameters. Only checks that decide whether a request or an upload is accepted
// count: one that picks a parser or a renderer accepts nothing. Only values a client may claim count: one read from a
// fetched response (also through a project function that returns one) or from storage (a record found, an object's
// metadata) is what this server or another one recorded, and one file-type sniffed from the bytes is no claim at all. Records facts (and the exact allow-list the check stands
// for) only.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";
import { loggingLevelOf } from "./loggers.js";
import { quoteNode } from "./secret-literals.js";
import type { Extractor } from "./summarize.js";
import type { FileSummary } from "./types.js";
import { rejectsRequest } from "./responses.js";
import { isStorageRead } from "./storage-writes.js";
import { calleeModuleOf, calleeText, constantString, enclosingFunction, endsByReturnOrThrow, findDeclaration, functionBoundTo, isFallbackFor, isFunctionLike, returnedExpressions, spanOf, stringValue, unwrapExpression } from "./syntax.js";

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
  /**
   * The project function (as this file names it) whose result the value was read from: when it returns a fetched
   * response, the value is what another server sent, not what a client claims.
   */
  readFrom?: string;
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
    if (!check || !isAcceptanceGate(check.node) || picksBodyParser(check) || keepsBytesWithoutClaim(check.subject)) return;
    // `!type.includes(a) && !type.includes(b)` is one check of one value: reported once, on its first operand.
    const chain = logicalChainOf(check.node);
    const subjectText = check.subject.getText(sourceFile);
    if (chain && (summary.looseMimeChecks ?? []).some((earlier) => earlier.span.start >= chain.getStart(sourceFile) && earlier.span.end <= chain.end && earlier.subject === quoteNode(check.subject, sourceFile) && subjectText === sourceFile.text.slice(earlier.subjectSpan.start, earlier.subjectSpan.end))) return;
    const entry: LooseMimeCheckSummary = {
      subjectSpan: spanOf(check.subject, sourceFile),
      kind: check.kind,
      span: spanOf(check.node, sourceFile),
      subject: quoteNode(check.subject, sourceFile),
      isRawHeader: isRawContentType(check.subject),
      allowList: check.allowList,
    };
    (summary.looseMimeChecks ??= []).push(entry);
    const calls = callsReadFrom(check.subject);
    if (calls && calls.length > 0) {
      let pending = pendingOrigins.get(summary);
      if (!pending) pendingOrigins.set(summary, (pending = new Map()));
      pending.set(entry, calls);
    }
  },
  // Outbound calls anywhere in the file (a helper below the handler too) are recorded once the walk is done.
  finish({ summary }) {
    const pending = pendingOrigins.get(summary);
    if (!pending || !summary.looseMimeChecks) return;
    summary.looseMimeChecks = summary.looseMimeChecks.filter((entry) => {
      const calls = pending.get(entry);
      if (!calls) return true;
      const unknown = calls.filter((call) => !summary.outboundCalls.some((outbound) => outbound.span.start === call.getStart()) && !isStorageRead(call) && !isSniffedType(call));
      if (unknown.length === 0) return false;
      const callees = new Set(unknown.map((call) => unwrapExpression(call.expression)).map((callee) => (ts.isIdentifier(callee) ? callee.text : "")));
      const [callee] = callees;
      if (callees.size === 1 && callee) entry.readFrom = callee;
      return true;
    });
  },
};

/**
 * file-type's `fileTypeFromFile(path)` / `fileTypeFromBuffer(bytes)` (`FileType.fromFile` before v17): the type its
 * magic bytes show, not what the client claimed. It detects binary formats only, so no SVG or HTML comes out of it.
 */
function isSniffedType(call: ts.CallExpression): boolean {
  const { module, member } = calleeModuleOf(call.expression);
  return (module === "file-type" || module === "file-type/core") && /^(fileTypeFrom|from)(File|Buffer|Stream|Blob|Tokenizer)$/.test(member);
}

/** Checks whose value was read from the results of calls, until `finish` knows which of them were outbound requests. */
const pendingOrigins = new WeakMap<FileSummary, Map<LooseMimeCheckSummary, ts.CallExpression[]>>();

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

/** Form encodings: whatever reads such a body splits it into fields (the boundary taken from the same header); it is never kept whole. */
const formEncoding = /^(application\/)?x-www-form-urlencoded$|^(multipart\/)?form-data$/i;

/** Binary body encodings: clients send them without parameters (no charset), so an exact match is the whole type. */
const binaryBodyEncoding = /^(application\/)?(x-protobuf|protobuf|vnd\.google\.protobuf|grpc(\+proto)?|msgpack|x-msgpack|cbor)$/i;

/**
 * A prefix or substring test of the request's own Content-Type against body encodings, on a header value used for
 * nothing but such tests: it chooses which parser reads the body (or turns away bodies no parser here reads). The
 * parsed values are what the handler keeps; an upload whose claimed type is stored or served back stays a finding. A
 * form body is split into fields whatever else reads its header (the boundary), so a form test needs no more. An
 * exact gate on a binary encoding (`!== "application/x-protobuf"`) is no looser and turns away no valid client, since
 * those types carry no charset; an exact `"application/json"` still does.
 */
function picksBodyParser(check: LooseCheck): boolean {
  if (check.kind !== "prefix" && check.kind !== "substring" && check.kind !== "rawHeaderEquality") return false;
  const encoding = check.kind === "rawHeaderEquality" ? binaryBodyEncoding : bodyEncoding;
  if (check.tested === undefined || !encoding.test(check.tested.trim()) || !readsContentTypeHeader(check.subject)) return false;
  return formEncoding.test(check.tested.trim()) || onlyTested(check.subject);
}

/** Members of an uploaded file that hold its bytes (multer's `buffer`/`path`, formidable's `filepath`, a Blob's `arrayBuffer()`…). */
const bytesMembers = new Set(["buffer", "path", "filepath", "stream", "arrayBuffer", "bytes", "toBuffer", "createReadStream"]);

/**
 * The function holding the check keeps the upload's bytes (`file.buffer` handed to storage) and passes on neither the
 * upload itself nor its claimed type beyond tests: what is stored carries no claim, so the type it is served with is
 * decided elsewhere (an extension, a re-encoding) and a looser check admits nothing more. A helper that only tests its
 * `file` parameter shows no such thing (its caller may keep the whole upload) and stays judged; so does a multer
 * `fileFilter`, whose verdict keeps the upload with its claim.
 */
function keepsBytesWithoutClaim(subject: ts.Expression): boolean {
  const claim = unwrapExpression(subject);
  if (!ts.isPropertyAccessExpression(claim)) return false;
  const owner = unwrapExpression(claim.expression);
  const fn = enclosingFunction(claim);
  if (!fn?.body || !(ts.isIdentifier(owner) || ts.isPropertyAccessExpression(owner))) return false;
  const ownerText = owner.getText();
  const declaration = ts.isIdentifier(owner) ? findDeclaration(owner.text, owner) : undefined;
  let keepsBytes = false;
  let keepsClaim = false;
  const visit = (node: ts.Node): void => {
    if (keepsClaim) return;
    const isOwner = ts.isIdentifier(node) ? node.text === ownerText && !isDeclarationOrMemberName(node) && findDeclaration(node.text, node) === declaration : ts.isPropertyAccessExpression(node) && node.getText() === ownerText;
    if (!isOwner) return ts.forEachChild(node, visit);
    let use: ts.Node = node;
    while (ts.isNonNullExpression(use.parent) || ts.isParenthesizedExpression(use.parent)) use = use.parent;
    const parent = use.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === use) {
      if (bytesMembers.has(parent.name.text)) keepsBytes = true;
      else if (parent.name.text === claim.name.text && !isTypeTest(parent)) keepsClaim = true;
      return;
    }
    // `!req.file`, `req.file && …`, `file === undefined`: presence tests keep nothing.
    if (!isPresenceTest(use)) keepsClaim = true;
  };
  visit(fn.body);
  return keepsBytes && !keepsClaim;
}

/** The identifier names a member or declares a binding rather than reading one. */
function isDeclarationOrMemberName(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  return ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === identifier);
}

/** A read of the claimed type that only tests it: a string test, a comparison, a pattern's or a list's argument. */
function isTypeTest(read: ts.Expression): boolean {
  let use: ts.Node = read;
  while (ts.isNonNullExpression(use.parent) || ts.isParenthesizedExpression(use.parent)) use = use.parent;
  const parent = use.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === use) return parent.name.text in looseMethods || parent.name.text === "toLowerCase";
  if (ts.isBinaryExpression(parent)) return parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken && parent.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken && parent.operatorToken.kind !== ts.SyntaxKind.BarBarToken;
  return ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && /^(test|includes|has)$/.test(parent.expression.name.text);
}

function isPresenceTest(use: ts.Node): boolean {
  const parent = use.parent;
  if (ts.isPrefixUnaryExpression(parent)) return parent.operator === ts.SyntaxKind.ExclamationToken;
  if (ts.isIfStatement(parent)) return parent.expression === use;
  if (!ts.isBinaryExpression(parent)) return false;
  const operator = parent.operatorToken.kind;
  if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return parent.left === use;
  if (operator === ts.SyntaxKind.BarBarToken) return parent.left === use && !ts.isVariableDeclaration(parent.parent);
  return operator === ts.SyntaxKind.EqualsEqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsEqualsToken || operator === ts.SyntaxKind.EqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsToken;
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

/** The value is an argument of a logging call (`<logger>.<level>(…)`), itself, inside a template string or a field of a logged object. */
function isLogged(use: ts.Identifier): boolean {
  let argument: ts.Node = use;
  if (ts.isTemplateSpan(use.parent)) argument = use.parent.parent;
  else if (ts.isShorthandPropertyAssignment(use.parent) || (ts.isPropertyAssignment(use.parent) && use.parent.initializer === use)) argument = use.parent.parent;
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
  const text = constantString(argument);
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
  if (statement.elseStatement || !endsByReturnOrThrow(statement.thenStatement) || !ts.isBlock(statement.parent)) return false;
  const next = statement.parent.statements[statement.parent.statements.indexOf(statement) + 1];
  return !!next && rejectsRequest(next);
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

/** How many variables and functions a checked value is followed through to the calls it was read from. */
const maxOriginHops = 4;
/** Methods that answer a part of their receiver's value: header and form-data getters, string tidying. */
const readsOfReceiver = new Set(["get", "getAll", "header", "getHeader", "toLowerCase", "trim", "split", "at"]);

/**
 * The calls a value was read from: through variables (their initializer and every later assignment), destructuring
 * (an element of `Promise.all([…])` by its position), member reads, header getters, `await`, fallbacks, both arms
 * of a conditional and what a function of this file returns. Undefined when any part of it comes from something
 * else (a parameter, `this`, a module value): where it comes from is then not known.
 */
function callsReadFrom(node: ts.Expression, hops = 0): ts.CallExpression[] | undefined {
  const expression = unwrapExpression(node);
  if (ts.isAwaitExpression(expression)) return callsReadFrom(expression.expression, hops);
  if (expression.kind === ts.SyntaxKind.NullKeyword || ts.isStringLiteralLike(expression) || (ts.isIdentifier(expression) && expression.text === "undefined")) return [];
  if (ts.isBinaryExpression(expression) && isFallbackFor(expression, expression.left)) return callsReadFrom(expression.left, hops);
  if (ts.isConditionalExpression(expression)) return allReadFrom([expression.whenTrue, expression.whenFalse], hops);
  if (ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression)) return callsReadFrom(expression.expression, hops);
  // Variables and functions are the hops that may loop back (`type = type.trim()`); the rest only descends the tree.
  if (ts.isIdentifier(expression)) return hops < maxOriginHops ? allReadFrom(valuesOf(expression), hops + 1) : undefined;
  if (!ts.isCallExpression(expression)) return undefined;
  const callee = unwrapExpression(expression.expression);
  if (ts.isPropertyAccessExpression(callee) && readsOfReceiver.has(callee.name.text)) return callsReadFrom(callee.expression, hops);
  if (calleeText(expression) === "Promise.resolve") return expression.arguments[0] ? callsReadFrom(expression.arguments[0], hops) : [];
  const local = ts.isIdentifier(callee) && hops < maxOriginHops ? functionBoundTo(callee.text, callee) : undefined;
  return local ? allReadFrom(returnedExpressions(local), hops + 1) : [expression];
}

function allReadFrom(values: ts.Expression[] | undefined, hops: number): ts.CallExpression[] | undefined {
  if (!values || values.length === 0) return undefined;
  const calls: ts.CallExpression[] = [];
  for (const value of values) {
    const found = callsReadFrom(value, hops);
    if (!found) return undefined;
    calls.push(...found);
  }
  return calls;
}

/** What a local name holds: its initializer and later assignments, or its element of a destructured initializer. */
function valuesOf(identifier: ts.Identifier): ts.Expression[] | undefined {
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration) return undefined;
  if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) {
    const assigned = usesAfter(declaration, declaration.name.text).flatMap((use) =>
      ts.isBinaryExpression(use.parent) && use.parent.left === use && use.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken ? [use.parent.right] : [],
    );
    return declaration.initializer ? [declaration.initializer, ...assigned] : assigned;
  }
  if (!ts.isBindingElement(declaration)) return undefined;
  // `const [asset, previous] = await Promise.all([findAsset(), findPrevious()])`: the element at the same position.
  const pattern = declaration.parent;
  const variable = pattern.parent;
  if (ts.isArrayBindingPattern(pattern) && ts.isVariableDeclaration(variable) && variable.initializer) {
    const initializer = unwrapExpression(variable.initializer);
    const all = ts.isAwaitExpression(initializer) ? unwrapExpression(initializer.expression) : initializer;
    const list = ts.isCallExpression(all) && calleeText(all) === "Promise.all" && all.arguments[0] ? unwrapExpression(all.arguments[0]) : undefined;
    const element = list && ts.isArrayLiteralExpression(list) ? list.elements[pattern.elements.indexOf(declaration)] : undefined;
    if (element && !ts.isSpreadElement(element) && !ts.isOmittedExpression(element)) return [element];
  }
  let outer: ts.Node = declaration;
  while (ts.isBindingElement(outer) || ts.isObjectBindingPattern(outer) || ts.isArrayBindingPattern(outer)) outer = outer.parent;
  return ts.isVariableDeclaration(outer) && outer.initializer ? [outer.initializer] : undefined;
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
