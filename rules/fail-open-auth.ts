// fail-open-auth: auth checks that let a request through when their secret or config is missing, when verification
// throws, or when the environment is not production. Auth code is recognised by what it does (auth-checks.ts).
import { ts } from "ts-morph";
import type { FixBuilder } from "./engine/fix-builder.js";
import { defineRule, type RuleContext } from "./engine/types.js";
import { readsCredential, rejectsUnauthenticated, secretSettingName, settingGatedCheck, someDescendant } from "./model/auth-checks.js";
import { deploySettingName, envSpelling } from "./model/env-reads.js";
import { handlerFunctionOf } from "./model/route-handlers.js";
import { envTemplateValuedAt, scaffoldFolderOf } from "./model/runtimes.js";
import { calleeText, decoratorsOf, dottedName, enclosingFunction, findDeclaration, functionName, importedModuleOf, isEqualityOperator, isFunctionLike, referencesOf, stringValue, textMatches, unwrapExpression, type FunctionLike } from "./model/syntax.js";

type Context = RuleContext<Record<string, never>>;

const environmentName = /^(NODE_ENV|APP_ENV|ENVIRONMENT|ENV|VERCEL_ENV|DENO_ENV)$/;
const nonProductionValue = /^(development|dev|test|local|staging|preview)$/;
/** Flags that switch auth off by configuration: `SKIP_AUTH`, `DISABLE_AUTH`, `AUTH_DISABLED`, `BYPASS_AUTH`. */
const authSwitch = /^(SKIP|DISABLE|BYPASS|NO)_?AUTH\w*$|^AUTH_?(DISABLED|OFF|BYPASS)$/;
/** Where a request's identity is stored: a bypass that fills it in lets everyone in as that identity. */
const identityTarget = /(^|\.)(user|session|auth|account|principal|claims|identity)$/i;
/** Roots of values read from the request: a missing request credential is a rejection, not a missing config. */
const verificationCall = /^(verify\w*|jwtVerify|validate(Session|Token|Request)\w*|getUser|authenticate)$/;
/** Every `return true`/`return false` spells it with at most comments between. */
const booleanReturn = /\breturn\s*(\/\*[\s\S]*?\*\/\s*)*(true|false)\b/;
const requestRoot = /^(req|request|ctx|c|context|event|socket|headers|cookies|body|query|params)$/;

export default defineRule({
  id: "fail-open-auth",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    fix: "safe",
    summary: "Auth checks must fail closed: a missing secret, a verification error or a non-production environment must not let requests through.",
    fixTitle: "Fail closed",
    messages: {
      missingConfig: "Auth lets every request through when `{{name}}` is not set; fail closed instead (refuse to start, or answer 500/401).",
      catchAllows: "Auth lets the request through when verification throws; answer 401 in the catch block instead.",
      environmentBypass: "Auth is skipped when `{{name}}` says this is not production; one misconfigured deploy opens every route.",
      configSwitch: "Auth is skipped unless `{{name}}` has one exact value; a deploy where it is unset or mistyped opens every route. Fail closed instead.",
      settingGated: "This auth check runs only when `{{name}}` says so; a deploy where it is unset or different serves the route to anyone. Check on every deploy.",
      unsetKeyMatches: "`{{name}}` is compared with what the request sends without checking it is set: when it is unset, a request that sends no key matches it (`undefined === undefined`) and gets through. Refuse when `{{name}}` is missing.",
    },
  },
  check(ctx) {
    const authCode = new Map<FunctionLike, boolean>();
    const isInAuthCode = (node: ts.Node): FunctionLike | undefined => {
      for (let current = node.parent; current; current = current.parent) {
        if (!isFunctionLike(current) || isListCallback(current)) continue;
        if (!authCode.has(current)) authCode.set(current, isAuthCode(ctx, current));
        if (authCode.get(current)) return current;
      }
      return undefined;
    };
    return {
      [ts.SyntaxKind.IfStatement](node) {
        const statement = node as ts.IfStatement;
        if (reportSettingGatedCheck(ctx, statement) || reportUnsetKeyMatch(ctx, statement)) return;
        // The condition's shape decides first: it is cheap, and most `if`s are neither bypasses nor missing-value tests.
        const bypass = environmentCheck(statement.expression);
        if (!bypass && missingValueOperands(statement.expression).length === 0) return;
        const fn = isInAuthCode(statement);
        if (fn) checkIf(ctx, statement, fn, bypass);
      },
      [ts.SyntaxKind.CatchClause](node) {
        // A try block that verifies a credential is auth code whatever surrounds it: a guard that fails open may never reject.
        const clause = node as ts.CatchClause;
        const fn = enclosingFunction(clause);
        if (fn && someDescendant(clause.parent.tryBlock, isVerification)) checkCatch(ctx, clause, fn);
      },
    };
  },
});

/**
 * `if (process.env.VERCEL === "1") { <verify the signature, refuse when it fails> }`: the check itself is sound, but a
 * deploy setting decides whether it runs at all. The suggestion keeps the check and drops the condition.
 */
function reportSettingGatedCheck(ctx: Context, statement: ts.IfStatement): boolean {
  const fn = enclosingFunction(statement);
  const gated = fn && settingGatedCheck(statement, fn);
  if (!gated) return false;
  // Already handled: a further check gated by a deploy setting does not serve the route to anyone.
  if (isAuthenticatedOtherwise(ctx, fn, statement)) return true;
  const name = gated.setting;
  ctx.report({ node: statement.expression, messageId: "settingGated", data: { name }, suggestions: [{ title: `Always check, whatever ${name} says`, apply: (edit) => edit.replace(wholeLines(ctx, statement), unwrapped(ctx, statement, gated.statements)) }] });
  return true;
}

/**
 * `if (process.env.API_KEY !== c.req.header("x-api-key")) return c.json(…, 403)`: the key setting compared as read
 * with a request value that is absent when not sent. Unset on the server and left out by the caller, both sides are
 * `undefined` and the check lets the request through. Only when the service reads the setting nowhere else (so
 * nothing tests it for presence first) and no env schema validates it, and the request value is not given a default
 * or tested first.
 */
function reportUnsetKeyMatch(ctx: Context, statement: ts.IfStatement): boolean {
  if (!textMatches(statement.expression, envSpelling)) return false;
  const fn = enclosingFunction(statement);
  if (!fn) return false;
  for (const comparison of keyComparisonsOf(statement.expression)) {
    const isNotEqual = comparison.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || comparison.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsToken;
    if (isNotEqual ? !rejectsUnauthenticated(statement.thenStatement) : !allows(statement.thenStatement, fn, false)) continue;
    const left = unwrapExpression(comparison.left);
    const right = unwrapExpression(comparison.right);
    const name = secretSettingName(left) ?? secretSettingName(right);
    const sent = secretSettingName(left) !== undefined ? right : left;
    if (name === undefined || secretSettingName(sent) !== undefined || !isAbsentWhenNotSent(sent, statement, fn)) continue;
    if (testsPresence(statement.expression, (operand) => deploySettingName(operand) === name)) continue;
    if (!ctx.project.isOnlyComparedAsIs(name, ctx.filePath)) continue;
    const settingText = secretSettingName(left) !== undefined ? comparison.left.getText() : comparison.right.getText();
    const guarded = isNotEqual ? `!${settingText} || ${comparison.getText()}` : `!!${settingText} && ${comparison.getText()}`;
    const needsParentheses = comparison.parent !== statement && !(ts.isBinaryExpression(comparison.parent) && comparison.parent.operatorToken.kind === (isNotEqual ? ts.SyntaxKind.BarBarToken : ts.SyntaxKind.AmpersandAmpersandToken));
    ctx.report({ node: comparison, messageId: "unsetKeyMatches", data: { name }, fix: (edit) => edit.replace(comparison, needsParentheses ? `(${guarded})` : guarded) });
    return true;
  }
  return false;
}

/** The equality tests of a condition: itself, or the operands of a `||`/`&&` chain. */
function keyComparisonsOf(condition: ts.Expression): ts.BinaryExpression[] {
  const expression = unwrapExpression(condition);
  if (!ts.isBinaryExpression(expression)) return [];
  const operator = expression.operatorToken.kind;
  if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.AmpersandAmpersandToken) return [...keyComparisonsOf(expression.left), ...keyComparisonsOf(expression.right)];
  return isEqualityOperator(operator) ? [expression] : [];
}

/** The condition tests a value for presence: `!x` or `x === undefined` (see missingValueOperands), or `x` alone in an `&&` chain. */
function testsPresence(condition: ts.Expression, isValue: (operand: ts.Expression) => boolean): boolean {
  if (missingValueOperands(condition).some(isValue)) return true;
  const expression = unwrapExpression(condition);
  if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken) return isValue(expression);
  return testsPresence(expression.left, isValue) || testsPresence(expression.right, isValue);
}

/**
 * A credential read from the request that is `undefined` when the caller sends none (`c.req.header("x-api-key")`,
 * `req.headers["x-api-key"]`), in place or through a const of `fn` that no earlier `if` of `fn` tests for presence.
 */
function isAbsentWhenNotSent(value: ts.Expression, statement: ts.IfStatement, fn: FunctionLike): boolean {
  let read = value;
  if (ts.isIdentifier(value)) {
    const declaration = findDeclaration(value.text, value);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || declaration.pos < fn.pos || declaration.end > fn.end) return false;
    if (!(declaration.parent.flags & ts.NodeFlags.Const)) return false;
    read = unwrapExpression(declaration.initializer);
    if (ts.isAwaitExpression(read)) read = unwrapExpression(read.expression);
    const isTestedBefore = !!fn.body && someDescendant(fn.body, (node) => ts.isIfStatement(node) && node.end <= statement.getStart() && testsPresence(node.expression, (operand) => ts.isIdentifier(operand) && operand.text === value.text));
    if (isTestedBefore) return false;
  }
  if (ts.isBinaryExpression(read)) return false;
  return readsCredential(read) && (ts.isCallExpression(read) || ts.isElementAccessExpression(read) || ts.isPropertyAccessExpression(read));
}

/**
 * `fn` handles routes whose chain authenticates without `statement` (a wrapper such as `withWorkspace(handler)`, a
 * middleware): what the setting gates is a further check (an admin role on preview deploys), not the route's only one.
 */
function isAuthenticatedOtherwise(ctx: Context, fn: FunctionLike, statement: ts.IfStatement): boolean {
  const routes = ctx.project.routesIn(ctx.filePath).filter((linked) => handlerFunctionOf(linked.route, ctx.sourceFile) === fn);
  const isOutside = (guard: { span: { start: number; end: number }; filePath: string }): boolean =>
    guard.filePath !== ctx.filePath || guard.span.end <= statement.getStart(ctx.sourceFile) || guard.span.start >= statement.end;
  return routes.length > 0 && routes.every((linked) => linked.guards.some((guard) => isOutside(guard) && ctx.project.isAuthGuard(guard, guard.filePath)));
}

/** The branch's statements in place of the `if`, one indentation level out. */
function unwrapped(ctx: Context, statement: ts.IfStatement, inner: readonly ts.Statement[]): string {
  const lineStart = (position: number): number => ctx.text.lastIndexOf("\n", position - 1) + 1;
  const start = statement.getStart(ctx.sourceFile);
  const outerIndent = ctx.text.slice(lineStart(start), start);
  const first = inner[0]!.getStart(ctx.sourceFile);
  const last = inner[inner.length - 1]!;
  let body = outerIndent + ctx.text.slice(first, last.end);
  if (lineStart(first) !== lineStart(start)) {
    const innerIndent = ctx.text.slice(lineStart(first), first);
    const lines = ctx.text.slice(lineStart(first), last.end).split("\n");
    body = lines.map((line) => (line.startsWith(innerIndent) ? outerIndent + line.slice(innerIndent.length) : line)).join("\n");
  }
  return ctx.text[wholeLines(ctx, statement).end - 1] === "\n" ? `${body}\n` : body.trimStart();
}

/** Array methods whose callback answers for one item of a list. */
const listMethods = new Set(["filter", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "map", "flatMap", "forEach", "reduce", "sort"]);

/**
 * `mails.filter((mail) => { if (!userEmail) return true; … })`: the callback's booleans keep or drop list items, so it
 * is never auth code of its own, whatever it reads.
 */
function isListCallback(fn: FunctionLike): boolean {
  const call = fn.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) return false;
  const callee = unwrapExpression(call.expression);
  return ts.isPropertyAccessExpression(callee) && listMethods.has(callee.name.text);
}

/** `jwt.verify(...)`, `jwtVerify`, `verifyAsync`, `sessions.verify`, `validateSession`, `auth.getUser()`. */
function isVerification(node: ts.Node): boolean {
  if (!ts.isCallExpression(node)) return false;
  const name = calleeText(node) ?? (ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : "");
  return verificationCall.test(name.slice(name.lastIndexOf(".") + 1));
}

/** A guard by what it does (reads a credential, answers 401/403 or decides true/false), a Nest `canActivate`, or a convention-model guard. */
function isAuthCode(ctx: Context, fn: FunctionLike): boolean {
  if (ts.isMethodDeclaration(fn) && fn.name.getText() === "canActivate") return true;
  const name = functionName(fn);
  if (name && ctx.file.authGuards.includes(name)) return true;
  // The function's own name is not a read: `claimSessionSlot` returning true without its store decides no access.
  const readsOne = fn.parameters.some(readsCredential) || (!!fn.body && readsCredential(fn.body));
  return (rejectsUnauthenticated(fn) || returnsBoolean(fn)) && readsOne;
}

/** Properties and header names that carry the request's own credential. */
const requestCredentialProperty = /^(headers|cookies|signedCookies|authorization)$/;
const requestCredentialHeader = /^(authorization|cookie|x-api-key|x-auth-token)$/i;

/**
 * The function reads the request's credential itself: its headers or cookies, a credential header by name, or a
 * verification call given one of its request-like parameters (`getSession(req)`). A function that does none of these
 * runs on a caller someone else already authenticated.
 */
function readsRequestCredential(fn: FunctionLike): boolean {
  if (ts.isMethodDeclaration(fn) && fn.name.getText() === "canActivate") return true;
  const requestParameters = new Set(fn.parameters.flatMap((parameter) => (ts.isIdentifier(parameter.name) && requestRoot.test(parameter.name.text) ? [parameter.name.text] : [])));
  return !!fn.body && someDescendant(fn.body, (node) => {
    if (ts.isPropertyAccessExpression(node)) return requestCredentialProperty.test(node.name.text) && !readsOtherHeader(node);
    if (ts.isStringLiteral(node)) return requestCredentialHeader.test(node.text) || /^bearer\b/i.test(node.text);
    if (!ts.isCallExpression(node) || !isVerification(node) && !/^(getSession|getServerSession|getToken|auth)$/.test(calleeText(node) ?? "")) return false;
    return node.arguments.some((argument) => someDescendant(argument, (inner) => ts.isIdentifier(inner) && requestParameters.has(inner.text)));
  });
}

/** `request.headers.get("accept")`, `req.headers["user-agent"]`: one named header that carries no credential. */
function readsOtherHeader(headers: ts.PropertyAccessExpression): boolean {
  if (headers.name.text !== "headers") return false;
  const parent = headers.parent;
  let name: string | undefined;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === headers) {
    const call = parent.parent;
    name = ts.isCallExpression(call) && call.expression === parent && /^(get|has)$/.test(parent.name.text) ? stringValue(call.arguments[0]) : parent.name.text;
  } else if (ts.isElementAccessExpression(parent) && parent.expression === headers) name = stringValue(parent.argumentExpression);
  return name !== undefined && !requestCredentialHeader.test(name);
}

/**
 * `if (!GATE_ENABLED) return;` in a further check on a caller already authenticated elsewhere: the value tested is only
 * ever tested (a switch, not key material a verification uses), and the function reads no credential of the request
 * itself. A primary verifier (reads the request's credential) or a missing secret that it then uses stays reported.
 */
function isFeatureGateOfFurtherCheck(condition: ts.Expression, fn: FunctionLike): boolean {
  if (readsRequestCredential(fn)) return false;
  return missingValueOperands(condition).some((operand) => !isUsedBeyond(operand, condition, fn));
}

/** The tested value (an env read, a name, a dotted config read) appears in `fn` outside `condition`. */
function isUsedBeyond(operand: ts.Expression, condition: ts.Expression, fn: FunctionLike): boolean {
  const envName = deploySettingName(operand);
  const text = operand.getText();
  return !!fn.body && someDescendant(fn.body, (node) => {
    if (node === condition) return false;
    if (node.pos >= condition.pos && node.end <= condition.end) return false;
    if (!ts.isExpression(node) || (ts.isVariableDeclaration(node.parent) && node.parent.name === node)) return false;
    if (envName !== undefined) return deploySettingName(node) === envName && !isComparedWithConstant(node);
    return node.getText() === text && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) && !isComparedWithConstant(node);
  });
}

/** `FLAG !== "false"`: a use that tests the setting again against a constant, as a switch is read, not as key material. */
function isComparedWithConstant(node: ts.Expression): boolean {
  const comparison = node.parent;
  if (!ts.isBinaryExpression(comparison) || !isEqualityOperator(comparison.operatorToken.kind)) return false;
  const other = unwrapExpression(comparison.left === node ? comparison.right : comparison.left);
  return stringValue(other) !== undefined || ts.isNumericLiteral(other) || other.kind === ts.SyntaxKind.TrueKeyword || other.kind === ts.SyntaxKind.FalseKeyword;
}

function checkIf(ctx: Context, statement: ts.IfStatement, fn: FunctionLike, bypass: EnvironmentCheck | undefined): void {
  if (bypass) {
    if (!allows(statement.thenStatement, fn, true) || rejectsUnauthenticated(statement.thenStatement)) return;
    // A setting that gates a further check (`if (FLAG === "1") { if (isAdmin) return true; }`) is a feature switch, not a bypass.
    if (!bypass.isKnownBypass && !allowsOutright(statement.thenStatement, fn)) return;
    const removeBypass = (edit: FixBuilder) => edit.remove(wholeLines(ctx, statement));
    const shippedUnset = settingsTemplateLeavesUnset(ctx, statement.expression);
    const bypassFix = shippedUnset ? (edit: FixBuilder) => removeBypass(edit.offerAsSuggestion(unsetModeReason(shippedUnset))) : removeBypass;
    if (bypass.isKnownBypass) ctx.report({ node: statement, messageId: "environmentBypass", data: { name: bypass.name }, fix: bypassFix });
    // Any other switch may be how a deployment opts out on purpose: removing it is the user's call, not fix-all's.
    else ctx.report({ node: statement, messageId: "configSwitch", data: { name: bypass.name }, suggestions: [{ title: `Always check, whatever ${bypass.name} says`, apply: removeBypass }] });
    return;
  }
  const missing = missingConfigName(statement.expression, fn);
  if (!missing || !allows(statement.thenStatement, fn, false) || rejectsUnauthenticated(statement.thenStatement)) return;
  if (isFeatureGateOfFurtherCheck(statement.expression, fn)) return;
  const failure = `new Error("${missing} is not configured: refusing to authenticate")`;
  const next = expressNext(fn);
  const refuse = (edit: FixBuilder) => edit.replace(statement.thenStatement, next ? `return ${next}(${failure});` : `throw ${failure};`);
  const shippedUnset = settingsTemplateLeavesUnset(ctx, statement.expression);
  ctx.report({
    node: statement,
    messageId: "missingConfig",
    data: { name: missing },
    fix: shippedUnset ? (edit) => refuse(edit.offerAsSuggestion(unsetModeReason(shippedUnset))) : refuse,
  });
}

/**
 * The deploy settings `condition` tests for absence that the package's env template (`.env.example`) leaves unset or
 * commented out: running without them is a configuration the project ships (a password-less single-user mode), so
 * refusing when they are missing changes what those installs do and is the user's call, not fix-all's.
 */
function settingsTemplateLeavesUnset(ctx: Context, condition: ts.Expression): string | undefined {
  const template = envTemplateValuedAt(scaffoldFolderOf(ctx.filePath, ctx.settings), ctx.settings);
  if (!template) return undefined;
  const unset = missingValueOperands(condition).map(deploySettingName).filter((name): name is string => name !== undefined && !template.includes(name));
  return unset.length > 0 ? unset.join(", ") : undefined;
}

function unsetModeReason(settings: string): string {
  return `the project's env template leaves ${settings} unset: installs that run without it would be locked out`;
}

function checkCatch(ctx: Context, clause: ts.CatchClause, fn: FunctionLike): void {
  if (!allows(clause.block, fn, false) || rejectsUnauthenticated(clause.block) || answersThenLeaves(clause.block, fn) || leavesBeforeProtectedWork(clause, fn)) return;
  const response = expressResponse(fn);
  const next = nextParameter(fn);
  let replacement = `throw new Error("Unauthorized");`;
  if (returnsBoolean(fn)) replacement = "return false;";
  else if (response) replacement = `return ${response}.status(401).json({ error: "Unauthorized" });`;
  else if (next && isSocketMiddleware(ctx, fn)) replacement = `return ${next}(new Error("Unauthorized"));`;
  else {
    // A plain Error is a 500 in Koa and Hono: their own way of answering 401 keeps the status right.
    const context = frameworkContext(fn);
    if (context?.framework === "koa") replacement = `${context.name}.throw(401, "Unauthorized");`;
    else if (context?.framework === "hono") replacement = `return ${context.name}.json({ error: "Unauthorized" }, 401);`;
  }
  // Cleanup and logging before the statement that lets the request through stay (`clearTimeout(timer)`, the warning a
  // team alerts on); from that statement to the end of the block becomes the refusal.
  const statements = clause.block.statements;
  const firstAllowing = statements.findIndex((statement) => allows(statement, fn, false));
  const fix = (edit: FixBuilder) =>
    firstAllowing <= 0
      ? edit.replace(clause.block, `{\n${indentOf(clause)}  ${replacement}\n${indentOf(clause)}}`)
      : edit.replace({ start: statements[firstAllowing]!.getStart(), end: statements[statements.length - 1]!.getEnd() }, replacement);
  // A catch that lets the request through may be a documented policy (an outage of the session store must not log
  // everyone out): refusing instead is the user's call, not fix-all's.
  ctx.report({ node: clause, messageId: "catchAllows", fix: (edit) => fix(edit.offerAsSuggestion("letting the request through when the check throws may be a chosen policy")) });
}

/**
 * `catch { res.status(400).send({ code: "invalid_token" }); return; }`: the catch answers on the handler's response and
 * its bare `return` ends the handler, so the request stops there whatever status it got. Koa answers by assignment:
 * `catch { ctx.body = { ok: false }; return }` in a `(ctx)` or `(ctx, next)` function that does not call `next` ends
 * the request the same way.
 */
function answersThenLeaves(block: ts.Block, fn: FunctionLike): boolean {
  const last = block.statements[block.statements.length - 1];
  if (!last || !ts.isReturnStatement(last) || last.expression) return false;
  const second = fn.parameters[1];
  const isContextOnly = !second || nextParameter(fn) !== undefined;
  const answerer = isContextOnly ? fn.parameters[0] : second;
  if (!answerer || !ts.isIdentifier(answerer.name)) return false;
  const answererName = answerer.name.text;
  const next = nextParameter(fn);
  if (next && someDescendant(block, (node) => ts.isCallExpression(node) && calleeText(node) === next)) return false;
  return block.statements.slice(0, -1).some((statement) => {
    if (!ts.isExpressionStatement(statement)) return false;
    let current = unwrapExpression(statement.expression);
    if (isContextOnly) {
      if (!ts.isBinaryExpression(current) || current.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
      const target = unwrapExpression(current.left);
      return ts.isPropertyAccessExpression(target) && /^(body|status)$/.test(target.name.text) && ts.isIdentifier(target.expression) && target.expression.text === answererName;
    }
    let answers = false;
    while (ts.isCallExpression(current) || ts.isPropertyAccessExpression(current)) {
      if (ts.isPropertyAccessExpression(current) && /^(send|json|end|sendStatus)$/.test(current.name.text)) answers = true;
      current = unwrapExpression(current.expression);
    }
    return answers && ts.isIdentifier(current) && current.text === answererName;
  });
}

/**
 * `async function onConnect(socket) { try { await validateSession(socket) } catch { return } <join the user's rooms> }`,
 * a function this file only ever calls itself: the catch's bare `return` goes back to the project's own caller and
 * skips the work after the try, which is what the check protects. Not when anything after the try refuses (then the
 * return skips the enforcement), nor for a function handed to a framework, whose bare return lets the request go on.
 */
function leavesBeforeProtectedWork(clause: ts.CatchClause, fn: FunctionLike): boolean {
  const tryStatement = clause.parent;
  if (!fn.body || !ts.isBlock(fn.body) || nextParameter(fn) || tryStatement.parent !== fn.body) return false;
  if (!(ts.isFunctionDeclaration(fn) && fn.name) && !isServiceMethod(fn)) return false;
  if (someDescendant(clause.block, (node) => (ts.isReturnStatement(node) && !!node.expression) || (ts.isCallExpression(node) && calleeText(node) === "NextResponse.next"))) return false;
  const after = fn.body.statements.slice(fn.body.statements.indexOf(tryStatement) + 1);
  if (after.length === 0 || after.some((statement) => someDescendant(statement, ts.isThrowStatement) || rejectsUnauthenticated(statement))) return false;
  if (ts.isFunctionDeclaration(fn)) return onlyCalledByName(fn as ts.FunctionDeclaration & { name: ts.Identifier });
  // A method answers its caller with nothing either way: what it protects is its own work after the try, which must not hand out an identity.
  return !after.some((statement) => allows(statement, fn, true)) && !someDescendant(fn.body, (node) => ts.isReturnStatement(node) && !!node.expression && enclosingFunction(node) === fn);
}

/**
 * `async revokeRefreshToken(token: string)`: an undecorated class method given the credential by its caller, not a
 * framework hook (Nest's `canActivate`, a middleware's `use`, a strategy's `validate`), reading nothing of a request.
 */
function isServiceMethod(fn: FunctionLike): boolean {
  if (!ts.isMethodDeclaration(fn) || decoratorsOf(fn).length > 0 || /^(canActivate|use|validate|intercept|handle)$/.test(fn.name.getText())) return false;
  return !readsRequestCredential(fn);
}

/** Every mention of the function in the file calls it (`onConnect(socket)`); none hands it on as a value. */
function onlyCalledByName(fn: ts.FunctionDeclaration & { name: ts.Identifier }): boolean {
  const references = referencesOf(fn);
  return references.length > 0 && references.every((reference) => ts.isCallExpression(reference.parent) && reference.parent.expression === reference);
}

/** `next()` without an error, `return true`, `NextResponse.next()`, a bare `return` in a hook; with `orIdentity`, also filling in `req.user` and the like. */
function allows(branch: ts.Node, fn: FunctionLike, orIdentity: boolean): boolean {
  const nextName = nextParameter(fn);
  return someDescendant(branch, (node) => {
    if (isFunctionLike(node) && node !== fn) return false;
    if (ts.isCallExpression(node)) {
      const name = calleeText(node);
      if (name === "NextResponse.next") return true;
      if (nextName && name === nextName && node.arguments.length === 0) return true;
      if (orIdentity && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "set" && identityTarget.test(stringValue(node.arguments[0]) ?? "")) return true;
    }
    // A `return` answers for the function it is in: `items.filter((m) => { if (!owner) return true; … })` inside a
    // guard keeps list items, it lets no request through.
    if (ts.isReturnStatement(node) && enclosingFunction(node) !== fn) return false;
    if (ts.isReturnStatement(node) && node.expression?.kind === ts.SyntaxKind.TrueKeyword) return true;
    // A bare `return` ends a Fastify hook and lets the request continue; in `(req, res, next)` middleware it only hangs it.
    if (ts.isReturnStatement(node) && !node.expression && !nextName) return true;
    return orIdentity && ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && identityTarget.test(node.left.getText());
  });
}

/** The branch lets the request through unconditionally: one statement (alone or in a block) that allows. */
function allowsOutright(branch: ts.Statement, fn: FunctionLike): boolean {
  const only = ts.isBlock(branch) ? (branch.statements.length === 1 ? branch.statements[0]! : undefined) : branch;
  return !!only && (ts.isReturnStatement(only) || ts.isExpressionStatement(only)) && allows(only, fn, false);
}

/** An `if` that lets requests through by configuration: which variable, and whether it is the environment's name or an auth switch. */
interface EnvironmentCheck {
  name: string;
  isKnownBypass: boolean;
}

/**
 * `process.env.NODE_ENV !== "production"`, `env.NODE_ENV === "development"`, `process.env.SKIP_AUTH === "true"`, and any
 * other env read compared with a constant (`process.env.VERIFY_CRON !== "1"`): in auth code whose branch lets the
 * request through, the value of a deploy setting decides whether anyone is checked.
 */
function environmentCheck(condition: ts.Expression): EnvironmentCheck | undefined {
  // Every env read spells `env` (`process.env`, `Deno.env.get`, `c.env`): most conditions need no walk.
  if (!textMatches(condition, envSpelling)) return undefined;
  let found: EnvironmentCheck | undefined;
  someDescendant(condition, (node) => {
    const name = ts.isExpression(node) ? deploySettingName(node) : undefined;
    if (name && authSwitch.test(name)) found = { name, isKnownBypass: true };
    if (!name || found || !ts.isBinaryExpression(node.parent)) return found !== undefined;
    const comparison = node.parent;
    const other = unwrapExpression(comparison.left === node ? comparison.right : comparison.left);
    const value = stringValue(other);
    const operator = comparison.operatorToken.kind;
    const isNotEqual = operator === ts.SyntaxKind.ExclamationEqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsToken;
    const isEqual = operator === ts.SyntaxKind.EqualsEqualsEqualsToken || operator === ts.SyntaxKind.EqualsEqualsToken;
    if (environmentName.test(name)) {
      if ((isNotEqual && /^prod(uction)?$/.test(value ?? "")) || (isEqual && nonProductionValue.test(value ?? ""))) found = { name, isKnownBypass: true };
    } else if ((isNotEqual || isEqual) && (value !== undefined || ts.isNumericLiteral(other) || other.kind === ts.SyntaxKind.TrueKeyword || other.kind === ts.SyntaxKind.FalseKeyword)) {
      // An unset setting equals no constant: only a test that holds then (`!== "1"`, `!(X === "1")`) opens a deploy
      // that forgot it. `X === "true"` needs the value written on purpose and fails closed otherwise.
      if (isNotEqual !== isNegatedWithin(comparison, condition)) found = { name, isKnownBypass: false };
    }
    return found !== undefined;
  });
  return found;
}

/** Whether `node` sits under an odd number of `!` within `condition`: its truth is flipped there. */
function isNegatedWithin(node: ts.Node, condition: ts.Expression): boolean {
  let negated = false;
  for (let current = node.parent; current && current !== condition.parent; current = current.parent) {
    if (ts.isPrefixUnaryExpression(current) && current.operator === ts.SyntaxKind.ExclamationToken) negated = !negated;
  }
  return negated;
}

/** `!process.env.API_KEY`, `!expected` (a config value, not a request credential), `secret === undefined`. */
function missingConfigName(condition: ts.Expression, fn: FunctionLike): string | undefined {
  for (const operand of missingValueOperands(condition)) {
    const name = configNameOf(operand, fn);
    if (name) return name;
  }
  return undefined;
}

/** What a condition tests for absence: `x` in `!x`, `x === undefined`, `x == null`, `x === ""`, each side of `||`. */
function missingValueOperands(condition: ts.Expression): ts.Expression[] {
  const expression = unwrapExpression(condition);
  if (ts.isPrefixUnaryExpression(expression) && expression.operator === ts.SyntaxKind.ExclamationToken) return [unwrapExpression(expression.operand)];
  if (!ts.isBinaryExpression(expression)) return [];
  const operator = expression.operatorToken.kind;
  if (operator === ts.SyntaxKind.BarBarToken) return [...missingValueOperands(expression.left), ...missingValueOperands(expression.right)];
  if (operator !== ts.SyntaxKind.EqualsEqualsEqualsToken && operator !== ts.SyntaxKind.EqualsEqualsToken) return [];
  const right = unwrapExpression(expression.right);
  const isAbsent = right.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(right) && right.text === "undefined") || stringValue(right) === "";
  return isAbsent ? [unwrapExpression(expression.left)] : [];
}

function configNameOf(operand: ts.Expression, fn: FunctionLike): string | undefined {
  const envName = deploySettingName(operand);
  if (envName) return envName;
  if (ts.isIdentifier(operand)) return isConfigValue(operand, fn) ? configVariableName(operand) : undefined;
  const dotted = dottedName(operand);
  return dotted && /^(config|settings|options|env)\./i.test(dotted) ? dotted : undefined;
}

/** A name bound outside the auth function (module config), or inside it from an env read or a config object. */
function isConfigValue(identifier: ts.Identifier, fn: FunctionLike): boolean {
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration || ts.isParameter(declaration)) return false;
  if (ts.isImportSpecifier(declaration) || ts.isImportClause(declaration)) return true;
  const isInside = declaration.pos >= fn.pos && declaration.end <= fn.end;
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return !isInside;
  const initializer = unwrapExpression(declaration.initializer);
  if (isInside) return deploySettingName(initializer) !== undefined || /^(config|settings|env)\./i.test(dottedName(initializer) ?? "");
  return !requestRoot.test(dottedName(initializer)?.split(".")[0] ?? "");
}

/** The env variable behind a config name (`const expected = process.env.API_KEY` → `API_KEY`), else the name itself. */
function configVariableName(identifier: ts.Identifier): string {
  const declaration = findDeclaration(identifier.text, identifier);
  const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  return (initializer && deploySettingName(initializer)) ?? identifier.text;
}

/** `io.use(fn)`, `io.of("/admin").use(fn)` on a Socket.IO server of this file: its `next` takes an error. */
function isSocketMiddleware(ctx: Context, fn: FunctionLike): boolean {
  const call = fn.parent;
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "use") return false;
  let receiver = unwrapExpression(call.expression.expression);
  while (ts.isCallExpression(receiver) || ts.isPropertyAccessExpression(receiver)) receiver = unwrapExpression(receiver.expression);
  return ts.isIdentifier(receiver) && ctx.file.socketServers.some((server) => server.owner === receiver.getText());
}

/** The statement with its indentation and line break, so removing it leaves no blank line behind. */
function wholeLines(ctx: Context, statement: ts.Statement): { start: number; end: number } {
  const start = statement.getStart(ctx.sourceFile);
  const lineStart = ctx.text.lastIndexOf("\n", start - 1) + 1;
  const isAloneOnLine = ctx.text.slice(lineStart, start).trim() === "";
  const newline = ctx.text.indexOf("\n", statement.end);
  const isLastOnLine = newline !== -1 && ctx.text.slice(statement.end, newline).trim() === "";
  return isAloneOnLine && isLastOnLine ? { start: lineStart, end: newline + 1 } : { start, end: statement.end };
}

function nextParameter(fn: FunctionLike): string | undefined {
  const last = fn.parameters[fn.parameters.length - 1];
  return fn.parameters.length >= 2 && last && ts.isIdentifier(last.name) && /^next$/i.test(last.name.text) ? last.name.text : undefined;
}

/** Express-style `(req, res, next)`: errors go to `next(err)` and 401s to `res`. */
function expressNext(fn: FunctionLike): string | undefined {
  return fn.parameters.length === 3 ? nextParameter(fn) : undefined;
}

function expressResponse(fn: FunctionLike): string | undefined {
  const response = fn.parameters[1];
  return expressNext(fn) && response && ts.isIdentifier(response.name) ? response.name.text : undefined;
}

/**
 * The request context of a Koa middleware `(ctx, next)` or a Hono handler `(c, next)`: the first parameter's declared
 * type comes from the framework (`Context` from "koa" or "hono"), or, untyped, the file imports that framework.
 */
function frameworkContext(fn: FunctionLike): { framework: "koa" | "hono"; name: string } | undefined {
  const first = fn.parameters[0];
  if (!first || !ts.isIdentifier(first.name)) return undefined;
  const type = first.type;
  const typeName = type && ts.isTypeReferenceNode(type) ? (ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.left.getText()) : undefined;
  const module = typeName ? importedModuleOf(typeName, fn) : undefined;
  const framework = (name: string | undefined): "koa" | "hono" | undefined => (name === undefined ? undefined : /^koa$/.test(name) ? "koa" : /^hono(\/|$)/.test(name) ? "hono" : undefined);
  const declared = framework(module);
  if (declared) return { framework: declared, name: first.name.text };
  if (type) return undefined;
  const imported = fn.getSourceFile().statements.flatMap((statement) => (ts.isImportDeclaration(statement) ? [framework(stringValue(statement.moduleSpecifier))] : []));
  const only = imported.find((found) => found !== undefined);
  return only && imported.every((found) => found === undefined || found === only) ? { framework: only, name: first.name.text } : undefined;
}

/** The function itself answers `true`/`false`; a nested callback's boolean (`items.some(() => …)`) decides nothing for it. */
function returnsBoolean(fn: FunctionLike): boolean {
  if (!textMatches(fn, booleanReturn) || !fn.body) return false;
  let found = false;
  let buildsValue = false;
  const visit = (node: ts.Node): void => {
    if (buildsValue || isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && (node.expression?.kind === ts.SyntaxKind.TrueKeyword || node.expression?.kind === ts.SyntaxKind.FalseKeyword)) found = true;
    // `return { ca, rejectUnauthorized }` beside `return true`: an option getter (a driver's `ssl: boolean | TlsOptions`), not a yes/no decision.
    else if (ts.isReturnStatement(node) && node.expression && ts.isObjectLiteralExpression(unwrapExpression(node.expression))) buildsValue = true;
    else ts.forEachChild(node, visit);
  };
  visit(fn.body);
  return found && !buildsValue;
}

function indentOf(node: ts.Node): string {
  const sourceFile = node.getSourceFile();
  const { character } = sourceFile.getLineAndCharacterOfPosition(node.parent.getStart(sourceFile));
  return " ".repeat(character);
}
