// timestamp-id: ids and credentials built from the clock or Math.random where a collision or a guess does harm: the
// value is stored as a record's id or key, names an uploaded file, deduplicates requests, is set in a cookie, or is a
// credential. Syntactic: grows each clock/random value into the expression that builds the id, then follows that
// value through the file (variables, fields, returns of local functions, arguments of local functions) to where it
// ends up. A value that only labels something in the process (a logger, a lock, a pending request, a page element, a
// log correlation id) is left alone, as is one whose random part makes collisions negligible, unless it is a credential.
import { ts } from "ts-morph";
import type { FixBuilder } from "./engine/fix-builder.js";
import { defineRule } from "./engine/types.js";
import { cookieNamedBy, headerWritesAt } from "./model/app-config.js";
import { clockOrRandomSource, withoutParentheses, type SourceKind } from "./model/clock-reads.js";
import { randomUuidCallFor } from "./model/random-uuid.js";
import { responseBodyOf } from "./model/responses.js";
import { randomUuidSourceOf } from "./model/runtimes.js";
import { describeWrite, isStorageRead, storageWritesAt } from "./model/storage-writes.js";
import { calleeText, escapeTemplateText, findDeclaration, functionBoundTo, nameWords, referencesOf, stringValue } from "./model/syntax.js";

const { SyntaxKind } = ts;

/** The id as built: the expression to replace, and whether it was turned into a string on the way. */
interface IdValue {
  expression: ts.Expression;
  stringified: boolean;
}

/** What happens to the id where it ends up: kept as an identity (collisions matter) or trusted as a credential (guesses matter). */
interface Consequence {
  kind: "stored" | "credential";
  /** How it ends up there, worded to follow "is built from …": "is stored as `id` by `values(…)`". */
  how: string;
  /** It names where something is stored (a file, an object key): a second write under the same name replaces the first. */
  names?: "location";
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
      storedId: "`{{target}}` is built from {{source}} and {{how}}: {{collision}}. Use crypto.randomUUID().",
      credential: "`{{target}}` is built from {{source}} and {{how}}, but neither the clock nor Math.random() is a secure random source: it can be guessed. Use crypto.randomUUID().",
    },
  },
  check(ctx) {
    const examined = new Set<ts.Node>();
    const visit = (node: ts.Node): void => {
      const source = clockOrRandomSource(node);
      if (!source) return;
      const value = growIdValue(node as ts.Expression, source.kind);
      if (!value || examined.has(value.expression)) return;
      examined.add(value.expression);
      if (containsSecureRandom(value.expression) || isRandomIndex(value.expression)) return;
      const outcome = traceId(value);
      if (!outcome) return;
      if (outcome.consequence.kind === "stored") {
        const sources = sourcesIn(value.expression);
        if (isCollisionSafe(value.expression, outcome.consequence, sources) || isStandIn(value.expression, ctx.sourceFile) || isPickFromFewChoices(outcome, sources)) return;
      }
      const uuidSource = randomUuidSourceOf(ctx.file, ctx.settings);
      const uuid = uuidSource && randomUuidCallFor(ctx.file.imports, uuidSource);
      const apply = (edit: FixBuilder, uuid: ReturnType<typeof randomUuidCallFor>) => {
        edit.replace(value.expression, replacementFor(value.expression, uuid.text, ctx.sourceFile));
        if (uuid.importFrom) edit.addNamedImport(uuid.importFrom, uuid.imported);
      };
      ctx.report({
        node: value.expression,
        messageId: outcome.consequence.kind === "stored" ? "storedId" : "credential",
        data: {
          target: outcome.target,
          source: listInProse(sourceLabelsIn(value.expression)),
          how: outcome.consequence.how,
          collision: containsClock(value.expression) ? "two made in the same millisecond collide" : "ids drawn from Math.random() collide once there are enough of them",
        },
        // No fix where the runtime has no random UUID (code React Native also runs).
        // The title names what the edit writes: `randomBytes` where the Node the package admits has no `randomUUID`.
        fix: !uuid
          ? undefined
          : {
              title: `Use crypto.${uuid.imported}()`,
              apply: isShortCode(outcome.consequence, sourcesIn(value.expression))
                ? (edit) => apply(edit.offerAsSuggestion("this changes the code's length and alphabet: check the form or client that reads it"), uuid)
                : (edit) => apply(edit, uuid),
            },
      });
    };
    return { [SyntaxKind.CallExpression]: visit, [SyntaxKind.PrefixUnaryExpression]: visit };
  },
});

function containsClock(node: ts.Node): boolean {
  return clockOrRandomSource(node)?.kind === "clock" || ts.forEachChild(node, (child) => containsClock(child) || undefined) === true;
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

/**
 * Whether ids built this way practically never collide: the clock joined with 32 or more random bits (two ids must be
 * made in the same millisecond and draw the same bits), 64 random bits without the clock, or the clock joined with a
 * part unique on its own where the id names no storage location. Math.random() is still predictable, so this never
 * clears a credential.
 */
function isCollisionSafe(expression: ts.Expression, consequence: Consequence, { hasClock, randomBits }: Sources): boolean {
  // Scoped by another record's id, a row or a job key is unique; a file name is not: one upload of several files fills it twice.
  if (hasClock && consequence.names !== "location" && carriesUniquePart(expression)) return true;
  return hasClock ? randomBits >= 32 : randomBits >= 64;
}

/**
 * `Math.floor(Math.random() * palette.length)`: a position in a list, bounded by the list's length, whatever it is
 * stored as (`colorId`). It picks one of the list's entries; it identifies nothing.
 */
function isRandomIndex(expression: ts.Expression): boolean {
  const rounded = withoutParentheses(expression);
  if (!ts.isCallExpression(rounded) || (calleeText(rounded) !== "Math.floor" && calleeText(rounded) !== "Math.trunc") || rounded.arguments.length !== 1) return false;
  const product = withoutParentheses(rounded.arguments[0]!);
  if (!ts.isBinaryExpression(product) || product.operatorToken.kind !== SyntaxKind.AsteriskToken) return false;
  const [left, right] = [withoutParentheses(product.left), withoutParentheses(product.right)];
  const isRandom = (node: ts.Expression) => clockOrRandomSource(node)?.kind === "random";
  const isLength = (node: ts.Expression) => ts.isPropertyAccessExpression(node) && node.name.text === "length" && !containsSource(node);
  return (isRandom(left) && isLength(right)) || (isLength(left) && isRandom(right));
}

/** Whether the value reads the clock, and how many random bits its Math.random() calls keep. */
interface Sources {
  hasClock: boolean;
  randomBits: number;
}

function sourcesIn(expression: ts.Expression): Sources {
  let hasClock = false;
  let randomBits = 0;
  const collect = (current: ts.Node): void => {
    const source = clockOrRandomSource(current);
    if (source?.kind === "clock") hasClock = true;
    else if (source?.kind === "random") randomBits += randomBitsOf(current as ts.CallExpression);
    else ts.forEachChild(current, collect);
  };
  collect(expression);
  return { hasClock, randomBits };
}

/**
 * A credential made of a few random digits and nothing else (`Math.random().toString(36).substring(2, 7)`, a six-digit
 * `Math.random() * 1e6`): a code of a fixed short shape that people type, and the form that takes it checks that shape,
 * so a UUID in its place is a choice for a person, not a safe fix.
 */
function isShortCode(consequence: Consequence, { hasClock, randomBits }: Sources): boolean {
  return consequence.kind !== "stored" && !hasClock && randomBits > 0 && randomBits < maxRandomBits;
}

/** The bits of a double that Math.random() fills: a value keeping fewer was cut to a fixed number of digits. */
const maxRandomBits = 52;

/** Fewer random bits than this pick one of a handful of choices (an avatar out of 60); nobody means such a value to be unique. */
const fewChoicesBits = 12;

/**
 * `` `…/portraits/${Math.floor(Math.random() * 60) + 1}.jpg` `` stored in a field that is not named for an id: a
 * random pick among a few known values (an image, a colour), which repeat by design, not an identifier.
 */
function isPickFromFewChoices(outcome: { target: string; consequence: Consequence }, { hasClock, randomBits }: Sources): boolean {
  if (outcome.consequence.names === "location" || isIdLikeName(outcome.target)) return false;
  return !hasClock && randomBits > 0 && randomBits < fewChoicesBits;
}

/** A word in an id's own text that says it is not a real one (`fake_sub_…`, `placeholder-…`). */
const standInWord = /(?:^|[^a-z])(?:fake|dummy|placeholder|mock)(?:[^a-z]|$)/i;

/** `"fake_sub_" + Math.random()…`: the id's own text says it stands in for one another system would issue. */
function isStandIn(expression: ts.Expression, sourceFile: ts.SourceFile): boolean {
  return piecesOf(expression, sourceFile).some((piece) => piece.kind === "text" && standInWord.test(piece.text));
}

/**
 * The id also carries a part that is unique on its own: a counter stepped for each id (`${++seq}-${Date.now()}`) or
 * another record's id (`` `pause-${teamId}-${Date.now()}` ``, `deleted_${user.id}_${Date.now()}`). Two such ids collide
 * only when made for the same record in the same millisecond, which is the same event twice, not two events merged.
 */
function carriesUniquePart(expression: ts.Expression): boolean {
  const parts: ts.Expression[] = [];
  const split = (node: ts.Expression): void => {
    const inner = withoutParentheses(node);
    if (ts.isTemplateExpression(inner)) inner.templateSpans.forEach((span) => split(span.expression));
    else if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === SyntaxKind.PlusToken) [inner.left, inner.right].forEach(split);
    else parts.push(inner);
  };
  split(expression);
  return parts.some((part) => {
    if (containsSource(part)) return false;
    if ((ts.isPrefixUnaryExpression(part) || ts.isPostfixUnaryExpression(part)) && (part.operator === SyntaxKind.PlusPlusToken || part.operator === SyntaxKind.MinusMinusToken)) return true;
    // `${objectKeyPrefix(userId, chatId)}${Date.now()}`: a prefix built from the record's ids is as unique as they are.
    if (ts.isCallExpression(part)) return part.arguments.some((argument) => namesRecordId(withoutParentheses(argument)));
    return namesRecordId(part);
  });
}

function namesRecordId(part: ts.Expression): boolean {
  const name = ts.isIdentifier(part) ? part.text : ts.isPropertyAccessExpression(part) ? part.name.text : undefined;
  return name !== undefined && isIdLikeName(name) && !isCredentialName(name);
}

/**
 * Bits of Math.random() kept: about 52 in the double; `* 1e9` keeps log2(1e9); `.toString(radix).slice(2, end)` the
 * digits it slices; `.toFixed(digits)` (after any scale or offset: `(4 + Math.random()).toFixed(1)`) as many decimals.
 */
function randomBitsOf(random: ts.CallExpression): number {
  let holder: ts.Node = random;
  while (ts.isParenthesizedExpression(holder.parent)) holder = holder.parent;
  const scale = holder.parent;
  if (ts.isBinaryExpression(scale) && scale.operatorToken.kind === SyntaxKind.AsteriskToken) {
    const factor = scale.left === holder ? scale.right : scale.left;
    const scaleBits = ts.isNumericLiteral(factor) ? Math.min(maxRandomBits, Math.max(0, Math.log2(Number(factor.text)))) : 0;
    const decimals = scaleBits > 0 ? fixedDecimalsAbove(scale) : undefined;
    return decimals === undefined ? scaleBits : Math.min(maxRandomBits, scaleBits + decimals * Math.log2(10));
  }
  const decimals = fixedDecimalsAbove(random);
  if (decimals !== undefined) return Math.min(maxRandomBits, decimals * Math.log2(10));
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
  return Math.min(maxRandomBits, Math.max(0, digits) * Math.log2(radix));
}

/** `(value + 4).toFixed(1)` → 1: the decimals a `toFixed` keeps of `value`, through parentheses and offsets by a number. */
function fixedDecimalsAbove(value: ts.Node): number | undefined {
  let holder = value;
  for (;;) {
    const parent = holder.parent;
    if (ts.isParenthesizedExpression(parent)) holder = parent;
    else if (ts.isBinaryExpression(parent) && (parent.operatorToken.kind === SyntaxKind.PlusToken || parent.operatorToken.kind === SyntaxKind.MinusToken) && ts.isNumericLiteral(parent.left === holder ? parent.right : parent.left)) holder = parent;
    else break;
  }
  const access = holder.parent;
  if (!ts.isPropertyAccessExpression(access) || access.name.text !== "toFixed" || !ts.isCallExpression(access.parent) || access.parent.expression !== access) return undefined;
  const digits = access.parent.arguments[0];
  return digits === undefined ? 0 : ts.isNumericLiteral(digits) ? Number(digits.text) : undefined;
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
 * One place the id has reached: the expression holding it, the field of that expression the id sits in when it is an
 * object (or array of objects) carrying it, whether the id is a string by now, and how many steps it took to get here.
 */
interface Carrier {
  node: ts.Expression;
  field?: string;
  stringified: boolean;
  hops: number;
}

/** Steps the trace takes (a variable to its uses, a function to its callers or into its parameter) before giving up. */
const maxHops = 4;
const maxCarriers = 64;

/**
 * Follows the id through the file to where it ends up, nearest places first: the first consequence found, with the
 * first name the id gets (`orderId`, `token`, `filename()`) for the message. Undefined when it ends up nowhere that a
 * collision or a guess does harm: a log line, a label, an in-memory map, a page element, a value this file returns.
 * A stored id is followed on to its other uses, since a lookup that redraws it while taken clears it.
 */
function traceId(value: IdValue): { target: string; consequence: Consequence } | undefined {
  const names: string[] = [];
  const queue: Carrier[] = [{ node: value.expression, stringified: value.stringified, hops: 0 }];
  const seen = new Set<ts.Node>();
  const enqueue = (next: Carrier): void => {
    if (next.hops <= maxHops && queue.length < maxCarriers) queue.push(next);
  };
  let stored: { target: string; consequence: Consequence } | undefined;
  for (let index = 0; index < queue.length; index++) {
    const carrier = queue[index]!;
    if (seen.has(carrier.node)) continue;
    seen.add(carrier.node);
    const consequence = followOneStep(carrier, enqueue, names);
    // A key the code draws again until storage holds none like it cannot collide, whatever stores it later.
    if (consequence === "redrawn until free") return undefined;
    if (!consequence || stored) continue;
    if (consequence.kind === "credential") return { target: names[0] ?? "id", consequence };
    stored = { target: names[0] ?? "id", consequence };
  }
  return stored;
}

/** Where the carrier's value goes next: a consequence, or further carriers handed to `enqueue`. */
function followOneStep(carrier: Carrier, enqueue: (next: Carrier) => void, names: string[]): Consequence | "redrawn until free" | undefined {
  const { node, field, stringified } = climbValue(carrier);
  const { hops } = carrier;
  const parent = node.parent;
  if (!parent) return undefined;
  if ((ts.isPropertyAssignment(parent) && parent.initializer === node) || (ts.isShorthandPropertyAssignment(parent) && parent.name === node)) {
    const name = propertyNameText(parent.name);
    if (name === undefined) return undefined;
    if (field === undefined) {
      // A time, prose or a one-time code: what the field holds is not an id.
      if (!isIdLikeName(name) && !isStoredIdField(name)) return undefined;
      names.push(name);
      if (isIdempotencyName(name)) return idempotencyKey;
    }
    enqueue({ node: parent.parent, field: field ?? name, stringified, hops });
    return undefined;
  }
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent)) && parent.initializer === node) {
    if (!ts.isIdentifier(parent.name)) return undefined;
    const named = nameTheId(parent.name.text, field, names);
    if (named && named !== "not an id" && named.kind === "credential") {
      const references = referencesTo(parent);
      if (references.length > 0 && references.every(isFragmentOfLongerString)) return fragmentEndsUp(references);
      if (isLockOwnerToken(references)) return undefined;
    }
    if (named) return named === "not an id" ? undefined : named;
    for (const reference of referencesTo(parent)) enqueue({ node: reference, field, stringified, hops: hops + 1 });
    return undefined;
  }
  if (ts.isPropertyDeclaration(parent) && parent.initializer === node) {
    const name = propertyNameText(parent.name);
    if (name === undefined) return undefined;
    const named = nameTheId(name, field, names);
    if (named) return named === "not an id" ? undefined : named;
    for (const reference of memberReferences(parent, name)) enqueue({ node: reference, field, stringified, hops: hops + 1 });
    return undefined;
  }
  if (ts.isBinaryExpression(parent) && parent.right === node && parent.operatorToken.kind === SyntaxKind.EqualsToken) {
    return followAssignment(parent, { node, field, stringified, hops }, enqueue, names);
  }
  if (ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === node)) {
    const fn = ts.isReturnStatement(parent) ? enclosingFunction(parent) : parent;
    return fn && followReturn(fn, { node, field, stringified, hops }, enqueue, names);
  }
  if (ts.isCallExpression(parent) && parent.arguments.includes(node)) return followArgument(parent, { node, field, stringified, hops }, enqueue, names);
  if (ts.isNewExpression(parent) && parent.arguments?.includes(node)) {
    const index = parent.arguments.indexOf(node);
    if (field !== undefined && storageWritesAt(parent, index).includes("record") && isStoredField(field, stringified)) return storedAs(field, parent);
    if (field !== undefined && isCredentialName(field) && responseBodyOf(parent)?.body === node) return sentToClient(field);
  }
  return undefined;
}

/**
 * Up through what keeps carrying the id: parentheses and casts, `await`, fallbacks and conditionals, templates and
 * concatenations, `String()`, string methods, `JSON.stringify`, array literals and spreads.
 */
function climbValue(carrier: Carrier): { node: ts.Expression; field?: string; stringified: boolean } {
  let { node, stringified } = carrier;
  const { field } = carrier;
  for (;;) {
    const parent = node.parent;
    if (
      ts.isParenthesizedExpression(parent) ||
      ts.isAsExpression(parent) ||
      ts.isNonNullExpression(parent) ||
      ts.isSatisfiesExpression(parent) ||
      ts.isTypeAssertionExpression(parent) ||
      ts.isAwaitExpression(parent) ||
      ts.isArrayLiteralExpression(parent)
    ) {
      node = parent;
    } else if ((ts.isBinaryExpression(parent) && fallbackOperators.has(parent.operatorToken.kind)) || (ts.isConditionalExpression(parent) && parent.condition !== node)) {
      node = parent;
    } else if (ts.isSpreadElement(parent) || ts.isSpreadAssignment(parent)) {
      node = parent.parent as ts.Expression;
    } else if (field === undefined && ts.isTemplateSpan(parent)) {
      node = parent.parent;
      stringified = true;
    } else if (field === undefined && ts.isBinaryExpression(parent) && parent.operatorToken.kind === SyntaxKind.PlusToken && (stringified || isStringConcatenation(parent))) {
      node = parent;
      stringified = true;
    } else if (field === undefined && isStringMethodCallOn(node)) {
      node = parent.parent as ts.CallExpression;
      stringified = true;
    } else if (ts.isCallExpression(parent) && parent.arguments[0] === node && /^(String|encodeURIComponent|JSON\.stringify)$/.test(calleeText(parent) ?? "")) {
      node = parent;
      if (field === undefined) stringified = true;
    } else {
      return { node, field, stringified };
    }
  }
}

/**
 * What the name an id is given says: a time (`now`, `startedAt`) means it is not an id at all; a credential or an
 * idempotency key is a consequence of its own. A name given to an object that carries the id says nothing.
 */
function nameTheId(name: string, field: string | undefined, names: string[], label = name): Consequence | "not an id" | undefined {
  if (field !== undefined) return undefined;
  if (nameWords(name).some((word) => timeWords.has(word))) return "not an id";
  names.push(label);
  if (isCredentialName(name)) return { kind: "credential", how: "is a credential" };
  if (isIdempotencyName(name)) return idempotencyKey;
  return undefined;
}

/**
 * A value named as a credential (`nameSalt`, `token`) that is only ever written into longer strings is never compared
 * or handed on by itself: the longer strings are, and they are judged by where they end up (a store key, a cookie).
 * Where they only name something in passing (a temporary index whose settings are read back), nobody guesses it.
 */
function fragmentEndsUp(references: readonly ts.Identifier[]): Consequence | undefined {
  for (const reference of references) {
    const outcome = traceId({ expression: reference, stringified: true });
    if (outcome) return outcome.consequence;
  }
  return undefined;
}

/** `` `temp-${stamp}-${salt}` ``, `"reset:" + token`: the identifier is one part of a string built with others. */
function isFragmentOfLongerString(reference: ts.Identifier): boolean {
  const parent = reference.parent;
  if (ts.isTemplateSpan(parent)) {
    const template = parent.parent;
    return template.head.text !== "" || template.templateSpans.length > 1 || parent.literal.text !== "";
  }
  return ts.isBinaryExpression(parent) && isStringConcatenation(parent);
}

/**
 * `const token = \`${process.pid}-${Date.now()}\`` written with `redis.set(key, token, "NX")` and otherwise only handed to
 * a local release function that compares it with the stored value: the owner mark of a lock. It never leaves the
 * server, so nobody outside can present a guess; only the process that took the lock releases it.
 */
function isLockOwnerToken(references: readonly ts.Identifier[]): boolean {
  let writesLock = false;
  for (const reference of references) {
    const call = reference.parent;
    if (!ts.isCallExpression(call) || !call.arguments.includes(reference)) return false;
    if (isSetIfAbsentValue(call, reference)) writesLock = true;
    else if (!isServerScriptCall(call) && !onlyComparedWithStore(call, reference)) return false;
  }
  return writesLock;
}

/** `client.set(key, value, "EX", 10, "NX")`, `client.set(key, value, { NX: true })`: the value written only when the key is free. */
function isSetIfAbsentValue(call: ts.CallExpression, value: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "set" || call.arguments[1] !== value) return false;
  return call.arguments.slice(2).some((argument) => {
    if (/^nx$/i.test(stringValue(argument) ?? "")) return true;
    return ts.isObjectLiteralExpression(argument) && argument.properties.some((property) => ts.isPropertyAssignment(property) && /^nx$/i.test(propertyNameText(property.name) ?? "") && property.initializer.kind === SyntaxKind.TrueKeyword);
  });
}

/** The local function the value is handed to reads its parameter only as an argument of a server-side script (`eval`, `evalsha`). */
function onlyComparedWithStore(call: ts.CallExpression, value: ts.Expression): boolean {
  const parameter = localFunctionCalled(call)?.parameters[call.arguments.indexOf(value)];
  if (!parameter || !ts.isIdentifier(parameter.name)) return false;
  const uses = referencesTo(parameter);
  return uses.length > 0 && uses.every((use) => ts.isCallExpression(use.parent) && use.parent.arguments.includes(use) && isServerScriptCall(use.parent));
}

/** `redis.eval(RELEASE, 1, key, token)`: a script the store runs, which compares the value there. */
function isServerScriptCall(call: ts.CallExpression): boolean {
  return ts.isPropertyAccessExpression(call.expression) && /^(eval|evalsha|evalSha)$/.test(call.expression.name.text);
}

const idempotencyKey: Consequence = { kind: "stored", how: "is an idempotency key, by which the receiving service merges requests" };

/** `x = id`, `this.x = id`, `session.csrfToken = id`: the name it gets and where that binding is read. */
function followAssignment(assignment: ts.BinaryExpression, carrier: Carrier, enqueue: (next: Carrier) => void, names: string[]): Consequence | undefined {
  const { field, stringified, hops } = carrier;
  const target = assignment.left;
  if (ts.isIdentifier(target)) {
    const named = nameTheId(target.text, field, names);
    if (named) return named === "not an id" ? undefined : named;
    const declaration = findDeclaration(target.text, target);
    if (declaration && (ts.isVariableDeclaration(declaration) || ts.isParameter(declaration))) {
      for (const reference of referencesTo(declaration)) enqueue({ node: reference, field, stringified, hops: hops + 1 });
    }
    return undefined;
  }
  if (!ts.isPropertyAccessExpression(target)) return undefined;
  const name = target.name.text;
  const named = nameTheId(name, field, names);
  if (named) return named === "not an id" ? undefined : named;
  if (target.expression.kind === SyntaxKind.ThisKeyword) {
    for (const reference of memberReferences(target, name)) enqueue({ node: reference, field, stringified, hops: hops + 1 });
    return undefined;
  }
  // `record.id = id`: the object now carries the id in that field.
  const holder = target.expression;
  if (!ts.isIdentifier(holder)) return undefined;
  const declaration = findDeclaration(holder.text, holder);
  if (declaration && (ts.isVariableDeclaration(declaration) || ts.isParameter(declaration))) {
    for (const reference of referencesTo(declaration)) {
      if (reference !== holder) enqueue({ node: reference, field: field ?? name, stringified, hops: hops + 1 });
    }
  }
  return undefined;
}

/** A function returns the id: a `map` callback's result carries it; a named function's callers in this file get it. */
function followReturn(fn: ts.SignatureDeclaration, carrier: Carrier, enqueue: (next: Carrier) => void, names: string[]): Consequence | undefined {
  const { field, stringified, hops } = carrier;
  let holder: ts.Node = fn;
  while (ts.isParenthesizedExpression(holder.parent)) holder = holder.parent;
  const call = holder.parent;
  if (ts.isCallExpression(call) && call.arguments[0] === holder && ts.isPropertyAccessExpression(call.expression) && /^(map|flatMap)$/.test(call.expression.name.text)) {
    enqueue({ node: call, field, stringified, hops });
    return undefined;
  }
  const name = functionName(fn);
  if (name === undefined) return undefined;
  const named = nameTheId(name, field, names, `${name}()`);
  if (named) return named === "not an id" ? undefined : named;
  for (const site of callSitesOf(fn, name)) enqueue({ node: site, field, stringified, hops: hops + 1 });
  return undefined;
}

/** The id is an argument: a cookie, a header, a storage write, a response, an upload callback, or a local function. */
function followArgument(call: ts.CallExpression, carrier: Carrier, enqueue: (next: Carrier) => void, names: string[]): Consequence | "redrawn until free" | undefined {
  const { node, field, stringified, hops } = carrier;
  const index = call.arguments.indexOf(node);
  if (field === undefined) {
    const cookie = cookieNamedBy(call, node);
    if (cookie !== undefined) return { kind: "credential", how: cookie ? `is set in the \`${cookie}\` cookie, where it identifies the client` : "is set in a cookie, where it identifies the client" };
    const header = headerWritesAt(call).find((write) => write.value === node);
    if (header?.name === "set-cookie") return { kind: "credential", how: "is set in a cookie, where it identifies the client" };
    if (index === 1 && ts.isPropertyAccessExpression(call.expression) && /^(setHeader|header|set|append)$/.test(call.expression.name.text)) {
      const headerName = stringValue(call.arguments[0]);
      if (headerName !== undefined && isIdempotencyName(headerName)) {
        names.push(headerName);
        return idempotencyKey;
      }
    }
    // `cb(null, name)` inside multer's `filename: (req, file, cb) => …` hands the function's result to the storage engine.
    const callback = call.expression;
    const owner = ts.isIdentifier(callback) ? enclosingFunction(call) : undefined;
    if (owner && ts.isIdentifier(callback) && owner.parameters.some((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === callback.text)) {
      const name = functionName(owner);
      if (name === undefined || !isFileName(name)) return undefined;
      names.push(`${name}()`);
      return { kind: "stored", how: "names the uploaded file where it is stored", names: "location" };
    }
  }
  const writes = storageWritesAt(call, index);
  if (field === undefined && stringified && writes.includes("key-value")) {
    names.push("key");
    return { kind: "stored", how: `is the key of \`${describeWrite(call)}\`` };
  }
  if (field === undefined && writes.includes("upload")) {
    names.push("path");
    return { kind: "stored", how: `names the object \`${describeWrite(call)}\` stores`, names: "location" };
  }
  if (field !== undefined && writes.includes("record") && isStoredField(field, stringified)) return storedAs(field, call);
  if (field !== undefined && isCredentialName(field) && responseBodyOf(call)?.body === node) return sentToClient(field);
  if (field !== undefined && isStorageRead(call) && isRetriedWhileFound(call)) return "redrawn until free";
  const callee = localFunctionCalled(call);
  const parameter = callee?.parameters[index];
  if (parameter && ts.isIdentifier(parameter.name)) {
    for (const reference of referencesTo(parameter)) enqueue({ node: reference, field, stringified, hops: hops + 1 });
  }
  return undefined;
}

/**
 * `found = await db.org.findUnique({ where: { slug } })` inside a loop that runs while `found` holds a record: the
 * loop draws a new candidate until no stored record has it, so the key is checked for collisions before it is used.
 */
function isRetriedWhileFound(lookup: ts.CallExpression): boolean {
  let result: ts.Node = lookup;
  while (ts.isAwaitExpression(result.parent) || ts.isParenthesizedExpression(result.parent)) result = result.parent;
  const holder = result.parent;
  const name =
    ts.isBinaryExpression(holder) && holder.right === result && holder.operatorToken.kind === SyntaxKind.EqualsToken && ts.isIdentifier(holder.left)
      ? holder.left.text
      : ts.isVariableDeclaration(holder) && holder.initializer === result && ts.isIdentifier(holder.name)
        ? holder.name.text
        : undefined;
  if (name === undefined) return false;
  for (let current = holder.parent; current && !ts.isFunctionLike(current); current = current.parent) {
    if ((ts.isWhileStatement(current) || ts.isDoStatement(current)) && readsName(current.expression, name)) return true;
    if (ts.isForStatement(current) && current.condition && readsName(current.condition, name)) return true;
  }
  return false;
}

function readsName(expression: ts.Expression, name: string): boolean {
  if (ts.isIdentifier(expression)) return expression.text === name;
  return ts.forEachChild(expression, (child) => (ts.isExpression(child) && readsName(child, name)) || undefined) ?? false;
}

function storedAs(field: string, write: ts.CallExpression | ts.NewExpression): Consequence {
  const location = isFileName(field) || /^(key|path)$/.test(nameWords(field).pop() ?? "");
  return { kind: isCredentialName(field) ? "credential" : "stored", how: `is stored as \`${field}\` by \`${describeWrite(write)}\``, ...(location ? { names: "location" as const } : {}) };
}

function sentToClient(field: string): Consequence {
  return { kind: "credential", how: `is sent to the client as \`${field}\`` };
}

/** A field that identifies the record it is stored in: an id-like name, or a string under any name but a time, prose or a code. */
function isStoredField(field: string, stringified: boolean): boolean {
  return isIdLikeName(field) || (stringified && isStoredIdField(field));
}

/** Where the variable or parameter is read in its scope: identifiers that resolve to it, the declaration and writes aside. */
function referencesTo(declaration: ts.VariableDeclaration | ts.ParameterDeclaration): ts.Identifier[] {
  const scope: ts.Node = ts.isParameter(declaration) ? declaration.parent : (enclosingFunction(declaration) ?? declaration.getSourceFile());
  return referencesOf(declaration, scope).filter(isRead);
}

/** `x` read as a value: not a property name, not a declaration, not the target of `=`. */
function isRead(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isBindingElement(parent)) && parent.name === identifier) return false;
  if (ts.isBinaryExpression(parent) && parent.left === identifier && parent.operatorToken.kind === SyntaxKind.EqualsToken) return false;
  return true;
}

/** `this.name` read anywhere in the class around `member`. */
function memberReferences(member: ts.Node, name: string): ts.Expression[] {
  let owner: ts.Node | undefined = member.parent;
  while (owner && !ts.isClassLike(owner)) owner = owner.parent;
  if (!owner) return [];
  const references: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && node.expression.kind === SyntaxKind.ThisKeyword && node.name.text === name) {
      const parent = node.parent;
      if (!(ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === SyntaxKind.EqualsToken)) references.push(node);
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(owner, visit);
  return references;
}

/** Calls of `fn` in this file: `name()` where the name is bound to it, or `this.name()` in its class. */
function callSitesOf(fn: ts.SignatureDeclaration, name: string): ts.CallExpression[] {
  const isMember = ts.isMethodDeclaration(fn) || ts.isPropertyDeclaration(fn.parent);
  const scope: ts.Node | undefined = isMember ? fn.parent && (ts.isClassLike(fn.parent) ? fn.parent : fn.parent.parent) : fn.getSourceFile();
  if (!scope || (isMember && !ts.isClassLike(scope))) return [];
  const sites: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (isMember ? ts.isPropertyAccessExpression(callee) && callee.expression.kind === SyntaxKind.ThisKeyword && callee.name.text === name : ts.isIdentifier(callee) && callee.text === name && functionBoundTo(name, node) === fn) {
        sites.push(node);
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope, visit);
  return sites;
}

/** The function of this file a call runs: `name(…)` bound to a local function, or `this.name(…)` a method of the class. */
function localFunctionCalled(call: ts.CallExpression): ts.SignatureDeclaration | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return functionBoundTo(callee.text, call);
  if (!ts.isPropertyAccessExpression(callee) || callee.expression.kind !== SyntaxKind.ThisKeyword) return undefined;
  let owner: ts.Node | undefined = call.parent;
  while (owner && !ts.isClassLike(owner)) owner = owner.parent;
  const method = owner && (owner as ts.ClassLikeDeclaration).members.find((member) => ts.isMethodDeclaration(member) && member.name.getText() === callee.name.text);
  return method as ts.MethodDeclaration | undefined;
}

function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if (fn.name) return propertyNameText(fn.name);
  const holder = fn.parent;
  if (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) return propertyNameText(holder.name);
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

const idWords = new Set(["id", "uuid", "guid", "uid", "sid", "jti", "key", "pk", "token", "slug", "nonce", "ref", "reference"]);
const uniquenessWords = new Set(["unique", "uniq"]);
/** Last words of a name for a credential itself (`csrfToken`, `nonce`, `apiKey`), where a guess does harm and not only a collision. */
const credentialWords = new Set(["token", "secret", "nonce", "password", "passwd", "salt", "csrf", "xsrf", "jti", "sid", "apikey"]);
/** Words that make an id or key a credential (`sessionId`, `resetLink`, `apiKey`): what it opens is behind it. */
const credentialHolders = new Set(["session", "reset", "invite", "invitation", "verification", "verify", "magic", "api", "access", "refresh", "signing", "private", "auth"]);
/** Words that make a name a time value, a duration or an ordering key, which the clock is right for. */
const timeWords = new Set([
  "at", "created", "updated", "deleted", "modified", "timestamp", "time", "ts", "date", "expires", "expire", "expiry",
  "expiration", "started", "start", "ended", "end", "elapsed", "duration", "ttl", "latency", "delay", "jitter", "backoff",
  "deadline", "ms", "millis", "seconds", "iat", "exp", "nbf", "sort", "sk", "range", "version", "seed", "now", "stamp", "heartbeat", "seen",
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

/** `csrfToken`, `sessionId`, `nonce`, `apiKey`, `resetLink` — not `tokenCount`, `tokenExpiresAt`, a one-time `code`. */
function isCredentialName(name: string): boolean {
  const words = nameWords(name);
  if (words.some((word) => timeWords.has(word))) return false;
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (credentialWords.has(last)) return true;
  return (last === "id" || last === "key" || last === "link") && words.slice(0, -1).some((word) => credentialHolders.has(word) || credentialWords.has(word));
}

/** `Idempotency-Key`, `idempotencyKey`: a key the receiving service deduplicates requests by. */
function isIdempotencyName(name: string): boolean {
  return nameWords(name).some((word) => word === "idempotency" || word === "idempotent");
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
  if (ts.isStringLiteral(inner)) return [{ kind: "text", text: escapeTemplateText(inner.text) }];
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
