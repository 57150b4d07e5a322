// timestamp-id: ids, keys and tokens built from the clock or Math.random, which collide under load and can be
// guessed. Syntactic only: follows each clock/random value up through the code that builds it to the name it gets.
import { ts } from "ts-morph";
import { defineRule } from "./engine/types.js";
import { randomUuidCallFor } from "./model/random-uuid.js";
import { hasGlobalRandomUuid } from "./model/runtimes.js";
import { calleeText, dottedName, nameWords, stringValue } from "./model/syntax.js";

const { SyntaxKind } = ts;

type SourceKind = "clock" | "random";

interface ClockOrRandomSource {
  label: string;
  kind: SourceKind;
}

/** The id as built: the expression to replace, and whether it was turned into a string on the way. */
interface IdValue {
  expression: ts.Expression;
  stringified: boolean;
}

export default defineRule({
  id: "timestamp-id",
  meta: {
    category: "correctness",
    severity: "warn",
    needsTypes: false,
    fix: "safe",
    summary: "Identifiers made from the clock or Math.random collide and can be guessed.",
    fixTitle: "Use crypto.randomUUID()",
    messages: {
      clockId: "`{{target}}` is built from {{source}}; use crypto.randomUUID().",
    },
  },
  check(ctx) {
    const reported = new Set<ts.Node>();
    const visit = (node: ts.Node): void => {
      const source = clockOrRandomSource(node);
      if (!source) return;
      const value = growIdValue(node as ts.Expression, source.kind);
      if (!value || reported.has(value.expression) || containsSecureRandom(value.expression)) return;
      const target = describeTarget(value);
      if (!target || isCollisionFreeCorrelationId(value.expression, target)) return;
      reported.add(value.expression);
      const uuid = randomUuidCallFor(ctx.file.imports, hasGlobalRandomUuid(ctx.file, ctx.settings));
      ctx.report({
        node: value.expression,
        messageId: "clockId",
        data: { target, source: listInProse(sourceLabelsIn(value.expression)) },
        fix: (edit) => {
          edit.replace(value.expression, replacementFor(value.expression, uuid.text, ctx.sourceFile));
          if (uuid.importFrom) edit.addNamedImport(uuid.importFrom, "randomUUID");
        },
      });
    };
    return { [SyntaxKind.CallExpression]: visit, [SyntaxKind.PrefixUnaryExpression]: visit };
  },
});

/** `Date.now()`, `performance.now()`, `new Date().getTime()`, `new Date().valueOf()`, `+new Date()`, `Math.random()`. */
function clockOrRandomSource(node: ts.Node): ClockOrRandomSource | undefined {
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

function withoutParentheses(node: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(node) ? withoutParentheses(node.expression) : node;
}

function containsSource(node: ts.Node): boolean {
  return clockOrRandomSource(node) !== undefined || ts.forEachChild(node, (child) => containsSource(child) || undefined) === true;
}

/** Generators whose output is unique and unguessable on its own: a clock part next to one harms nothing. */
const secureRandomCallees = new Set(["randomUUID", "randomBytes", "getRandomValues", "randomInt", "nanoid", "uuid", "v4", "uuidv4", "ulid", "cuid", "createId"]);

/** `` `${Date.now().toString(36)}_${randomUUID()}` ``: the value also carries a UUID or CSPRNG output. */
function containsSecureRandom(node: ts.Node): boolean {
  if (ts.isCallExpression(node)) {
    const callee = calleeText(node);
    if (callee && secureRandomCallees.has(callee.slice(callee.lastIndexOf(".") + 1))) return true;
  }
  return ts.forEachChild(node, (child) => containsSecureRandom(child) || undefined) === true;
}

/** Words of a name that make its value a credential, where being guessable matters and not only colliding. */
const credentialWords = new Set(["token", "key", "secret", "nonce", "sid", "session", "jti", "password", "otp", "apikey", "csrf", "auth"]);

/**
 * A generator of correlation ids (request or trace ids for logs) that joins the clock with 40 or more random bits
 * (`` `req_${Date.now()}_${Math.random().toString(36).slice(2, 11)}` ``): two ids in the same millisecond collide
 * with odds below one in a trillion, and nothing here shows the id is persisted, handed out or trusted, so that
 * Math.random is predictable is no proven gap. Credentials (tokens, keys, session ids) still need a CSPRNG, and an
 * id built in place (a visitor id set as a cookie, a request id put in a response header) is still reported.
 */
function isCollisionFreeCorrelationId(expression: ts.Expression, target: string): boolean {
  if (!target.endsWith("()") || nameWords(target.slice(0, -2)).some((word) => credentialWords.has(word))) return false;
  let hasClock = false;
  let randomBits = 0;
  const collect = (current: ts.Node): void => {
    const source = clockOrRandomSource(current);
    if (source?.kind === "clock") hasClock = true;
    else if (source?.kind === "random") randomBits += randomBitsOf(current as ts.CallExpression);
    else ts.forEachChild(current, collect);
  };
  collect(expression);
  return hasClock && randomBits >= 40;
}

/** Bits of Math.random() kept: about 52 in the double; `.toString(radix).slice(2, end)` keeps the digits it slices. */
function randomBitsOf(random: ts.CallExpression): number {
  const toString = random.parent;
  if (!ts.isPropertyAccessExpression(toString) || toString.name.text !== "toString" || !ts.isCallExpression(toString.parent)) return 0;
  const radixArgument = toString.parent.arguments[0];
  const radix = radixArgument === undefined ? 10 : ts.isNumericLiteral(radixArgument) ? Number(radixArgument.text) : 0;
  if (radix < 2 || radix > 36) return 0;
  const cut = toString.parent.parent;
  if (!ts.isPropertyAccessExpression(cut) || !ts.isCallExpression(cut.parent)) return 52;
  const method = cut.name.text;
  const numbers = cut.parent.arguments.map((argument) => (ts.isNumericLiteral(argument) ? Number(argument.text) : ts.isPrefixUnaryExpression(argument) && argument.operator === SyntaxKind.MinusToken && ts.isNumericLiteral(argument.operand) ? -Number(argument.operand.text) : Number.NaN));
  if (numbers.some(Number.isNaN)) return 0;
  let digits: number;
  if (method === "substr") digits = numbers[1] ?? Infinity;
  else if (method === "slice" || method === "substring") {
    const [start = 0, end] = numbers;
    if (start < 0) digits = -start;
    else digits = end === undefined ? Infinity : end - start;
  } else return 0;
  return Math.min(52, Math.max(0, digits) * Math.log2(radix));
}

function sourceLabelsIn(node: ts.Node): string[] {
  const labels = new Set<string>();
  const collect = (current: ts.Node): void => {
    const source = clockOrRandomSource(current);
    if (source) labels.add(source.label);
    else ts.forEachChild(current, collect);
  };
  collect(node);
  return [...labels];
}

function listInProse(items: readonly string[]): string {
  return items.length <= 2 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const stringMethods = new Set([
  "toString",
  "toFixed",
  "toPrecision",
  "slice",
  "substring",
  "substr",
  "padStart",
  "padEnd",
  "toUpperCase",
  "toLowerCase",
  "replace",
  "replaceAll",
  "trim",
]);
const numericWrappers = new Set(["Math.floor", "Math.round", "Math.ceil", "Math.trunc", "Math.abs", "Number", "parseInt", "parseFloat", "BigInt"]);
const arithmeticOperators = new Set([
  SyntaxKind.PlusToken,
  SyntaxKind.MinusToken,
  SyntaxKind.AsteriskToken,
  SyntaxKind.SlashToken,
  SyntaxKind.PercentToken,
  SyntaxKind.AsteriskAsteriskToken,
  SyntaxKind.BarToken,
  SyntaxKind.AmpersandToken,
  SyntaxKind.CaretToken,
  SyntaxKind.LessThanLessThanToken,
  SyntaxKind.GreaterThanGreaterThanToken,
  SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
]);
const signOperators = new Set([SyntaxKind.PlusToken, SyntaxKind.MinusToken, SyntaxKind.TildeToken]);

/**
 * Grows a source into the expression that builds an id from it: conversions to string (`toString(36)`, `slice`,
 * `String()`, templates, concatenation) and arithmetic. Undefined when the clock is used as a time value instead:
 * divided (a unit or a rate-limit window), subtracted (a duration) or offset by a non-random amount (a deadline).
 */
function growIdValue(source: ts.Expression, kind: SourceKind): IdValue | undefined {
  let current = source;
  let stringified = false;
  for (;;) {
    const parent = current.parent;
    if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isNonNullExpression(parent) || ts.isSatisfiesExpression(parent)) {
      current = parent;
    } else if (isStringMethodCallOn(current)) {
      current = parent.parent as ts.CallExpression;
      stringified = true;
    } else if (ts.isCallExpression(parent) && parent.arguments.includes(current) && parent.arguments.length <= 2) {
      const callee = calleeText(parent);
      if (callee === "String") stringified = true;
      else if (!callee || !numericWrappers.has(callee)) break;
      current = parent;
    } else if (ts.isTemplateSpan(parent)) {
      current = parent.parent;
      stringified = true;
    } else if (ts.isPrefixUnaryExpression(parent) && signOperators.has(parent.operator)) {
      current = parent;
    } else if (ts.isBinaryExpression(parent) && arithmeticOperators.has(parent.operatorToken.kind)) {
      const operator = parent.operatorToken.kind;
      const other = parent.left === current ? parent.right : parent.left;
      if (operator === SyntaxKind.PlusToken && (stringified || isStringConcatenation(parent))) stringified = true;
      else if (kind === "clock" && (operator === SyntaxKind.SlashToken || operator === SyntaxKind.MinusToken)) return undefined;
      else if (kind === "clock" && operator === SyntaxKind.PlusToken && !containsSource(other)) return undefined;
      current = parent;
    } else {
      break;
    }
  }
  return { expression: current, stringified };
}

function isStringMethodCallOn(node: ts.Expression): boolean {
  const access = node.parent;
  return (
    ts.isPropertyAccessExpression(access) &&
    access.expression === node &&
    stringMethods.has(access.name.text) &&
    ts.isCallExpression(access.parent) &&
    access.parent.expression === access
  );
}

function isStringLike(node: ts.Expression): boolean {
  const inner = withoutParentheses(node);
  return ts.isStringLiteralLike(inner) || ts.isTemplateExpression(inner) || isStringConcatenation(inner);
}

/** A `+` with a string or template operand, directly or through a nested `+`; a `+` of numbers is arithmetic. */
function isStringConcatenation(node: ts.Expression): boolean {
  return (
    ts.isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.PlusToken && (isStringLike(node.left) || isStringLike(node.right))
  );
}

const fallbackOperators = new Set([SyntaxKind.QuestionQuestionToken, SyntaxKind.BarBarToken]);

/**
 * The name an id-shaped value is given, when that makes it an id: an id-like variable, property, parameter or
 * assignment target; the result of an id/token generator (returned, or handed to its callback as multer's
 * `filename` does); the value after an id-like label (`res.setHeader("X-Request-Id", …)`); a stringified field
 * of an object passed to a storage write; or the key of a key-value write (`redis.set(`s:${Date.now()}`, …)`).
 */
function describeTarget(value: IdValue): string | undefined {
  let node: ts.Expression = value.expression;
  for (;;) {
    const parent = node.parent;
    if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isNonNullExpression(parent) || ts.isSatisfiesExpression(parent)) {
      node = parent;
    } else if (ts.isBinaryExpression(parent) && parent.right === node && fallbackOperators.has(parent.operatorToken.kind)) {
      node = parent;
    } else if (ts.isConditionalExpression(parent) && parent.condition !== node) {
      node = parent;
    } else {
      break;
    }
  }
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === node) {
    const name = propertyNameText(parent.name);
    if (ts.isVariableDeclaration(parent) && name !== undefined && namesCreatedElement(name, parent)) return undefined;
    return name !== undefined && isIdLikeName(name) ? name : undefined;
  }
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
    const name = propertyNameText(parent.name);
    if (name === undefined) return undefined;
    if (isIdLikeName(name)) return name;
    return value.stringified && isStoredIdField(name) && isPassedToStorageWrite(parent.parent) ? name : undefined;
  }
  if (ts.isBinaryExpression(parent) && parent.right === node && parent.operatorToken.kind === SyntaxKind.EqualsToken) {
    const name = assignedName(parent.left);
    return name !== undefined && isIdLikeName(name) ? (dottedName(parent.left) ?? name) : undefined;
  }
  if (ts.isReturnStatement(parent)) return generatorTarget(enclosingFunction(parent));
  if (ts.isArrowFunction(parent) && parent.body === node) return generatorTarget(parent);
  if (ts.isCallExpression(parent)) return callArgumentTarget(parent, node, value.stringified);
  return undefined;
}

/**
 * The variable becomes the `id` of an element its function creates (`el.id = tempId` with `el` from
 * `document.createElement`): a name for a node of the page, which lives and dies with the page and is never an
 * identifier of stored data or a credential; its other uses (a renderer told which node to fill) name that node.
 */
function namesCreatedElement(name: string, declaration: ts.VariableDeclaration): boolean {
  const body = (enclosingFunction(declaration) as ts.FunctionLikeDeclaration | undefined)?.body;
  if (!body) return false;
  const createdElements = new Set<string>();
  let named = false;
  const visit = (node: ts.Node): void => {
    if (named) return;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isCallExpression(node.initializer)) {
      const callee = calleeText(node.initializer);
      if (callee === "document.createElement" || callee === "document.createElementNS") createdElements.add(node.name.text);
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === SyntaxKind.EqualsToken &&
      ts.isIdentifier(node.right) &&
      node.right.text === name &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.name.text === "id" &&
      ts.isIdentifier(node.left.expression) &&
      createdElements.has(node.left.expression.text)
    ) {
      named = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return named;
}

function callArgumentTarget(call: ts.CallExpression, argument: ts.Expression, stringified: boolean): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) {
    // `cb(null, name)` inside `filename: (req, file, cb) => …` delivers the function's result.
    const owner = enclosingFunction(call);
    if (owner?.parameters.some((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === callee.text)) return generatorTarget(owner);
  }
  const index = call.arguments.indexOf(argument);
  const label = index === 1 ? stringValue(call.arguments[0]) : undefined;
  if (label !== undefined) return isIdLikeName(label) ? label : undefined;
  const isKeyOfWrite = index === 0 && ts.isPropertyAccessExpression(callee) && keyValueWrites.has(callee.name.text);
  return isKeyOfWrite && stringified ? "key" : undefined;
}

function generatorTarget(fn: ts.SignatureDeclaration | undefined): string | undefined {
  const name = fn && functionName(fn);
  return name !== undefined && (isIdLikeName(name) || isFileName(name)) ? `${name}()` : undefined;
}

function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if (fn.name) return propertyNameText(fn.name);
  const holder = fn.parent;
  if (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) return propertyNameText(holder.name);
  if (ts.isBinaryExpression(holder) && holder.operatorToken.kind === SyntaxKind.EqualsToken) return assignedName(holder.left);
  return undefined;
}

function enclosingFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let current = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (ts.isFunctionLike(current)) return current;
  }
  return undefined;
}

function propertyNameText(name: ts.Node): string | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteralLike(name)) return name.text;
  if (ts.isComputedPropertyName(name)) return stringValue(name.expression);
  return undefined;
}

function assignedName(target: ts.Expression): string | undefined {
  if (ts.isIdentifier(target)) return target.text;
  if (ts.isPropertyAccessExpression(target)) return target.name.text;
  if (ts.isElementAccessExpression(target)) return stringValue(target.argumentExpression);
  return undefined;
}

/** Calls that persist their object argument: ORMs and drivers (Prisma, Drizzle, Mongo, Mongoose, Knex, Firestore), DynamoDB commands. */
const storageWrites = new Set([
  "insert",
  "insertOne",
  "insertMany",
  "create",
  "createMany",
  "upsert",
  "save",
  "put",
  "set",
  "add",
  "values",
  "update",
  "updateOne",
  "updateMany",
  "findOneAndUpdate",
  "replaceOne",
  "hset",
]);
const storageCommand = /^(Put|Update|BatchWrite|TransactWrite)\w*Command$/;
/** Key-value writes whose first argument is the key (Redis, Map-like caches, Firestore/RTDB paths). */
const keyValueWrites = new Set(["set", "setex", "setnx", "psetex", "hset", "hsetnx", "put", "doc", "child"]);

function isPassedToStorageWrite(objectLiteral: ts.Node): boolean {
  let current = objectLiteral;
  for (;;) {
    const parent = current.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === current) current = parent.parent;
    else if (ts.isArrayLiteralExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) current = parent;
    else if (ts.isCallExpression(parent) && parent.arguments.includes(current as ts.Expression)) {
      return ts.isPropertyAccessExpression(parent.expression) && storageWrites.has(parent.expression.name.text);
    } else if (ts.isNewExpression(parent) && parent.arguments?.includes(current as ts.Expression)) {
      return ts.isIdentifier(parent.expression) && storageCommand.test(parent.expression.text);
    } else return false;
  }
}

const idWords = new Set(["id", "uuid", "guid", "uid", "sid", "jti", "key", "pk", "token", "slug", "nonce", "ref", "reference"]);
const uniquenessWords = new Set(["unique", "uniq"]);
/** Words that make a name a time value, a duration or an ordering key, which the clock is right for. */
const timeWords = new Set([
  "at", "created", "updated", "deleted", "modified", "timestamp", "time", "ts", "date", "expires", "expire", "expiry",
  "expiration", "started", "start", "ended", "end", "elapsed", "duration", "ttl", "latency", "delay", "jitter", "backoff",
  "deadline", "ms", "millis", "seconds", "iat", "exp", "nbf", "sort", "sk", "range", "version", "seed",
]);
/** Stored fields that are prose or a one-time code (which needs crypto.randomInt, not a UUID), not ids. */
const notIdFieldWords = new Set([
  "name", "title", "label", "description", "message", "note", "comment", "text", "body", "subject", "content",
  "otp", "pin", "code", "passcode", "password",
]);

/** `id`, `orderId`, `user_id`, `requestID`, `apiKey`, `sessionToken`, `slug`, `nonce`, `uniqueSuffix` — not `sortKey`, `keyboard`. */
function isIdLikeName(name: string): boolean {
  const words = nameWords(name);
  if (words.some((word) => timeWords.has(word))) return false;
  const last = words[words.length - 1];
  return (last !== undefined && idWords.has(last)) || words.some((word) => uniquenessWords.has(word));
}

function isFileName(name: string): boolean {
  const words = nameWords(name);
  return words[words.length - 1] === "filename" || (words[words.length - 2] === "file" && words[words.length - 1] === "name");
}

function isStoredIdField(name: string): boolean {
  return isFileName(name) || !nameWords(name).some((word) => timeWords.has(word) || notIdFieldWords.has(word));
}

type Piece = { kind: "text"; text: string } | { kind: "keep"; text: string } | { kind: "uuid" };

/**
 * The id expression with every clock/random part replaced by one UUID, keeping prefixes, suffixes and other
 * parts (`"order_" + Date.now()` → `` `order_${randomUUID()}` ``); separators between two replaced parts go.
 */
function replacementFor(expression: ts.Expression, uuidCall: string, sourceFile: ts.SourceFile): string {
  const pieces: Piece[] = [];
  for (const piece of piecesOf(expression, sourceFile)) {
    if (piece.kind === "text" && piece.text === "") continue;
    if (piece.kind === "uuid") {
      const previous = pieces[pieces.length - 1];
      if (previous?.kind === "uuid") continue;
      if (previous?.kind === "text" && /^[^A-Za-z0-9]*$/.test(previous.text) && pieces[pieces.length - 2]?.kind === "uuid") {
        pieces.pop();
        continue;
      }
    }
    pieces.push(piece);
  }
  if (pieces.length === 1 && pieces[0]!.kind === "uuid") return uuidCall;
  const body = pieces.map((piece) => (piece.kind === "uuid" ? `\${${uuidCall}}` : piece.kind === "keep" ? `\${${piece.text}}` : piece.text));
  return "`" + body.join("") + "`";
}

/** Template-ready pieces of a template or string concatenation; anything else is one piece. */
function piecesOf(node: ts.Expression, sourceFile: ts.SourceFile): Piece[] {
  const inner = withoutParentheses(node);
  if (ts.isStringLiteral(inner)) return [{ kind: "text", text: escapeForTemplate(inner.text) }];
  if (ts.isNoSubstitutionTemplateLiteral(inner)) return [{ kind: "text", text: inner.getText(sourceFile).slice(1, -1) }];
  if (ts.isTemplateExpression(inner)) {
    const pieces: Piece[] = [{ kind: "text", text: inner.head.getText(sourceFile).slice(1, -2) }];
    for (const span of inner.templateSpans) {
      pieces.push(...piecesOf(span.expression, sourceFile));
      const literal = span.literal.getText(sourceFile);
      pieces.push({ kind: "text", text: literal.slice(1, ts.isTemplateTail(span.literal) ? -1 : -2) });
    }
    return pieces;
  }
  if (isStringConcatenation(inner)) {
    const concatenation = inner as ts.BinaryExpression;
    return [...piecesOf(concatenation.left, sourceFile), ...piecesOf(concatenation.right, sourceFile)];
  }
  return [containsSource(inner) ? { kind: "uuid" } : { kind: "keep", text: inner.getText(sourceFile) }];
}

function escapeForTemplate(text: string): string {
  return text.replace(/[\\`]|\$\{|[\u0000-\u001f]/g, (match) => {
    if (match === "\\" || match === "`") return "\\" + match;
    if (match === "${") return "\\${";
    return JSON.stringify(match).slice(1, -1);
  });
}
