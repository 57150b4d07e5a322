// Project functions that tell whether an error is one of the project's own kinds, found by what they do: a declared
// type predicate on a specific class (`(e: unknown): e is AppError`), or a body whose every `true`-ish answer is
// given only for an `instanceof` of a specific class (`if (e instanceof AppError) return e.isOperational; return
// false`). A condition that calls one narrows the error like `instanceof AppError` written inline. Records only.
// Also what a project exception class is at the root of its `extends` chain (see `isStatuslessErrorBase`), which the
// project model resolves across files from `summary.classBases`.
import { isBuiltin } from "node:module";
import { ts } from "ts-morph";
import type { Extractor } from "./summarize.js";
import type { FileSummary } from "./types.js";
import { callChainRoot, findDeclaration, functionBoundTo, hasModifier, importedModuleOf, isFunctionLike, unwrapExpression, type FunctionLike } from "./syntax.js";

/** `x instanceof SomeClass`, but never the catch-all `Error` (or a built-in base that every error is). */
export const specificClassCheck = /\binstanceof\s+(?:[\w$]+\.)*(?!(Error|Object)\b)[A-Z]\w*/;

/** `AppError`, `errors.NotFound`: a class name that narrows an error, never the catch-all `Error` or `Object`. */
export function isSpecificClassName(name: string): boolean {
  return /^(?:[\w$]+\.)*(?!(Error|Object)\b)[A-Z]\w*$/.test(name);
}

export const errorKinds: Extractor = {
  kinds: [ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.VariableDeclaration],
  textHint: /instanceof|\bis\s+[A-Z]/,
  visit(node, { summary }) {
    const named = namedFunction(node);
    if (named && isErrorKindCheck(named.definition)) record(summary, named.name);
  },
};

/**
 * Functions whose every `throw` states the project's own refusal (see `refusesWithOwnSentences`), recorded in
 * `summary.refusingChecks` so a handler in another file that calls one knows what its catch can see.
 */
export const ownRefusals: Extractor = {
  kinds: [ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.VariableDeclaration],
  textHint: /\bthrow\b/,
  visit(node, { summary }) {
    const named = namedFunction(node);
    if (!named) return;
    if (failsWithOwnSentences(named.definition)) {
      const failing = (summary.ownFailureFunctions ??= []);
      if (!failing.includes(named.name)) failing.push(named.name);
    }
    if (!refusesWithOwnSentences(named.definition)) return;
    const list = (summary.refusingChecks ??= []);
    if (!list.includes(named.name)) list.push(named.name);
  },
};

/**
 * `async function callBilling(path) { try { response = await fetch(base + path) } catch { throw new BillingError("Billing
 * is unreachable") } if (!response.ok) throw new BillingError(\`Billing refused: ${await response.text()}\`); return
 * response.json() }`, and `function portalUrl(id) { return callBilling("/portal") }`: a function, async or not, whose
 * failures are all its own sentences. Every `throw` makes an error with written text that quotes no caught error, and
 * every call it waits on or hands back (`await x`, `return x`) sits in a `try` whose catch lets no caught error out,
 * reads the body of a response it holds (`.text()`, `.json()`), or is a call of another such function of its file. It
 * calls none of Node's own modules outside such a `try`. What a caller catches from it is that text (or a response
 * body's parse error).
 */
export function failsWithOwnSentences(definition: FunctionLike, depth = 0): boolean {
  if (!definition.body || definition.asteriskToken || depth > 4) return false;
  let fails = false;
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other || isFunctionLike(node)) return;
    if (ts.isThrowStatement(node)) {
      const thrown = unwrapExpression(node.expression);
      if (hasWrittenMessage(thrown) && !quotesCaughtError(thrown)) fails = true;
      else other = true;
    } else if (ts.isCallExpression(node) && !isInGuardedTry(node, definition)) {
      // Inside a `try` whose catch lets nothing it caught out, a call's failure becomes that catch's own text.
      if (isNodeBuiltinCall(node)) other = true;
      else if (isWaitedOn(node)) {
        const callee = ts.isIdentifier(node.expression) ? functionBoundTo(node.expression.text, node.expression) : undefined;
        if (callee && callee !== definition && failsWithOwnSentences(callee, depth + 1)) fails = true;
        else if (!isBodyRead(node)) other = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  if (ts.isBlock(definition.body)) ts.forEachChild(definition.body, visit);
  else visit(definition.body);
  return fails && !other;
}

/** The call's promise is awaited or handed back: `await call`, `return call`, an arrow's body. */
function isWaitedOn(call: ts.CallExpression): boolean {
  let node: ts.Node = call;
  while (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent) || ts.isNonNullExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  return ts.isAwaitExpression(parent) || ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === node);
}

/** `response.json()`, `await res.text()`: the body of a response the function holds. */
function isBodyRead(call: ts.CallExpression): boolean {
  return ts.isPropertyAccessExpression(call.expression) && /^(json|text)$/.test(call.expression.name.text) && call.arguments.length === 0;
}

/** The call sits in the `try` block of a statement of `fn` whose catch neither rethrows nor quotes what it caught. */
function isInGuardedTry(call: ts.Node, fn: FunctionLike): boolean {
  for (let child: ts.Node = call, node = call.parent; node && node !== fn; child = node, node = node.parent) {
    if (!ts.isTryStatement(node) || node.tryBlock !== child || !node.catchClause) continue;
    const caught = node.catchClause.variableDeclaration?.name;
    let letsOut = false;
    const visit = (inner: ts.Node): void => {
      if (letsOut || isFunctionLike(inner)) return;
      if (ts.isThrowStatement(inner)) {
        const thrown = unwrapExpression(inner.expression);
        letsOut = !hasWrittenMessage(thrown) || quotesCaughtError(thrown);
      } else if (ts.isIdentifier(inner) && caught && ts.isIdentifier(caught) && inner.text === caught.text && ts.isReturnStatement(inner.parent)) letsOut = true;
      ts.forEachChild(inner, visit);
    };
    visit(node.catchClause.block);
    return !letsOut;
  }
  return false;
}

/**
 * `new AppError(\`Failed: ${e.message}\`)` inside a catch: the written text carries the caught error along. A
 * condition that only chooses between texts (`e.code === "ENOTFOUND" ? "Host not found" : "Lookup failed"`) does not.
 */
function quotesCaughtError(thrown: ts.Expression): boolean {
  let quotes = false;
  const visit = (node: ts.Node): void => {
    if (quotes) return;
    if (ts.isConditionalExpression(node)) {
      visit(node.whenTrue);
      visit(node.whenFalse);
      return;
    }
    if (ts.isIdentifier(node)) {
      for (let scope: ts.Node | undefined = node.parent; scope && !quotes; scope = scope.parent) {
        const caught = ts.isCatchClause(scope) ? scope.variableDeclaration?.name : undefined;
        if (caught && ts.isIdentifier(caught) && caught.text === node.text) quotes = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(thrown);
  return quotes;
}

/**
 * `function assertRoleAllowed(org, role) { if (!plan.allows(role)) throw new PlanError("Upgrade to assign roles") }`: a
 * synchronous function whose every `throw` is an error made with the project's own text, and that refuses (throws
 * such an error itself, or calls a function of its file that does), calling none of Node's own modules: what it raises
 * is its verdict on the arguments, worded for the caller.
 */
export function refusesWithOwnSentences(definition: FunctionLike, followCalls = true, depth = 0): boolean {
  if (!definition.body || hasModifier(definition, ts.SyntaxKind.AsyncKeyword) || definition.asteriskToken || depth > 4) return false;
  let refuses = false;
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other) return;
    if (ts.isThrowStatement(node)) {
      if (hasWrittenMessage(unwrapExpression(node.expression))) refuses = true;
      else other = true;
    } else if (ts.isCallExpression(node)) {
      if (isNodeBuiltinCall(node)) other = true;
      else if (followCalls && !refuses && ts.isIdentifier(node.expression)) {
        const callee = functionBoundTo(node.expression.text, node.expression);
        refuses = !!callee && callee !== definition && refusesWithOwnSentences(callee, true, depth + 1);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(definition.body);
  return refuses && !other;
}

/**
 * `new Error("Must be logged in")`, `Error(\`No seat left in ${team}\`)`, `new LookupError(code === "ENOTFOUND" ?
 * "Host not found" : "Lookup failed")`: an error made with the project's own text, or a choice between such texts.
 */
export function hasWrittenMessage(thrown: ts.Expression): boolean {
  // `Error("…")` called without `new` makes the same error.
  const message = ts.isNewExpression(thrown) || (ts.isCallExpression(thrown) && ts.isIdentifier(thrown.expression) && thrown.expression.text === "Error") ? thrown.arguments?.[0] : undefined;
  return !!message && isWrittenText(unwrapExpression(message));
}

function isWrittenText(message: ts.Expression): boolean {
  if (ts.isConditionalExpression(message)) return isWrittenText(unwrapExpression(message.whenTrue)) && isWrittenText(unwrapExpression(message.whenFalse));
  return ts.isStringLiteralLike(message) || ts.isTemplateExpression(message);
}

/**
 * `fs.unlinkSync(path)`, `execSync(command)`: a call of something imported from one of Node's own modules, whose
 * errors name paths and commands. Not the ones that only compute from their arguments (`isIP(host)`).
 */
export function isNodeBuiltinCall(call: ts.CallExpression): boolean {
  const root = callChainRoot(call.expression);
  const module = ts.isIdentifier(root) ? importedModuleOf(root.text, root) : undefined;
  return module !== undefined && isBuiltin(module) && !isPureBuiltin(module, call);
}

/** Functions of Node's own modules that read nothing outside their arguments and never throw: address-form tests. */
const pureBuiltins: ReadonlyMap<string, ReadonlySet<string>> = new Map([["net", new Set(["isIP", "isIPv4", "isIPv6"])]]);

function isPureBuiltin(module: string, call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  const name = ts.isIdentifier(callee) ? importedNameOf(callee) : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(unwrapExpression(callee.expression)) ? callee.name.text : undefined;
  return name !== undefined && (pureBuiltins.get(module.replace(/^node:/, ""))?.has(name) ?? false);
}

/** The exported name a local binds: `isIP` for `import { isIP as ipKind } from "node:net"` or `const { isIP } = require("net")`. */
function importedNameOf(local: ts.Identifier): string | undefined {
  const declaration = findDeclaration(local.text, local);
  if (!declaration || !(ts.isImportSpecifier(declaration) || ts.isBindingElement(declaration))) return undefined;
  const imported = declaration.propertyName ?? declaration.name;
  return ts.isIdentifier(imported) ? imported.text : undefined;
}

function namedFunction(node: ts.Node): { name: string; definition: FunctionLike } | undefined {
  if (ts.isFunctionDeclaration(node)) return node.name && node.body ? { name: node.name.text, definition: node } : undefined;
  if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return undefined;
  const initializer = unwrapExpression(node.initializer);
  return isFunctionLike(initializer) ? { name: node.name.text, definition: initializer } : undefined;
}

function record(summary: FileSummary, name: string): void {
  const list = (summary.errorKindChecks ??= []);
  if (!list.includes(name)) list.push(name);
}

/** The function answers "is this error one of a specific class": by its declared predicate, or by every answer it gives. */
export function isErrorKindCheck(definition: FunctionLike): boolean {
  const declared = definition.type;
  if (declared && ts.isTypePredicateNode(declared) && !declared.assertsModifier) return !!declared.type && isSpecificClassType(declared.type);
  const body = definition.body;
  if (!body) return false;
  if (!ts.isBlock(body)) return answersForSpecificClass(body);
  let answers = 0;
  let every = true;
  const visit = (node: ts.Node): void => {
    if (!every || isFunctionLike(node)) return;
    if (ts.isReturnStatement(node)) {
      const value = node.expression && unwrapExpression(node.expression);
      if (!value) every = false;
      else if (value.kind !== ts.SyntaxKind.FalseKeyword) {
        answers++;
        every = answersForSpecificClass(value) || isUnderSpecificClassCheck(node, body);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return every && answers > 0;
}

/** `AppError`, `HttpError<T>`: a named class, never `Error`, `unknown` or a union that may be anything. */
function isSpecificClassType(type: ts.TypeNode): boolean {
  return ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && !/^(Error|Object)$/.test(type.typeName.text);
}

/** `e instanceof AppError`, alone or as one operand of an `&&` chain (which is true only when it is). */
function answersForSpecificClass(value: ts.Expression): boolean {
  const inner = unwrapExpression(value);
  if (ts.isBinaryExpression(inner)) {
    if (inner.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) return specificClassCheck.test(inner.getText());
    if (inner.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return answersForSpecificClass(inner.left) || answersForSpecificClass(inner.right);
  }
  return false;
}

/** The `return` sits in the `then` branch of an `if` whose condition is such a check. */
function isUnderSpecificClassCheck(statement: ts.Node, body: ts.Block): boolean {
  for (let child = statement, parent = statement.parent; parent && parent !== body; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement && answersForSpecificClass(parent.expression)) return true;
  }
  return false;
}

/**
 * The built-in errors a project exception class may extend at the root of its hierarchy (`class DbError extends
 * Error`): they carry no HTTP status, so a framework answers them with a generic 500 of its own (NestJS's default
 * exception filter, Express's production error handler), never with their message. A framework exception
 * (`BadRequestException`, `HttpException`) or a library error that sets a status is not one of them.
 */
export function isStatuslessErrorBase(base: string): boolean {
  return /^(Error|TypeError|RangeError)$/.test(base);
}

/** An HTTP status the client caused (4xx). */
export function isClientErrorCode(status: number): boolean {
  return status >= 400 && status < 500;
}

/** NestJS's client-error exceptions (4xx): a project class resting on one (`class ApiError extends BadRequestException`) answers 4xx too. */
export function isClientErrorException(base: string): boolean {
  return /^(BadRequest|Unauthorized|Forbidden|NotFound|MethodNotAllowed|NotAcceptable|RequestTimeout|Conflict|Gone|PreconditionFailed|PayloadTooLarge|UnsupportedMediaType|UnprocessableEntity|ImATeapot|Misdirected)Exception$/.test(base);
}

/** Template engines: what their compile and render throw is a verdict on the template (and data) they were handed. */
export function isTemplateEngineModule(module: string): boolean {
  return /^(handlebars|liquidjs|mustache|nunjucks|ejs|eta|pug|squirrelly|hogan\.js)$/.test(module);
}
