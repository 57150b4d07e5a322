// Recognises authentication checks by what code does, not by its name: reading a credential (session, token,
// user, authorization header) and rejecting with 401/403. Shared by the framework extractors and conventions.
import { ts } from "ts-morph";
import type { GuardRef, HandlerTraits } from "./types.js";
import { calleeText, callChainRoot, collectBindingNames, constInitializerOf, decoratorsOf, dottedName, enclosingFunction, findDeclaration, isEqualityOperator, isFallbackOperator, functionBoundTo, importedModuleOf, importedModuleOfRoot, isAssignmentOperator, isFunctionLike, isNextNavigationExit, nameWords, projectCalleeName, propertyNamed, referencesOf, returnedExpressions, spanOf, stringValue, textMatches, unwrapExpression, type FunctionLike } from "./syntax.js";
import { deploySettingName, envSpelling, testedDeploySetting } from "./env-reads.js";
import { jwtCall } from "./jwt-calls.js";
import { isLevelCallOnModule, isLoggingLibraryCall, isTelemetryCall, logLevels } from "./loggers.js";
import { headerReadName } from "./client-address.js";
import { isThrottleCheck } from "./rate-limiters.js";
import { isSecretName } from "./secrets.js";
import { descendantsOfKind, someDescendantOfKinds } from "../engine/node-index.js";

const rejectionStatuses = new Set([401, 403]);
const credentialWord = /user|session|token|auth|jwt|bearer|cookie|credential|claims|principal|api[-_]?key|identity|viewer|account|signature/i;
const credentialCall = /^(verify\w*|jwtVerify|decode\w*|getUser|getCurrentUser|currentUser|getSession|getServerSession|getToken|getAuth|auth|validateSession|validateToken|requireUser|authenticate)$/i;
const credentialString = /^(authorization|cookie|x-api-key|x-auth-token|user|session|jwtPayload)$/i;
const rejectionName = /unauthori[sz]ed|forbidden|unauthenticated|authenticationerror|autherror|notauthenticated/i;
const rejectionHint = new RegExp(`40[13]|${rejectionName.source}`, "i");
const statusProperty = /^(status|statusCode|code)$/;
const unauthenticatedHint = /401|unauthori[sz]ed|unauthenticated|notauthenticated/i;

/** True when `node` (a function body, a branch, a catch clause) answers 401/403 or throws an auth error. */
export function rejectsUnauthenticated(node: ts.Node): boolean {
  // Every rejection spells 401/403 or a rejection name in its text: a native string test spares most bodies the walk.
  if (!textMatches(node, rejectionHint)) return false;
  return someDescendantOfKinds(node, rejectionKinds, isRejection);
}

/**
 * True when `node` throws an auth error: `throw new AppError(Codes.Unauthorized)`, `throw new Error("Unauthorized")`,
 * `throw new HTTPException(401)`. A function that does so stops the request wherever it is called, result used or not.
 */
export function throwsUnauthenticated(node: ts.Node): boolean {
  if (!textMatches(node, rejectionHint)) return false;
  return someDescendant(node, (child) => ts.isThrowStatement(child) && someDescendant(child, (part) => isRejection(part) || namesRejection(part)));
}

/**
 * `const user = (await supabase.auth.getUser()).data.user; if (!user) throw new Error("User not found")`: a function
 * that asks an auth library who the caller is and throws, whatever it throws, when nobody is signed in. Whoever awaits
 * it stops there for an anonymous caller, however its catch answers. A lookup of a record by an id is no such ask.
 */
export function throwsWithoutIdentity(fn: FunctionLike): boolean {
  const body = fn.body;
  if (!body || !ts.isBlock(body) || !textMatches(body, identityCallSpelling)) return false;
  const identities = new Set<string>();
  for (const statement of body.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.initializer && asksIdentity(declaration.initializer)) collectBindingNames(declaration.name, identities);
      }
    } else if (ts.isIfStatement(statement) && identities.size > 0 && testsAbsenceOf(statement.expression, identities) && leavesByThrowing(statement.thenStatement)) {
      return true;
    }
  }
  return false;
}

const identityCallSpelling = /auth|session|user/i;
/** What an auth library answers "who is calling" with: `auth()`, `getServerSession(…)`, `supabase.auth.getUser()`, `currentUser()`. */
const identityCall = /(^|\.)(auth|getServerSession|getSession|getUser|currentUser|getAuth|validateRequest)$/;

function asksIdentity(node: ts.Node): boolean {
  return someDescendantOfKinds(node, [ts.SyntaxKind.CallExpression], (call) => {
    const callee = calleeText(call as ts.CallExpression);
    if (callee === undefined || !identityCall.test(callee)) return false;
    // `supabase.auth.getUser()`, `auth()`, `currentUser()`: the library's own question. A bare `getUser(…)` or
    // `getSession(…)` asks it only when handed nothing or the request itself: `getUser(email)` of a data layer looks a row up.
    return callee.includes(".auth.") || !/(^|\.)(getUser|getSession|validateRequest)$/.test(callee) || (call as ts.CallExpression).arguments.every(isRequestOrItsCookies);
  });
}

/** `req`, `request`, `c`, `ctx`, `event`, `{ req }`, `cookies()`, `headers()`, `req.headers`: the incoming request or what it carries. */
function isRequestOrItsCookies(argument: ts.Expression): boolean {
  const value = unwrapExpression(argument);
  if (ts.isIdentifier(value)) return requestName.test(value.text);
  if (ts.isPropertyAccessExpression(value)) return isRequestOrItsCookies(value.expression);
  if (ts.isCallExpression(value)) return /^(cookies|headers)$/.test(calleeText(value) ?? "");
  if (ts.isObjectLiteralExpression(value)) return value.properties.every((property) => ts.isShorthandPropertyAssignment(property) ? requestName.test(property.name.text) : ts.isPropertyAssignment(property) && isRequestOrItsCookies(property.initializer));
  return false;
}

const requestName = /^(req|request|c|ctx|context|event|headers|cookies)$/;

/** `!user`, `!user?.id`, `user == null`, `!session || !session.user`: true when one of `names` (or a property of it) is missing. */
function testsAbsenceOf(condition: ts.Expression, names: ReadonlySet<string>): boolean {
  const test = unwrapExpression(condition);
  if (ts.isBinaryExpression(test) && test.operatorToken.kind === ts.SyntaxKind.BarBarToken) return testsAbsenceOf(test.left, names) || testsAbsenceOf(test.right, names);
  const rootOf = (expression: ts.Expression): string | undefined => {
    let current = unwrapExpression(expression);
    while (ts.isPropertyAccessExpression(current)) current = unwrapExpression(current.expression);
    return ts.isIdentifier(current) ? current.text : undefined;
  };
  if (ts.isPrefixUnaryExpression(test) && test.operator === ts.SyntaxKind.ExclamationToken) return names.has(rootOf(test.operand) ?? "");
  if (!ts.isBinaryExpression(test) || !isEqualityOperator(test.operatorToken.kind)) return false;
  const other = unwrapExpression(test.right);
  const absent = other.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(other) && other.text === "undefined");
  const equal = test.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken || test.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken;
  return absent && equal && names.has(rootOf(test.left) ?? "");
}

function leavesByThrowing(statement: ts.Statement): boolean {
  if (ts.isThrowStatement(statement)) return true;
  return ts.isBlock(statement) && statement.statements.length > 0 && ts.isThrowStatement(statement.statements[statement.statements.length - 1]!);
}

/** Names that test a role: `isAdmin`, `isSuperuser`, `is_staff`, `requireAdmin(user)`, `ADMIN_EMAILS`. */
const adminName = /admin|superuser|super_?user|is_?staff/i;
/** Role values a guard compares with: `role === "admin"`, `Role.OWNER`. */
const roleValue = /^(admin|administrator|super_?admin|superuser|staff|owner|root)$/i;
/** A cron's or another machine's shared secret: `process.env.CRON_SECRET`, `env.INTERNAL_API_KEY`, an `x-cron-secret` header. */
const machineEnvName = /CRON|INTERNAL|SERVICE|WEBHOOK|SIGNING|MACHINE|WORKER/i;
const machineString = /signature|cron|^x-(internal|service)/i;

/**
 * Whom a guard's body admits beyond a signed-in user: "machine" when it compares a cron or service secret or a
 * signature header (one caller, not users), "admin" when it also tests a role. Undefined for an ordinary session guard.
 */
export function guardScopeOf(body: ts.Node): "admin" | "machine" | undefined {
  let admin = false;
  let machine = false;
  someDescendantOfKinds(body, [ts.SyntaxKind.Identifier, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral], (node) => {
    if (ts.isIdentifier(node)) {
      if (/cron/i.test(node.text)) machine = true;
      else if (adminName.test(node.text)) admin = true;
      if (roleValue.test(node.text) && ts.isPropertyAccessExpression(node.parent) && node.parent.name === node && isCompared(node.parent)) admin = true;
      if (machineEnvName.test(node.text) && ts.isPropertyAccessExpression(node.parent) && node.parent.name === node && /env$/i.test(node.parent.expression.getText())) machine = true;
    } else if (ts.isStringLiteralLike(node)) {
      if (machineString.test(node.text)) machine = true;
      else if (roleValue.test(node.text) && isCompared(node)) admin = true;
      // `Deno.env.get("CRON_SECRET")`, `c.env["INTERNAL_TOKEN"]`
      if (machineEnvName.test(node.text) && /env/i.test(node.parent.getText().slice(0, 40)) && /^[A-Z0-9_]+$/.test(node.text)) machine = true;
    }
    return machine;
  });
  return machine ? "machine" : admin ? "admin" : undefined;
}

/** `x === value`, `case value:`, `[...].includes(value)`, `roles.has(value)`: a value tested, not merely mentioned. */
function isCompared(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent)) return isEqualityOperator(parent.operatorToken.kind);
  if (ts.isCaseClause(parent)) return true;
  if (ts.isCallExpression(parent)) return /(includes|has|some|indexOf)$/.test(calleeText(parent) ?? "");
  if (ts.isArrayLiteralExpression(parent)) return isCompared(parent) || (ts.isPropertyAccessExpression(parent.parent) && /^(includes|has|some|indexOf)$/.test(parent.parent.name.text));
  return false;
}


/** True when `node` reads a credential: a user/session/token name, the authorization header or a cookie, or calls verify/getUser/getSession/auth(). */
export function readsCredential(node: ts.Node): boolean {
  return textMatches(node, credentialSpelling) && someDescendantOfKinds(node, credentialReadKinds, isCredentialRead);
}

/**
 * Text every credential read spells: each credential string and call name holds a credential word, but for `verify…`
 * and `decode…`. Asked of every named function; most spell none and are spared the walk.
 */
const credentialSpelling = new RegExp(`${credentialWord.source}|verify|decode`, "i");

/**
 * Auth checks at the start of a handler, before its first side effect: `if` statements (or a `try { verify(...) }
 * catch { 401 }`) that test a credential and reject (kind "inline"); calls of helpers that may stop the request by
 * throwing (`const { user } = await getSession(c)`, kind "call", which the link step follows to the helper's body);
 * and a handler that hands the request to another function and returns its answer (`(req) => withClient({ req,
 * handler })`, kind "wrapper").
 */
export function inlineAuthGuards(handler: FunctionLike): GuardRef[] {
  const body = handler.body;
  if (!body) return [];
  const parameters = parameterNames(handler);
  const guards: GuardRef[] = [];
  if (!ts.isBlock(body)) {
    const delegate = delegatedCall(body);
    if (delegate && handsOverRequest(delegate.call, parameters)) guards.push({ name: delegate.name, kind: "wrapper", span: spanOf(delegate.call) });
  } else scanLeadingStatements(body.statements, parameters, new Set(parameters), guards);
  // A verified signature authenticates the sender wherever the handler checks it, here or in a helper it calls.
  if (verifiesSignature(body)) guards.push({ name: "signature", kind: "inline", span: spanOf(handler) });
  else guards.push(...signatureHelperCalls(handler));
  const password = submittedPasswordCheck(handler);
  if (password) guards.push(password);
  return guards;
}

/**
 * `const token = await User.authenticate(email, password); if (token) …` with `{ email, password } = req.body`: the
 * handler hands a password the caller submitted to a project function and tests its answer next. The link step learns
 * whether that function compares the password with a stored hash (`comparesPasswordHash`): a sign-in, whose check of
 * the submitted secret is the authentication.
 */
function submittedPasswordCheck(handler: FunctionLike): GuardRef | undefined {
  const request = handler.parameters[0];
  if (!handler.body || !ts.isBlock(handler.body) || !request || !ts.isIdentifier(request.name)) return undefined;
  const requestName = request.name.text;
  const statements = handler.body.statements;
  for (const [index, statement] of statements.entries()) {
    const declaration = ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1 ? statement.declarationList.declarations[0]! : undefined;
    const awaited = declaration?.initializer && unwrapExpression(declaration.initializer);
    const call = awaited && ts.isAwaitExpression(awaited) ? unwrapExpression(awaited.expression) : undefined;
    if (!declaration || !ts.isIdentifier(declaration.name) || !call || !ts.isCallExpression(call)) continue;
    if (!call.arguments.some((argument) => isSubmittedSecret(argument, requestName))) continue;
    const next = statements[index + 1];
    const answer = declaration.name.text;
    const name = dottedName(call.expression);
    if (name && next && ts.isIfStatement(next) && someDescendant(next.expression, (node) => ts.isIdentifier(node) && node.text === answer)) {
      return { name, kind: "verifier", span: spanOf(call), checksSubmittedPassword: true };
    }
  }
  return undefined;
}

const passwordHashModule = /^(bcrypt|bcryptjs|argon2|@node-rs\/argon2|@node-rs\/bcrypt)$/;
const hashCompareMethod = /^(compare|compareSync|verify)$/;

/** `bcrypt.hash(password, 10)`, `argon2.hash(password)`: a password-hash library making a new hash, which compares nothing. */
export function isPasswordHashing(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  const root = ts.isPropertyAccessExpression(callee) ? unwrapExpression(callee.expression) : callee;
  const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
  return ts.isIdentifier(root) && /^hash(Sync)?$/.test(method) && passwordHashModule.test(importedModuleOf(root.text, call) ?? "");
}

/**
 * `bcrypt.compare(password, this.password)`, `argon2.verify(user.hash, password)`: the function hands one of its
 * parameters to a password-hash library's compare, itself or through a method of its own class that it calls with that
 * parameter (`await user.login(password)`, `login` comparing). A caller handing it a submitted password checks it.
 */
export function comparesPasswordHash(fn: FunctionLike, throughMethod = true): boolean {
  if (!fn.body) return false;
  const parameters = parameterNames(fn);
  const ownClass = ts.isClassLike(fn.parent) ? fn.parent : undefined;
  return someDescendant(fn.body, (node) => {
    if (!ts.isCallExpression(node) || !node.arguments.some((argument) => ts.isIdentifier(unwrapExpression(argument)) && parameters.has((unwrapExpression(argument) as ts.Identifier).text))) return false;
    const callee = unwrapExpression(node.expression);
    const root = ts.isPropertyAccessExpression(callee) ? unwrapExpression(callee.expression) : callee;
    const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
    if (ts.isIdentifier(root) && hashCompareMethod.test(method) && passwordHashModule.test(importedModuleOf(root.text, node) ?? "")) return true;
    if (!throughMethod || !ownClass || !ts.isPropertyAccessExpression(callee)) return false;
    const member = ownClass.members.find((candidate): candidate is ts.MethodDeclaration => ts.isMethodDeclaration(candidate) && ts.isIdentifier(candidate.name) && candidate.name.text === method);
    return !!member && comparesPasswordHash(member, false);
  });
}

/** The guards at the head of one method's branch (`if (req.method === "POST") { <guard> … }`): they guard that method only. */
export function branchAuthGuards(handler: FunctionLike, branch: readonly ts.Statement[]): GuardRef[] {
  const parameters = parameterNames(handler);
  const guards: GuardRef[] = [];
  scanLeadingStatements(branch, parameters, new Set(parameters), guards);
  return guards;
}

/**
 * Collects the checks of `statements` until the first side effect: whatever only reads (the request, a schema, a
 * lookup) or refuses early may come before the guard, wherever it sits. `fromRequest` grows with the locals read from
 * the parameters (`const params = await props.params`). A `try` block is read through, and the scan goes on after it
 * when the block only read and its `catch` refuses. False once it stops.
 */
function scanLeadingStatements(statements: readonly ts.Statement[], parameters: ReadonlySet<string>, fromRequest: Set<string>, guards: GuardRef[]): boolean {
  for (const [index, statement] of statements.entries()) {
    // Before the general test, which would take it too: the secret's name tells the project's own callers apart.
    const serverSecret = secretTheCallerMustSend(statement, fromRequest);
    if (serverSecret !== undefined) {
      guards.push({ name: "inline", kind: "inline", span: spanOf(statement), serverSecret });
      continue;
    }
    if (isAuthCheckStatement(statement) || isSessionGatedBlobUpload(statement) || isCredentialGatedTusUpload(statement)) {
      guards.push({ name: "inline", kind: "inline", span: spanOf(statement) });
      continue;
    }
    if (isRefusedHandOver(statement, parameters) || stopsUnlessSentSecretFound(statement, fromRequest) || refusesUnlessStoredKeySent(statement, parameters) || answersSentSecretLookup(statements.slice(index), parameters, fromRequest)) {
      guards.push({ name: "inline", kind: "inline", span: spanOf(statement) });
      continue;
    }
    const secretMatch = refusedSecretMatchCall(statement, fromRequest);
    if (secretMatch) {
      guards.push({ name: secretMatch.name, kind: "verifier", span: spanOf(secretMatch.call), refusedSecretMatch: true });
      continue;
    }
    const refusing =
      refusingHelperCall(statement, parameters) ??
      returnedRefusalHelper(statement, statements[index + 1], parameters) ??
      answeredRefusalHelper(statement, statements[index + 1], parameters) ??
      checkedHelperResult(statement, statements[index + 1], parameters);
    if (refusing) {
      guards.push({ name: refusing.name, kind: "wrapper", span: spanOf(refusing.call), ...("switchedOff" in refusing && refusing.switchedOff ? { switchedOff: true as const } : {}) });
      continue;
    }
    // `if (process.env.VERCEL === "1") { <verify the signature> }`: a check a deploy setting can skip is still the
    // route's check (fail-open-auth reports the switch); the scan goes on after it when the block only checked and read.
    const gated = settingGatedStatements(statement);
    if (gated) {
      const found: GuardRef[] = [];
      const readThrough = scanLeadingStatements(gated.statements, parameters, fromRequest, found);
      if (found.length > 0) {
        guards.push(...found);
        if (!readThrough) return false;
        continue;
      }
    }
    // A rate limit consulted first (`await limiter.limit(ip)`, 429 when over) only counts the request.
    if (isThrottleCheck(statement, statements[index + 1])) continue;
    // Middleware run by hand before the handler's work (`await runMiddleware(req, res, cors)`) is part of the chain, as
    // it would be registered in front of the handler: it does not end the search for the check that follows.
    if (runsMiddleware(statement, parameters)) continue;
    if (ts.isTryStatement(statement)) {
      const readThrough = scanLeadingStatements(statement.tryBlock.statements, parameters, fromRequest, guards);
      // What follows a try that did more than read runs after its side effects, so the scan ends with it.
      if (!readThrough || statement.finallyBlock || !statement.catchClause || !endsByLeaving(statement.catchClause.block)) return false;
      continue;
    }
    const leading = leadingCall(statement);
    // `return withSpan({ name }, async (span) => { <check> … })`: the handler's work runs in the callback, so a check at
    // its head comes before that work. The function itself stays in the chain below, as the wrapper it also is.
    const callback = leading && closingCallback(leading.call, parameters);
    if (callback) scanLeadingStatements(callback.body.statements, parameters, fromRequest, guards);
    // Only a plain function may be a project helper that throws; `db.order.create(...)` is the side effect itself.
    // A checked result is the inline guard that follows; an unchecked call guards only if it throws.
    const next = statements[index + 1];
    const isChecked = !!next && isAuthCheckStatement(next);
    if (leading && !ts.isReturnStatement(statement)) {
      // Handed the request and the response, and its answer taken (`const { tenant } = await partnerContext(req, res)`)
      // or awaited as the branch's work (`case "POST": await handlePost(req, res)`), the helper can answer the refusal
      // itself and stop the handler by throwing: it decides like a wrapper.
      const decides = (ts.isVariableStatement(statement) || isAwaitedStatement(statement)) && handedParameterCount(leading.call, parameters) >= 2;
      if (ts.isIdentifier(leading.call.expression) && !isChecked) guards.push({ name: leading.name, kind: decides ? "wrapper" : "call", span: spanOf(leading.call) });
    } else if (leading && handsOverRequest(leading.call, parameters)) guards.push({ name: leading.name, kind: "wrapper", span: spanOf(leading.call) });
    if (isCheckedNext(statement, next, fromRequest)) {
      if (!isChecked) guards.push({ name: "inline", kind: "inline", span: spanOf(next!) });
    } else if (!isPreparatoryStatement(statement, fromRequest) && !isEarlyAnswer(statement, next, parameters)) return false;
    noteRequestReads(statement, fromRequest);
  }
  return true;
}

/**
 * `if (!body.apiKey || body.apiKey !== process.env.AGENT_API_KEY) return;`: a value read from the request compared with
 * a secret setting, the handler leaving when they differ (one alternative of the condition). Whatever the branch
 * answers, only a caller holding the secret gets past it, wherever the request carries it (header, body, query).
 */
function secretTheCallerMustSend(statement: ts.Statement, fromRequest: ReadonlySet<string>): string | undefined {
  // `for (const note of body.notes) if (note.clientState !== expected) return 403`: each item sent must carry the secret.
  if (ts.isForOfStatement(statement)) {
    const item = ts.isVariableDeclarationList(statement.initializer) ? statement.initializer.declarations[0]?.name : undefined;
    const body = ts.isBlock(statement.statement) && statement.statement.statements.length === 1 ? statement.statement.statements[0]! : statement.statement;
    if (!item || !ts.isIdentifier(item) || !isReadFromRequest(statement.expression, fromRequest)) return undefined;
    return secretTheCallerMustSend(body, new Set([...fromRequest, item.text]));
  }
  if (!ts.isIfStatement(statement) || !leaves(statement.thenStatement)) return undefined;
  // A setting held in a const (`const expected = env.HOOK_STATE`) is that setting; one not named as a secret counts when
  // a mismatch is answered as unauthorized (401/403): the setting is what the caller must prove it holds.
  const refusesCaller = rejectsUnauthenticated(statement.thenStatement);
  const secretSetting = (value: ts.Expression): string | undefined => {
    const held = unwrapExpression(value);
    const name = deploySettingName(ts.isIdentifier(held) ? (constInitializerOf(held) ?? held) : held);
    return name !== undefined && (isSecretName(name) || refusesCaller) ? name : undefined;
  };
  const isRequestValue = (value: ts.Expression): boolean => isReadFromRequest(value, fromRequest);
  const compared = (condition: ts.Expression): string | undefined => {
    const expression = unwrapExpression(condition);
    if (!ts.isBinaryExpression(expression)) return undefined;
    const operator = expression.operatorToken.kind;
    if (operator === ts.SyntaxKind.BarBarToken) return compared(expression.left) ?? compared(expression.right);
    if (operator !== ts.SyntaxKind.ExclamationEqualsEqualsToken && operator !== ts.SyntaxKind.ExclamationEqualsToken) return undefined;
    if (isRequestValue(expression.left)) return secretSetting(expression.right);
    return isRequestValue(expression.right) ? secretSetting(expression.left) : undefined;
  };
  return compared(statement.expression);
}

/**
 * `if (!(await hasCronSecret(request))) return new Response("Unauthorized", { status: 401 })`: a plain function handed
 * what the request carries, the handler leaving as unauthenticated when it says no. It guards when it answers whether
 * what the caller sent equals a secret setting (`answersSentSecretMatch`), which the link step learns where it is defined.
 */
function refusedSecretMatchCall(statement: ts.Statement, fromRequest: ReadonlySet<string>): { name: string; call: ts.CallExpression } | undefined {
  if (!ts.isIfStatement(statement) || statement.elseStatement || !leaves(statement.thenStatement) || !rejectsUnauthenticated(statement.thenStatement)) return undefined;
  const condition = unwrapExpression(statement.expression);
  if (!ts.isPrefixUnaryExpression(condition) || condition.operator !== ts.SyntaxKind.ExclamationToken) return undefined;
  const helper = delegatedCall(unwrapExpression(condition.operand));
  if (!helper || !ts.isIdentifier(helper.call.expression) || fromRequest.has(helper.call.expression.text)) return undefined;
  return helper.call.arguments.some((argument) => isReadFromRequest(argument, fromRequest)) ? helper : undefined;
}

/**
 * The function answers whether a value it reads from its parameters (a header, a field of the body it parses) equals a
 * secret setting: every answer is `false`, or such a comparison by `===`, by node:crypto's `timingSafeEqual` or a
 * constant-time compare of the same file, or by a function of another module that `isConstantTimeCompare` accepts (the
 * link step decides), or the answer of a function of the same file that answers so when handed such a value. A caller
 * that refuses when it says no admits only holders of the secret.
 */
export function answersSentSecretMatch(fn: FunctionLike, isConstantTimeCompare: (local: string) => boolean, depth = 0): boolean {
  // The setting is read here or in a function of the same file this one hands the value to: a file that never spells `env` has none.
  if (depth > 2 || !fn.body || !textMatches(fn.getSourceFile(), envSpelling)) return false;
  const parameters = parameterNames(fn);
  const returned = returnedExpressions(fn)?.map(unwrapExpression).filter((value) => value.kind !== ts.SyntaxKind.FalseKeyword);
  if (!returned || returned.length === 0) return false;
  const isSent = (value: ts.Expression): boolean => isDerivedFrom(value, parameters, 0);
  const matches = (value: ts.Expression): boolean => {
    const held = ts.isIdentifier(value) ? constInitializerOf(value) : value;
    if (!held) return false;
    if (ts.isBinaryExpression(held)) {
      const operator = held.operatorToken.kind;
      if (operator !== ts.SyntaxKind.EqualsEqualsEqualsToken && operator !== ts.SyntaxKind.EqualsEqualsToken) return false;
      return (isSent(held.left) && holdsSecretSetting(held.right)) || (isSent(held.right) && holdsSecretSetting(held.left));
    }
    if (!ts.isCallExpression(held) || !ts.isIdentifier(held.expression)) return false;
    const callee = held.expression.text;
    const [first, second] = held.arguments;
    const local = functionBoundTo(callee, held);
    if (first && second && ((isSent(first) && holdsSecretSetting(second)) || (isSent(second) && holdsSecretSetting(first)))) {
      if (callee === "timingSafeEqual") return isCryptoModule(importedModuleOf(callee, held));
      return local ? answersConstantTimeCompare(local) : importedModuleOf(callee, held) !== undefined && isConstantTimeCompare(callee);
    }
    return !!local && local !== fn && held.arguments.some(isSent) && answersSentSecretMatch(local, isConstantTimeCompare, depth + 1);
  };
  return returned.every(matches);
}

/** `request.headers.get("authorization")`, `payload.secret` with `const payload = await request.clone().json()`: reached from one of `parameters` through member reads, calls on them, awaits and consts. */
function isDerivedFrom(value: ts.Expression, parameters: ReadonlySet<string>, depth: number): boolean {
  let root = unwrapExpression(value);
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root) || ts.isAwaitExpression(root)) root = unwrapExpression(root.expression);
  if (!ts.isIdentifier(root)) return false;
  if (parameters.has(root.text)) return true;
  const initializer = depth < 4 ? constInitializerOf(root) : undefined;
  return !!initializer && isDerivedFrom(initializer, parameters, depth + 1);
}

/** `process.env.CRON_SECRET`, `` `Bearer ${env.CRON_SECRET}` ``, or a const holding one: a secret setting, with at most a fixed text around it. */
function holdsSecretSetting(value: ts.Expression): boolean {
  const expression = unwrapExpression(value);
  const held = ts.isIdentifier(expression) ? constInitializerOf(expression) : expression;
  if (!held) return false;
  if (ts.isTemplateExpression(held)) return held.templateSpans.length === 1 && secretSettingName(held.templateSpans[0]!.expression) !== undefined;
  return secretSettingName(held) !== undefined;
}

/**
 * `if (storedKey !== sentKey) return reply.status(401)…` with `sentKey` a request header's value and `storedKey` loaded
 * from the store: a key the tenant configured (a mail provider's shared webhook secret), which only a sender holding it
 * presents. The mismatch must be answered as unauthenticated (401): a 403 after comparing ids is an ownership check.
 */
function refusesUnlessStoredKeySent(statement: ts.Statement, parameters: ReadonlySet<string>): boolean {
  const operands = refusedMismatchOperands(statement);
  if (!operands || !unauthenticatedHint.test((statement as ts.IfStatement).thenStatement.getText())) return false;
  const [left, right] = operands;
  return (isHeaderValue(left) && isLoadedFromStore(right, parameters, 0)) || (isHeaderValue(right) && isLoadedFromStore(left, parameters, 0));
}

/** `if (a !== b) return …` (or `!=`), leaving the function: the two sides of the mismatch the statement refuses. */
function refusedMismatchOperands(statement: ts.Statement): readonly [ts.Expression, ts.Expression] | undefined {
  if (!ts.isIfStatement(statement) || !leaves(statement.thenStatement)) return undefined;
  const condition = unwrapExpression(statement.expression);
  if (!ts.isBinaryExpression(condition)) return undefined;
  const operator = condition.operatorToken.kind;
  return operator === ts.SyntaxKind.ExclamationEqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsToken ? [condition.left, condition.right] : undefined;
}

/** `request.headers["x-key"]`, `c.req.header("x-key")`, or a const holding one. */
function isHeaderValue(value: ts.Expression): boolean {
  const expression = unwrapExpression(value);
  const held = ts.isIdentifier(expression) ? constInitializerOf(expression) : expression;
  return !!held && headerReadName(held) !== undefined;
}

/**
 * `record?.value ?? null`, `parse(secret?.configValue).unwrapOr(null)` with `const secret = await db.secret.findFirst(…)`:
 * a value that comes, through consts, member reads, fallbacks and the calls that reshape it, from what an awaited call
 * answered that was not handed the request itself (`await parseBody(c)` reads the request, not the store).
 */
function isLoadedFromStore(value: ts.Expression, parameters: ReadonlySet<string>, depth: number): boolean {
  const expression = unwrapExpression(value);
  if (depth > 6) return false;
  if (ts.isAwaitExpression(expression)) {
    const call = unwrapExpression(expression.expression);
    if (!ts.isCallExpression(call)) return false;
    const isParameter = (node: ts.Expression): boolean => ts.isIdentifier(unwrapExpression(node)) && parameters.has((unwrapExpression(node) as ts.Identifier).text);
    let root: ts.Expression = unwrapExpression(call.expression);
    while (ts.isPropertyAccessExpression(root) || ts.isCallExpression(root) || ts.isElementAccessExpression(root)) root = unwrapExpression(root.expression);
    return !isParameter(root) && !call.arguments.some(isParameter);
  }
  if (ts.isIdentifier(expression)) {
    const initializer = constInitializerOf(expression);
    return !!initializer && isLoadedFromStore(initializer, parameters, depth + 1);
  }
  if (ts.isBinaryExpression(expression) && isFallbackOperator(expression.operatorToken.kind)) return isLoadedFromStore(expression.left, parameters, depth + 1);
  if (ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression)) return isLoadedFromStore(expression.expression, parameters, depth + 1);
  if (ts.isCallExpression(expression)) {
    const callee = unwrapExpression(expression.expression);
    // `.map((val) => val.key).unwrapOr(null)`: a method of the loaded value reshapes it; a plain function reshapes its first argument.
    if (ts.isPropertyAccessExpression(callee)) return isLoadedFromStore(callee.expression, parameters, depth + 1);
    const first = expression.arguments[0];
    return ts.isIdentifier(callee) && !!first && isLoadedFromStore(first, parameters, depth + 1);
  }
  return false;
}

/** `process.env.AGENT_API_KEY`, `env.HOOK_SECRET`: a deploy setting named as a secret, by its name. */
export function secretSettingName(value: ts.Expression): string | undefined {
  const name = deploySettingName(value);
  return name !== undefined && isSecretName(name) ? name : undefined;
}

/**
 * `body.apiKey`, `headers["x-key"]`, `req.get("x-key")`, `c.req.header("x-key")`, `request.headers.get("x-key")`: a value
 * reached by member reads and header getters from a name that holds the request or a read of it.
 */
function isReadFromRequest(value: ts.Expression, fromRequest: ReadonlySet<string>): boolean {
  let root = unwrapExpression(value);
  for (;;) {
    if (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = unwrapExpression(root.expression);
    else if (ts.isCallExpression(root) && ts.isPropertyAccessExpression(root.expression) && headerGetters.has(root.expression.name.text)) root = unwrapExpression(root.expression.expression);
    else break;
  }
  return ts.isIdentifier(root) && fromRequest.has(root.text);
}
const headerGetters = new Set(["get", "header", "getHeader"]);

/** `if (<deploy setting test>) { … }` without an else: the setting, and the statements that run or not by it alone. */
function settingGatedStatements(statement: ts.Statement): { setting: string; statements: readonly ts.Statement[] } | undefined {
  if (!ts.isIfStatement(statement) || statement.elseStatement || !textMatches(statement.expression, envSpelling)) return undefined;
  const setting = testedDeploySetting(statement.expression);
  if (setting === undefined) return undefined;
  return { setting, statements: ts.isBlock(statement.thenStatement) ? statement.thenStatement.statements : [statement.thenStatement] };
}

/**
 * `if (process.env.VERCEL === "1") { <verify the signature, refuse when it fails> }` in `fn`: the deploy setting that
 * decides whether an auth check runs at all, and the statements it gates.
 */
export function settingGatedCheck(statement: ts.Statement, fn: FunctionLike): { setting: string; statements: readonly ts.Statement[] } | undefined {
  const gated = settingGatedStatements(statement);
  if (!gated) return undefined;
  // A refusal alone is not auth (`if (await db.team.findFirst()) throw Unauthorized` is a business rule): the gated
  // statements read a credential or verify a signature.
  const { statements } = gated;
  const checks = statements.some((inner) => verifiesSignature(inner)) || (statements.some(readsCredential) && branchAuthGuards(fn, statements).some((guard) => guard.kind === "inline"));
  return checks && !checksWhenSkipped(statement, fn) ? gated : undefined;
}

/**
 * `if (env.QSTASH_TOKEN) { return verified(request) } if (!isValidApiKey(request.headers)) return 401`: the gated
 * branch always leaves, and the code reached when the setting is unset checks a credential of its own first. The
 * setting only picks which check runs; every deploy runs one.
 */
function checksWhenSkipped(statement: ts.Statement, fn: FunctionLike): boolean {
  if (!ts.isIfStatement(statement) || !ts.isBlock(statement.parent)) return false;
  const gated = ts.isBlock(statement.thenStatement) ? statement.thenStatement.statements : [statement.thenStatement];
  const last = gated[gated.length - 1];
  if (!last || !(ts.isReturnStatement(last) || ts.isThrowStatement(last))) return false;
  const following = statement.parent.statements.slice(statement.parent.statements.indexOf(statement) + 1);
  return branchAuthGuards(fn, following).some((guard) => guard.kind === "inline");
}

/**
 * `if (!(await checkAdmin(req, res))) return;`: a helper given the request and response decides, and the handler only
 * leaves when it says no. The helper answers the refusal itself, so it guards when its body does (the link step follows
 * it like a wrapper: it reads a credential and answers 401/403).
 */
function refusingHelperCall(statement: ts.Statement, parameters: ReadonlySet<string>): { name: string; call: ts.CallExpression } | undefined {
  if (!ts.isIfStatement(statement) || statement.elseStatement || !onlyLeaves(statement.thenStatement)) return undefined;
  const condition = unwrapExpression(statement.expression);
  if (!ts.isPrefixUnaryExpression(condition) || condition.operator !== ts.SyntaxKind.ExclamationToken) return undefined;
  const helper = delegatedCall(unwrapExpression(condition.operand));
  if (!helper || helper.call.arguments.length < 2) return undefined;
  // The response is among the arguments: the helper can answer, so the bare `return` that follows is no silent pass.
  const root = helper.name.split(".")[0]!;
  return handedParameterCount(helper.call, parameters) >= 2 && !parameters.has(root) ? helper : undefined;
}

/**
 * `const user = await verifyUser({ req, res }); if (!user) return;`: the same decision through a local. The helper is
 * handed the request and the response, answers the refusal itself, and the handler leaves when it gives nothing back.
 */
function checkedHelperResult(statement: ts.Statement, next: ts.Statement | undefined, parameters: ReadonlySet<string>): { name: string; call: ts.CallExpression } | undefined {
  if (!next || !ts.isVariableStatement(statement) || !ts.isIfStatement(next) || next.elseStatement || !onlyLeaves(next.thenStatement)) return undefined;
  const [declaration, ...others] = statement.declarationList.declarations;
  if (!declaration?.initializer || others.length > 0 || !ts.isIdentifier(declaration.name)) return undefined;
  const condition = unwrapExpression(next.expression);
  if (!ts.isPrefixUnaryExpression(condition) || condition.operator !== ts.SyntaxKind.ExclamationToken) return undefined;
  const tested = unwrapExpression(condition.operand);
  if (!ts.isIdentifier(tested) || tested.text !== declaration.name.text) return undefined;
  const helper = delegatedCall(declaration.initializer);
  if (!helper || !ts.isIdentifier(helper.call.expression) || parameters.has(helper.call.expression.text)) return undefined;
  return handedParameterCount(helper.call, parameters) >= 2 ? helper : undefined;
}

/** How many of the handler's parameters a call is handed, as arguments or as members of an object argument (`{ req, res }`). */
function handedParameterCount(call: ts.CallExpression, parameters: ReadonlySet<string>): number {
  const handed = new Set(handedValues(call).flatMap((value) => (ts.isIdentifier(value) && parameters.has(value.text) ? [value.text] : [])));
  return handed.size;
}

/** What a call is handed: each argument, or each member of an object argument (`{ payload, signature }`), unwrapped. */
function handedValues(call: ts.CallExpression): ts.Expression[] {
  return call.arguments.flatMap((argument) => {
    const value = unwrapExpression(argument);
    if (!ts.isObjectLiteralExpression(value)) return [value];
    return value.properties.flatMap((property) =>
      ts.isShorthandPropertyAssignment(property) ? [property.name] : ts.isPropertyAssignment(property) ? [unwrapExpression(property.initializer)] : [],
    );
  });
}

/**
 * `const { auth, error } = await readRequest(req); if (error) return error();`: a helper given the request hands back
 * its refusal (a response, or a function producing one) beside the data, and the handler returns it when set (or when
 * the result says it failed: `if (!auth.ok) return auth.response`). The
 * helper decides like a wrapper, so it guards when its body reads a credential and refuses with 401/403 (the link step
 * follows it). A call that switches the helper's auth off (`{ skipAuth: true }`) is no guard: it is marked `switchedOff`.
 */
function returnedRefusalHelper(
  statement: ts.Statement,
  next: ts.Statement | undefined,
  parameters: ReadonlySet<string>,
): { name: string; call: ts.CallExpression; switchedOff?: boolean } | undefined {
  if (!next || !ts.isVariableStatement(statement) || !ts.isIfStatement(next) || next.elseStatement) return undefined;
  const [declaration, ...others] = statement.declarationList.declarations;
  if (!declaration?.initializer || others.length > 0) return undefined;
  const helper = delegatedCall(declaration.initializer);
  // A helper handed nothing reads the caller from the request's context (`cookies()` in Next): `const denied = await ensureAdmin()`.
  if (!helper || !(handsOverRequest(helper.call, parameters) || (ts.isIdentifier(helper.call.expression) && helper.call.arguments.length === 0))) return undefined;
  const switchedOff = helper.call.arguments.some((argument) => ts.isObjectLiteralExpression(argument) && switchesAuthOff(argument));
  const condition = unwrapExpression(next.expression);
  const refusal = testedResponse(condition, declaration.name) ?? (isBindingOf(condition, declaration.name) || isNameOf(condition, declaration.name) ? condition : undefined);
  const failed = !refusal && saysNo(condition, declaration.name);
  if (!refusal && !failed) return undefined;
  const then = ts.isBlock(next.thenStatement) && next.thenStatement.statements.length === 1 ? next.thenStatement.statements[0] : next.thenStatement;
  if (!then || !ts.isReturnStatement(then) || !then.expression) return undefined;
  const returned = unwrapExpression(then.expression);
  const value = ts.isCallExpression(returned) && returned.arguments.length === 0 ? unwrapExpression(returned.expression) : returned;
  const returnsRefusal = refusal ? value.getText() === refusal.getText() : isBindingOf(value, declaration.name);
  return returnsRefusal ? { ...helper, switchedOff } : undefined;
}

/** `if (denied) return denied`: the helper's result is the refusal itself, or nothing. */
function isNameOf(condition: ts.Expression, name: ts.BindingName): boolean {
  return ts.isIdentifier(condition) && ts.isIdentifier(name) && condition.text === name.text;
}

/** `!auth.ok`: a member of the helper's result says it failed (then `return auth.response` hands back its refusal). */
function saysNo(condition: ts.Expression, name: ts.BindingName): boolean {
  return ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken && ts.isIdentifier(name) && isBindingOf(unwrapExpression(condition.operand), name);
}

/**
 * `const identity = await requireIdentity(ctx); if (identity instanceof Response) return identity;`: the helper hands
 * back either the caller or its refusal, a Response, which the handler returns. The tested value (`identity`).
 */
function testedResponse(condition: ts.Expression, name: ts.BindingName): ts.Expression | undefined {
  if (!ts.isBinaryExpression(condition) || condition.operatorToken.kind !== ts.SyntaxKind.InstanceOfKeyword) return undefined;
  const tested = unwrapExpression(condition.left);
  return ts.isIdentifier(name) && ts.isIdentifier(tested) && tested.text === name.text && ts.isIdentifier(condition.right) && condition.right.text === "Response" ? tested : undefined;
}

/**
 * `const auth = await apiAuth(req); if (auth.isErr()) { const { status, message } = auth.error; return res.status(status).json({ message }); }`:
 * a helper given the request hands back a failure carrying the answer (its status), and the handler answers with it
 * and leaves. The helper decides like a wrapper, as when it hands back the response itself.
 */
function answeredRefusalHelper(statement: ts.Statement, next: ts.Statement | undefined, parameters: ReadonlySet<string>): { name: string; call: ts.CallExpression } | undefined {
  if (!next || !ts.isVariableStatement(statement) || !ts.isIfStatement(next) || next.elseStatement || !leaves(next.thenStatement)) return undefined;
  const [declaration, ...others] = statement.declarationList.declarations;
  if (!declaration?.initializer || others.length > 0 || !ts.isIdentifier(declaration.name) || !ts.isAwaitExpression(unwrapExpression(declaration.initializer))) return undefined;
  const helper = delegatedCall(declaration.initializer);
  if (!helper || !ts.isIdentifier(helper.call.expression) || !handsOverRequest(helper.call, parameters)) return undefined;
  const result = declaration.name.text;
  const isResult = (node: ts.Node): boolean => ts.isIdentifier(node) && node.text === result;
  if (!someDescendant(next.expression, isResult)) return undefined;
  // The status answered is the failure's: `auth.error.status`, or a name destructured from `auth.error`.
  const failure = new Set<string>();
  for (const inner of ts.isBlock(next.thenStatement) ? next.thenStatement.statements : []) {
    if (!ts.isVariableStatement(inner)) continue;
    for (const local of inner.declarationList.declarations) if (local.initializer && someDescendant(local.initializer, isResult)) collectBindingNames(local.name, failure);
  }
  const carriesFailure = (value: ts.Expression): boolean => someDescendant(value, (node) => isResult(node) || (ts.isIdentifier(node) && failure.has(node.text)));
  return someDescendant(next.thenStatement, (node) => ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "status" && node.arguments.length === 1 && carriesFailure(node.arguments[0]!))
    ? helper
    : undefined;
}

/** `error` bound by `{ error }` (or `{ failure: error }`), or `result.error` of `const result = ...`. */
function isBindingOf(value: ts.Expression, name: ts.BindingName): boolean {
  if (ts.isIdentifier(name)) return ts.isPropertyAccessExpression(value) && ts.isIdentifier(value.expression) && value.expression.text === name.text;
  if (!ts.isIdentifier(value) || !ts.isObjectBindingPattern(name)) return false;
  return name.elements.some((element) => ts.isIdentifier(element.name) && element.name.text === value.text);
}

const authOptionKey = /^(auth|authentication|authMode|authType|requireAuth|requiresAuth|authenticated|protected|isPublic|public|skipAuth|noAuth|anonymous|allowAnonymous|credentialsRequired|passthrough)$/;
/**
 * Keys whose `true` lets callers in without a credential (`public: true`, `skipAuth: true`, koa-jwt's `passthrough:
 * true`); for the others `false` does (express-jwt's `credentialsRequired: false`).
 */
const authOffWhenTrue = /^(isPublic|public|skipAuth|noAuth|anonymous|allowAnonymous|passthrough)$/;
const authOffValue = /^(none|public|anonymous|optional|off|disabled)$/i;

/**
 * A guard's options that switch it off: `auth: "none"`, `auth: false`, `requireAuth: false`, `public: true`, `skipAuth:
 * true`, `credentialsRequired: false`.
 */
export function switchesAuthOff(config: ts.ObjectLiteralExpression): boolean {
  return config.properties.some((property) => {
    if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name) || !authOptionKey.test(property.name.text)) return false;
    const value = unwrapExpression(property.initializer);
    const offWhenTrue = authOffWhenTrue.test(property.name.text);
    if (value.kind === ts.SyntaxKind.FalseKeyword) return !offWhenTrue;
    if (value.kind === ts.SyntaxKind.TrueKeyword) return offWhenTrue;
    const text = stringValue(value);
    return text !== undefined && authOffValue.test(text);
  });
}

/**
 * `try { req.caller = await loadCaller(req.headers); } catch { return reply.status(401).send(...) }`: the request handed
 * first thing to a project function whose failure the handler answers as unauthenticated, and nothing else. The 401
 * says what the function checks, whatever it is named or however it fails (a plain `throw new Error(...)`).
 */
function isRefusedHandOver(statement: ts.Statement, parameters: ReadonlySet<string>): boolean {
  if (!ts.isTryStatement(statement) || statement.finallyBlock) return false;
  const handed = callRefusedAsUnauthenticated(statement);
  const refusal = statement.catchClause?.block;
  return !!handed && !!refusal && endsByLeaving(refusal) && textMatches(refusal, unauthenticatedHint) && handsOverRequest(handed, parameters);
}

/**
 * `try { const caller = await loadCaller(…); … } catch { return 401 }`: the call the `try` awaits first, when the
 * `catch` answers its failure as unauthenticated. Whether that authenticates is whether the call does.
 */
export function callRefusedAsUnauthenticated(statement: ts.Statement): ts.CallExpression | undefined {
  if (!ts.isTryStatement(statement) || !statement.catchClause || !rejectsUnauthenticated(statement.catchClause.block)) return undefined;
  const first = statement.tryBlock.statements[0];
  return first && !ts.isReturnStatement(first) && isAwaitedIn(first) ? leadingCall(first)?.call : undefined;
}

/** `const x = await f()` or `await f()`: the call's failure lands in the enclosing `try`. */
function isAwaitedIn(statement: ts.Statement): boolean {
  const expression = ts.isVariableStatement(statement) ? statement.declarationList.declarations[0]?.initializer : ts.isExpressionStatement(statement) ? statement.expression : undefined;
  return !!expression && ts.isAwaitExpression(unwrapExpression(expression));
}

/** `return;` or `{ return; }`: the handler leaves without answering, because someone else already has. */
function onlyLeaves(statement: ts.Statement): boolean {
  const single = ts.isBlock(statement) ? (statement.statements.length === 1 ? statement.statements[0] : undefined) : statement;
  return !!single && ts.isReturnStatement(single) && !single.expression;
}

/**
 * `await runMiddleware(req, res, cors)`: a plain function given the handler's request and response, in order, and
 * middleware values (`cors`, `helmet()`), whose result is not used. It runs connect-style middleware in front of the
 * handler's own work, which a guard after it still protects.
 */
function runsMiddleware(statement: ts.Statement, parameters: ReadonlySet<string>): boolean {
  if (!ts.isExpressionStatement(statement)) return false;
  const helper = delegatedCall(statement.expression);
  if (!helper || !ts.isIdentifier(helper.call.expression) || parameters.has(helper.call.expression.text)) return false;
  if (writesAnyCase.test(helper.name)) return false;
  const [request, response, ...middleware] = helper.call.arguments;
  const isParameter = (argument: ts.Expression | undefined): boolean => !!argument && ts.isIdentifier(argument) && parameters.has(argument.text);
  if (!isParameter(request) || !isParameter(response) || request!.getText() === response!.getText() || middleware.length === 0) return false;
  return middleware.every((argument) => {
    const value = unwrapExpression(argument);
    const named = ts.isCallExpression(value) ? unwrapExpression(value.expression) : value;
    return ts.isIdentifier(named) && !parameters.has(named.text) && (!ts.isCallExpression(value) || value.arguments.every((inner) => !someDescendant(inner, (node) => ts.isIdentifier(node) && parameters.has(node.text))));
  });
}

/** A block whose last statement returns or throws (also Koa's `ctx.throw(400)`): a `catch` that refuses rather than carrying on. */
function endsByLeaving(block: ts.Block): boolean {
  const last = block.statements[block.statements.length - 1];
  if (!last) return false;
  if (ts.isReturnStatement(last) || ts.isThrowStatement(last)) return true;
  const call = ts.isExpressionStatement(last) ? unwrapExpression(last.expression) : undefined;
  return !!call && ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "throw";
}

/** Adds the locals `statement` declares from the request alone (`const params = await props.params`, `const id = params.id.trim()`). */
function noteRequestReads(statement: ts.Statement, fromRequest: Set<string>): void {
  if (!ts.isVariableStatement(statement)) return;
  for (const declaration of statement.declarationList.declarations) {
    const initializer = declaration.initializer;
    if (!initializer) continue;
    const mentionsRequest = someDescendantOfKinds(initializer, [ts.SyntaxKind.Identifier], (node) => fromRequest.has((node as ts.Identifier).text));
    // `const { path } = req.query` binds request values as much as `const path = req.query.path` does, and
    // `const body = await parseBody(c)`: a value read out of the request by a helper named for reading is the request's too.
    if (mentionsRequest && (!containsCall(initializer) || readsOnlyParameters(initializer, fromRequest) || callsOnlyReads(initializer, fromRequest))) collectBindingNames(declaration.name, fromRequest);
  }
}

/**
 * `const tooLarge = checkBodySize(request); if (tooLarge) return tooLarge;`: a plain function given only the request
 * produces a response that is returned when present. Such a pre-check answers early; it is not the handler's work, so
 * the scan goes on to the guard after it.
 */
function isEarlyAnswer(statement: ts.Statement, next: ts.Statement | undefined, parameters: ReadonlySet<string>): boolean {
  if (!next || !ts.isVariableStatement(statement) || !ts.isIfStatement(next) || next.elseStatement) return false;
  const [declaration, ...others] = statement.declarationList.declarations;
  if (!declaration || others.length > 0 || !ts.isIdentifier(declaration.name) || !declaration.initializer) return false;
  const leading = delegatedCall(declaration.initializer);
  if (!leading || !ts.isIdentifier(leading.call.expression) || leading.call.arguments.length === 0) return false;
  if (!leading.call.arguments.every((argument) => ts.isIdentifier(argument) && parameters.has(argument.text))) return false;
  const name = declaration.name.text;
  const condition = unwrapExpression(next.expression);
  if (!ts.isIdentifier(condition) || condition.text !== name) return false;
  const then = ts.isBlock(next.thenStatement) && next.thenStatement.statements.length === 1 ? next.thenStatement.statements[0] : next.thenStatement;
  return !!then && ts.isReturnStatement(then) && !!then.expression && ts.isIdentifier(unwrapExpression(then.expression)) && (unwrapExpression(then.expression) as ts.Identifier).text === name;
}

/** `const ctx = await loadCaller(req)` followed by `if (!ctx) return 401`: a lookup of the caller, whatever its name, refused when missing. */
function isCheckedNext(statement: ts.Statement, next: ts.Statement | undefined, fromRequest: ReadonlySet<string>): boolean {
  if (!next || !ts.isVariableStatement(statement) || !ts.isIfStatement(next)) return false;
  // Refused as unauthenticated: a 403 after a lookup is as likely a feature or licence check as a missing caller. After
  // the verification of a signed token, or a lookup by the key the caller sent, the branch that leaves is the refusal
  // whatever it answers (a 400 "invalid token", an "organization not found").
  const provesCaller = (initializer: ts.Expression): boolean => verifiesSignedToken(initializer) || looksUpSentSecret(initializer, fromRequest);
  const refuses = statement.declarationList.declarations.some((declaration) => !!declaration.initializer && provesCaller(declaration.initializer))
    ? leaves(next.thenStatement)
    : rejectsUnauthenticated(next.thenStatement) && textMatches(next.thenStatement, unauthenticatedHint);
  if (!refuses) return false;
  // Only an awaited lookup: `const ok = verifier.verify(...)` without `await` may test a promise, which is always truthy.
  // The await may sit in a branch (`const ok = kind ? await verifyA(...) : await verifyB(...)`).
  if (!statement.declarationList.declarations.some((declaration) => declaration.initializer && someDescendant(declaration.initializer, ts.isAwaitExpression))) return false;
  const declared = new Set(statement.declarationList.declarations.flatMap((declaration) => (ts.isIdentifier(declaration.name) ? [declaration.name.text] : [])));
  return someDescendant(next.expression, (node) => ts.isIdentifier(node) && declared.has(node.text));
}

/**
 * `await jwtVerify(idToken, keys)`, or `await checkIdToken({ token })` where `checkIdToken` is a function of this file
 * that makes such a call without swallowing its failure: the value is the verdict on a signed token.
 */
function verifiesSignedToken(initializer: ts.Expression): boolean {
  const call = delegatedCall(initializer)?.call;
  if (!call) return false;
  const isVerify = (candidate: ts.Node): boolean => ts.isCallExpression(candidate) && jwtCall(candidate)?.member === "verify" && !isSwallowed(candidate);
  if (isVerify(call)) return true;
  const helper = ts.isIdentifier(call.expression) ? functionBoundTo(call.expression.text, call) : undefined;
  return !!helper?.body && textMatches(helper.body, tokenVerifySpelling) && someDescendant(helper.body, isVerify);
}

const tokenVerifySpelling = /verify/i;

/**
 * The position of the parameter `fn` hands as the token to a JWT verify (`jwtVerify(idToken, keys)`,
 * `jwt.verify(token, key)`) whose failure it does not swallow: a call of `fn` throws unless that argument is signed.
 */
export function verifiedTokenParameter(fn: FunctionLike): number | undefined {
  if (!fn.body || !textMatches(fn.body, tokenVerifySpelling)) return undefined;
  const names = fn.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : undefined));
  let position: number | undefined;
  someDescendant(fn.body, (candidate) => {
    if (!ts.isCallExpression(candidate) || jwtCall(candidate)?.member !== "verify" || isSwallowed(candidate)) return false;
    const token = candidate.arguments[0] && unwrapExpression(candidate.arguments[0]);
    if (!token || !ts.isIdentifier(token)) return false;
    const index = names.indexOf(token.text);
    if (index < 0 || findDeclaration(token.text, candidate) !== fn.parameters[index]) return false;
    position = index;
    return true;
  });
  return position;
}

/** Every `catch` of `fn` answers nothing (`return null`, `return false`, a bare `return`) or rethrows: a failure yields no truthy value. */
export function answersNothingWhenCaught(fn: FunctionLike): boolean {
  if (!fn.body) return false;
  return !someDescendant(fn.body, (node) => {
    if (!ts.isCatchClause(node)) return false;
    return someDescendant(node.block, (inner) => {
      if (!ts.isReturnStatement(inner) || !inner.expression || enclosingFunction(inner) !== fn) return false;
      const value = unwrapExpression(inner.expression);
      return !(value.kind === ts.SyntaxKind.NullKeyword || value.kind === ts.SyntaxKind.FalseKeyword || (ts.isIdentifier(value) && value.text === "undefined"));
    });
  });
}

/**
 * `await orgs.getOrgByApiKey(payload.apiKey)`: a lookup handed a value the request carries under a secret's name (an
 * API key, a token), also once read into a local named for a secret the project issues (`const { token } =
 * parsed.data`, not a password the caller picks): what it finds is whoever holds that secret, and nothing when no one does.
 */
function looksUpSentSecret(initializer: ts.Expression, fromRequest: ReadonlySet<string>): boolean {
  const call = delegatedCall(initializer)?.call;
  const handsSecret = !!call && handedValues(call).some((value) => {
    const held = unwrapExpression(value);
    if (ts.isIdentifier(held)) return namesIssuedSecret(held.text) && readStraightFromRequest(held, fromRequest);
    return ts.isPropertyAccessExpression(held) && isSecretName(held.name.text) && isReadFromRequest(held.expression, fromRequest);
  });
  if (handsSecret) return true;
  // A query filter on the secret anywhere in a query chain: `await Invite.query().findOne({ invite_token: token }).first()`.
  return ts.isAwaitExpression(unwrapExpression(initializer)) && someDescendant(initializer, (node) => {
    if (!ts.isPropertyAssignment(node) && !ts.isShorthandPropertyAssignment(node)) return false;
    const value = ts.isPropertyAssignment(node) ? unwrapExpression(node.initializer) : node.name;
    const key = ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : "";
    return (isSecretName(key) || (ts.isIdentifier(value) && isSecretName(value.text))) && isReadFromRequest(value, fromRequest);
  });
}

/** `token`, `inviteToken`, `apiKey`, `secret`: a secret the project hands out, which a lookup can find its holder by. */
function namesIssuedSecret(name: string): boolean {
  return isSecretName(name) && nameWords(name).some((word) => issuedSecretWord.test(word));
}

const issuedSecretWord = /^(token|secret|key)$/;

/** `const { token } = parsed.data`: a local read off a value from the request, with no call on the way that could have made it. */
function readStraightFromRequest(local: ts.Identifier, fromRequest: ReadonlySet<string>): boolean {
  let holder: ts.Node | undefined = findDeclaration(local.text, local);
  while (holder && (ts.isBindingElement(holder) || ts.isObjectBindingPattern(holder) || ts.isArrayBindingPattern(holder))) holder = holder.parent;
  return !!holder && ts.isVariableDeclaration(holder) && !!holder.initializer && !containsCall(holder.initializer) && isReadFromRequest(holder.initializer, fromRequest);
}

const secretSpelling = /token|secret|key|pass/i;
/** Query methods that throw when no row matches: Objection's `throwIfNotFound`, `findOneOrFail`, `findUniqueOrThrow`. */
const failsWhenMissing = /^(throwIfNotFound|\w+OrFail|\w+OrThrow)$/;

/**
 * `const invite = await Invite.query().findOne({ invite_token: token }).throwIfNotFound()`: a secret the caller sent,
 * looked up by a query that throws when nothing matches (a lookup tested on the next line is `isCheckedNext`'s).
 * Holding the secret is the credential, as with a capability URL.
 */
function stopsUnlessSentSecretFound(statement: ts.Statement, fromRequest: ReadonlySet<string>): boolean {
  const expression = ts.isVariableStatement(statement) ? statement.declarationList.declarations[0]?.initializer : ts.isExpressionStatement(statement) ? statement.expression : undefined;
  if (!expression || !ts.isAwaitExpression(unwrapExpression(expression)) || !looksUpSentSecret(expression, fromRequest)) return false;
  return someDescendant(expression, (node) => ts.isCallExpression(node) && failsWhenMissing.test(methodNameOf(node)));
}

/**
 * `const invite = await invites.findByToken(req.body.token); return res.json(invite);`: the handler's last two
 * statements look up the secret the caller sent and answer with what was found, waiting on nothing else. The
 * secret names all the handler reaches, and a caller without it finds nothing: holding it is the credential.
 */
function answersSentSecretLookup(rest: readonly ts.Statement[], parameters: ReadonlySet<string>, fromRequest: ReadonlySet<string>): boolean {
  const [statement, answer, ...more] = rest;
  if (!statement || !answer || more.length > 0 || !ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1) return false;
  const declaration = statement.declarationList.declarations[0]!;
  if (!ts.isIdentifier(declaration.name) || !declaration.initializer || !ts.isAwaitExpression(unwrapExpression(declaration.initializer))) return false;
  if (!looksUpSentSecret(declaration.initializer, fromRequest)) return false;
  const found = declaration.name.text;
  const answered = ts.isReturnStatement(answer) || ts.isExpressionStatement(answer) ? answer.expression && unwrapExpression(answer.expression) : undefined;
  if (!answered || !ts.isCallExpression(answered) || someDescendant(answered, ts.isAwaitExpression) || !mentions(answered, found)) return false;
  // Through the handler's own response, whatever the project named its answering method (`res.success({ data })`).
  const root = callChainRoot(answered.expression);
  return ts.isIdentifier(root) && parameters.has(root.text) && root !== unwrapExpression(answered.expression);
}

/** `return …`, `throw …`, or a block that ends so: the handler stops there. */
function leaves(statement: ts.Statement): boolean {
  return ts.isBlock(statement) ? endsByLeaving(statement) : ts.isReturnStatement(statement) || ts.isThrowStatement(statement);
}

function isAwaitedStatement(statement: ts.Statement): boolean {
  return ts.isExpressionStatement(statement) && ts.isAwaitExpression(unwrapExpression(statement.expression));
}

/** The call a statement makes first: `const x = await f(a)`, `await f(a)`, `return f(a)`, when its callee has a name. */
function leadingCall(statement: ts.Statement): { name: string; call: ts.CallExpression } | undefined {
  let expression: ts.Expression | undefined;
  if (ts.isVariableStatement(statement)) expression = statement.declarationList.declarations[0]?.initializer;
  else if (ts.isExpressionStatement(statement) || ts.isReturnStatement(statement)) expression = statement.expression;
  return expression && delegatedCall(expression);
}

function delegatedCall(node: ts.Node): { name: string; call: ts.CallExpression } | undefined {
  let expression = node as ts.Expression;
  while (ts.isAwaitExpression(expression) || ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) expression = expression.expression;
  if (!ts.isCallExpression(expression)) return undefined;
  // `return NextResponse.json(await handleCommand(req))`: the helper's answer is sent as it is, so the helper decides.
  const sent = sentAsJson(expression);
  const inner = sent && delegatedCall(sent);
  if (inner) return inner;
  // `const check = basicAuth({ … }); await check(c, next)`: a middleware the handler builds is the one its factory makes.
  const built = ts.isIdentifier(expression.expression) ? builtInPlace(expression.expression) : undefined;
  const name = built ? calleeText(built) : calleeText(expression);
  return name ? { name, call: expression } : undefined;
}

/** The call a const of the same function was made by (`const check = basicAuth({ … })` before `check(c, next)`). */
function builtInPlace(callee: ts.Identifier): ts.CallExpression | undefined {
  // Most callees are functions declared elsewhere: one lookup settles them.
  const declaration = findDeclaration(callee.text, callee);
  if (!declaration || !ts.isVariableDeclaration(declaration) || enclosingFunction(declaration) !== enclosingFunction(callee)) return undefined;
  const built = constInitializerOf(callee);
  return built && ts.isCallExpression(built) ? built : undefined;
}

/** The value `Response.json(value)` or `NextResponse.json(value)` sends. */
function sentAsJson(call: ts.CallExpression): ts.Expression | undefined {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "json" || !ts.isIdentifier(callee.expression) || !/^(Response|NextResponse)$/.test(callee.expression.text)) return undefined;
  return call.arguments[0];
}

/** Whether a helper called in `handler`'s body is handed some of its parameters (the request, its context). */
export function isHandedParameters(call: ts.CallExpression, handler: FunctionLike): boolean {
  return handsOverRequest(call, parameterNames(handler));
}

/**
 * The one function literal a plain function, or a function of an imported package (`Sentry.withIsolationScope`,
 * `tracer.startActiveSpan`), is handed (`withSpan(options, async (span) => { … })`) when the request reaches the call
 * only inside it: the callback closes over the handler's parameters and does the handler's work.
 */
function closingCallback(call: ts.CallExpression, parameters: ReadonlySet<string>): (FunctionLike & { body: ts.Block }) | undefined {
  const callee = unwrapExpression(call.expression);
  const owner = ts.isPropertyAccessExpression(callee) ? unwrapExpression(callee.expression) : undefined;
  const isPackageFunction = !!owner && ts.isIdentifier(owner) && importedModuleOf(owner.text, owner) !== undefined;
  if (!isPackageFunction && (!ts.isIdentifier(callee) || parameters.has(callee.text))) return undefined;
  const callbacks = call.arguments.map(unwrapExpression).filter((argument) => ts.isArrowFunction(argument) || ts.isFunctionExpression(argument));
  const [callback, ...others] = callbacks;
  if (!callback || others.length > 0 || !callback.body || !ts.isBlock(callback.body)) return undefined;
  const mentionsParameter = (node: ts.Node): boolean => someDescendant(node, (part) => ts.isIdentifier(part) && parameters.has(part.text));
  if (call.arguments.some((argument) => unwrapExpression(argument) !== callback && mentionsParameter(argument))) return undefined;
  return callback as FunctionLike & { body: ts.Block };
}

/** `withClient({ request, handler })`: another function gets the request to answer; `ctx.throw(404)` on the request itself does not. */
function handsOverRequest(call: ts.CallExpression, parameters: ReadonlySet<string>): boolean {
  // A plain project function (`withClient(...)`), not a method of a service or of the request (`orders.create`, `ctx.throw`).
  if (!ts.isIdentifier(call.expression) || parameters.has(call.expression.text)) return false;
  return call.arguments.some((argument) => someDescendant(argument, (node) => ts.isIdentifier(node) && parameters.has(node.text)));
}

/**
 * The modules whose functions the handler hands its whole request, headers and raw body together (`c.req.raw`,
 * `request.raw`, the request itself): `bot.webhooks.slack(c.req.raw)`, `handleRequest(req, res)`. Whichever of them
 * is another package's handler serves the route, with all a signature check needs, and decides there (see
 * `ProjectModel.isOtherPackage`). Handing on a parsed body or a few fields is not this: the raw bytes are gone.
 */
export function wholeRequestHandedTo(handler: FunctionLike): string[] {
  const request = handler.parameters[0];
  if (!handler.body || !request || !ts.isIdentifier(request.name)) return [];
  const requestName = request.name.text;
  const response = handler.parameters[1];
  const responseName = response && ts.isIdentifier(response.name) ? response.name.text : undefined;
  const isNamed = (argument: ts.Expression, name: string | undefined): boolean => {
    const value = unwrapExpression(argument);
    return ts.isIdentifier(value) && value.text === name;
  };
  // `c.req`, `c.req.raw`, `request.raw`: the framework's request object or the platform's one beneath it.
  const isRequestObject = (argument: ts.Expression): boolean => {
    const value = unwrapExpression(argument);
    return ts.isPropertyAccessExpression(value) && /^(req|raw)$/.test(value.name.text) && (isNamed(value.expression, requestName) || isRequestObject(value.expression));
  };
  // The call answers for the handler: its result is the handler's answer (`return adapter(c.req.raw)`), or, handed the
  // response too, it is called for what it writes there (`await handleRequest(req, res);`). A session read from the same
  // arguments (`const session = await getServerSession(req, res)`) is no hand-off.
  const handsWhole = (call: ts.CallExpression): boolean => {
    // The response, or the platform's one beneath it (`reply.raw`).
    const handsResponse = call.arguments.some((argument) => {
      const value = unwrapExpression(argument);
      return isNamed(value, responseName) || (ts.isPropertyAccessExpression(value) && value.name.text === "raw" && isNamed(value.expression, responseName));
    });
    if (!(isAnswered(call) || (handsResponse && isDiscarded(call)))) return false;
    return call.arguments.some(isRequestObject) || call.arguments.some((argument) => isNamed(argument, requestName));
  };
  const modules: string[] = [];
  someDescendant(handler.body, (node) => {
    if (!ts.isCallExpression(node) || !handsWhole(node)) return false;
    const root = callChainRoot(node.expression);
    const module = ts.isIdentifier(root) && root.text !== requestName ? importedModuleOf(root.text, root) : undefined;
    if (module !== undefined) modules.push(module);
    return false;
  });
  return modules;
}

function isAnswered(call: ts.CallExpression): boolean {
  const user = consumerOf(call);
  return ts.isReturnStatement(user) || ts.isArrowFunction(user);
}

function isDiscarded(call: ts.CallExpression): boolean {
  return ts.isExpressionStatement(consumerOf(call));
}

function consumerOf(call: ts.CallExpression): ts.Node {
  let node: ts.Node = call.parent;
  while (ts.isAwaitExpression(node) || ts.isParenthesizedExpression(node)) node = node.parent;
  return node;
}

function parameterNames(handler: FunctionLike): Set<string> {
  const names = new Set<string>();
  const collect = (binding: ts.BindingName): void => {
    if (ts.isIdentifier(binding)) names.add(binding.text);
    else for (const element of binding.elements) if (!ts.isOmittedExpression(element)) collect(element.name);
  };
  for (const parameter of handler.parameters) collect(parameter.name);
  return names;
}

function isAuthCheckStatement(statement: ts.Statement): boolean {
  if (ts.isIfStatement(statement)) {
    // `if (!process.env.BLOB_READ_WRITE_TOKEN) return 401`: the deploy lacks a setting, whoever is calling.
    if (testedDeploySetting(statement.expression) !== undefined) return false;
    const testsCredential = readsCredential(statement.expression) || testsCredentialFlag(statement.expression);
    if (testsCredential && (rejectsUnauthenticated(statement.thenStatement) || sendsAwayWithNextNavigation(statement.thenStatement))) return true;
    // `if (req.isAuthenticated()) { <the work> } else { return forbidden(req, res) }`: the work runs only for a caller
    // holding the credential, as after `if (!req.isAuthenticated()) return forbidden(req, res)`.
    const otherwise = statement.elseStatement;
    return !!otherwise && requiresCredential(statement.expression) && leaves(otherwise) && rejectsUnauthenticated(otherwise);
  }
  if (ts.isTryStatement(statement)) {
    const handler = statement.catchClause;
    return !!handler && readsCredential(statement.tryBlock) && rejectsUnauthenticated(handler.block);
  }
  return false;
}

/**
 * A condition true only for a caller holding a credential: `req.isAuthenticated()`, `req.user && req.user.active`. Not
 * one that a setting or another value can make true without it (`req.isAuthenticated() || config.allowAnonymous`).
 */
function requiresCredential(condition: ts.Expression): boolean {
  const test = unwrapExpression(condition);
  if (ts.isBinaryExpression(test) && test.operatorToken.kind === ts.SyntaxKind.BarBarToken) return requiresCredential(test.left) && requiresCredential(test.right);
  if (ts.isBinaryExpression(test) && test.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return requiresCredential(test.left) || requiresCredential(test.right);
  if (ts.isPrefixUnaryExpression(test) || ts.isBinaryExpression(test)) return false;
  return readsCredential(test);
}

/**
 * `const isAdmin = session?.user.permissions.includes("admin") ?? false; if (!isAdmin && …) return 403`: the condition
 * tests a `const` of the handler computed from a credential it already holds, so the refusal is the credential's,
 * whatever the flag is called. One step only: a flag made from another flag is not followed. A flag a verifier
 * returns (`const signed = receiver.verify(…)`) is not one: unawaited it is a pending promise, always truthy.
 */
function testsCredentialFlag(condition: ts.Expression): boolean {
  return someDescendant(condition, (node) => {
    if (!ts.isIdentifier(node) || (ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) return false;
    const initializer = constInitializerOf(node);
    // The handler's own local: a module-level constant is no caller's credential.
    if (!initializer || enclosingFunction(initializer) !== enclosingFunction(condition)) return false;
    // Computed from what the handler holds: a flag that awaits a lookup of its own (`await db.view.findUnique(…)`) is
    // a record, whatever its query mentions.
    return readsCredential(initializer) && !someDescendant(initializer, (part) => ts.isAwaitExpression(part) || (ts.isCallExpression(part) && verifierCall.test(methodNameOf(part))));
  });
}

const verifierCall = /^(verify|decode)/i;

/** `if (!session) redirect("/login")`: Next's navigation exits throw, so the caller without a session goes no further. */
function sendsAwayWithNextNavigation(node: ts.Node): boolean {
  return someDescendant(node, (child) => ts.isCallExpression(child) && isNextNavigationExit(child));
}

/**
 * `await handleUpload({ body, request, onBeforeGenerateToken: async () => { <session refused> … } })` of
 * `@vercel/blob/client`: the library asks `onBeforeGenerateToken` before it issues an upload token and checks the
 * signature of the upload-completed callback itself, so a callback that refuses a caller without a session at its head
 * guards everything the call does.
 */
function isSessionGatedBlobUpload(statement: ts.Statement): boolean {
  const expression = ts.isVariableStatement(statement) ? statement.declarationList.declarations[0]?.initializer : ts.isExpressionStatement(statement) || ts.isReturnStatement(statement) ? statement.expression : undefined;
  const awaited = expression && unwrapExpression(expression);
  const call = awaited && ts.isAwaitExpression(awaited) ? unwrapExpression(awaited.expression) : undefined;
  if (!call || !ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || importedModuleOf(call.expression.text, call) !== "@vercel/blob/client") return false;
  const [options] = call.arguments;
  if (!options || !ts.isObjectLiteralExpression(options)) return false;
  return options.properties.some((property) => {
    if (!property.name || !ts.isIdentifier(property.name) || property.name.text !== "onBeforeGenerateToken") return false;
    const gate = ts.isPropertyAssignment(property) ? unwrapExpression(property.initializer) : ts.isMethodDeclaration(property) ? property : undefined;
    return !!gate && isFunctionLike(gate) && inlineAuthGuards(gate).some((guard) => guard.kind === "inline");
  });
}

/**
 * `return uploads.handle(req, res)` with `const uploads = new Server({ onIncomingRequest(req, res, id) { … } })` of
 * `@tus/server`: the server runs `onIncomingRequest` before it handles any request and answers with the status its
 * throw carries, so a hook that reads a credential and refuses with 401/403 guards every request handed to it. Without
 * such a hook a tus server stores whatever anyone sends.
 */
function isCredentialGatedTusUpload(statement: ts.Statement): boolean {
  const expression = ts.isExpressionStatement(statement) || ts.isReturnStatement(statement) ? statement.expression : undefined;
  const awaited = expression && unwrapExpression(expression);
  const call = awaited && unwrapExpression(ts.isAwaitExpression(awaited) ? awaited.expression : awaited);
  if (!call || !ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "handle") return false;
  const receiver = unwrapExpression(call.expression.expression);
  const server = ts.isIdentifier(receiver) ? constInitializerOf(receiver) : undefined;
  if (!server || !ts.isNewExpression(server) || !ts.isIdentifier(server.expression) || importedModuleOf(server.expression.text, server) !== "@tus/server") return false;
  const [options] = server.arguments ?? [];
  const property = propertyNamed(options && (ts.isIdentifier(options) ? constInitializerOf(options) : unwrapExpression(options)), "onIncomingRequest");
  const hook = property && (ts.isPropertyAssignment(property) ? unwrapExpression(property.initializer) : property);
  return !!hook && isFunctionLike(hook) && !!hook.body && readsCredential(hook.body) && rejectsUnauthenticated(hook.body);
}

/**
 * Statements that may come before an auth check without doing anything a guard should have prevented: checks, and
 * declarations that only look up the caller or read the request (`c.req.valid("json")`, `req.headers.get(...)`,
 * `c.get("requestMetadata")`: calls on the handler's own parameters).
 */
function isPreparatoryStatement(statement: ts.Statement, parameters: ReadonlySet<string>): boolean {
  if (ts.isIfStatement(statement)) return true;
  if (ts.isExpressionStatement(statement)) {
    const { expression } = statement;
    return isLogCall(expression) || isProjectLogStatement(expression) || isLevelCallOnModule(unwrapExpression(expression)) || isLocalAssignmentOfReads(expression, parameters) || staysInProcess(expression) || isSynchronousCallOnRequest(expression, parameters);
  }
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.every(
      (declaration) =>
        !declaration.initializer ||
        !containsCall(declaration.initializer) ||
        isCredentialLookup(declaration) ||
        readsOnlyParameters(declaration.initializer, parameters) ||
        readsRequestCredential(declaration.initializer) ||
        callsOnlyReads(declaration.initializer, parameters) ||
        isSynchronousCallOnRequest(declaration.initializer, parameters) ||
        isHandedNothing(declaration.initializer) ||
        isSynchronousReshape(declaration.initializer),
    );
  }
  return false;
}

/**
 * `const client = anonClient(c)`, `applyCorsHeaders(res, origin)`, `clientAddress(req.headers)`: a function handed only
 * the handler's parameters (or members read off them) and its locals, and not awaited. Synchronous code reaches no
 * store or service (that takes an await): it builds something from the request (a client, a config, the caller's
 * address) for the work that follows, such as the check, or sets headers.
 */
function isSynchronousCallOnRequest(expression: ts.Expression, parameters: ReadonlySet<string>): boolean {
  const call = unwrapExpression(expression);
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.arguments.length === 0) return false;
  // `setCorsHeaders(req, res)`: named for a write, but a function of this file that only sets the response it is handed.
  if (namesAWrite(call) && !onlySetsAnswer(call.expression)) return false;
  // `clientAddress(req.headers)`: a member read off a parameter is still the request's own value.
  const handed = (argument: ts.Expression): boolean => {
    let root = unwrapExpression(argument);
    while (ts.isPropertyAccessExpression(root)) root = unwrapExpression(root.expression);
    return ts.isIdentifier(root) && (parameters.has(root.text) || (root === argument && isFunctionLocal(root)));
  };
  return call.arguments.every(handed);
}

/**
 * `const requestId = generateRequestId()`: a plain function handed nothing, not awaited and not named for a write. Handed
 * nothing of the request and synchronous, it reaches no store or service: it makes a value (an id, a timestamp).
 */
function isHandedNothing(expression: ts.Expression): boolean {
  const call = unwrapExpression(expression);
  return ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.arguments.length === 0 && !namesAWrite(call);
}

function onlySetsAnswer(callee: ts.Identifier): boolean {
  const target = functionBoundTo(callee.text, callee);
  return !!target && onlyAnswers(target, { echoes: true });
}

/**
 * `parseConfig(secret?.configValue, ConfigSchema).map((val) => val.key).unwrapOr(null)`: a plain function, not awaited
 * and not named for a write, handed values that call nothing (locals and their members, constants, literals, a function
 * literal that only reads its parameter), and methods of what it answers handed the same. Synchronous code reaches no
 * store or service (that takes an await): it reshapes what the handler already holds.
 */
function isSynchronousReshape(expression: ts.Expression): boolean {
  const call = unwrapExpression(expression);
  if (!ts.isCallExpression(call) || (namesAWrite(call) && !makesClient(call))) return false;
  const callsNothing = (argument: ts.Expression): boolean =>
    !someDescendant(argument, (node) => ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isTaggedTemplateExpression(node));
  if (!call.arguments.every(callsNothing)) return false;
  const callee = unwrapExpression(call.expression);
  if (ts.isIdentifier(callee)) return call.arguments.length > 0;
  return ts.isPropertyAccessExpression(callee) && isSynchronousReshape(callee.expression);
}

/**
 * `createClient(url, process.env.SERVICE_ROLE_KEY!)`, `createServerClient(...)`: named for a write, but what it creates
 * is a client, built synchronously from settings; the client's first request, awaited later, is what reaches out.
 */
function makesClient(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  return ts.isIdentifier(callee) && clientFactoryName.test(callee.text);
}

const clientFactoryName = /^create\w*Client$/;

/**
 * Work that reaches nothing outside the process, so nothing a guard must stop: no await, and every call is a method of
 * a value the function itself holds (a parameter or a local: `currentSpan.setAttributes(...)`, `header.toLowerCase()`)
 * or of the language's own objects (`Object.keys(req.headers).forEach(...)`); a plain assignment
 * (`client.baseUrl = baseUrl`) makes no call at all. A call of an imported function or service may write anywhere.
 */
function staysInProcess(expression: ts.Expression): boolean {
  const leaves = (node: ts.Node): boolean => {
    if (ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isNewExpression(node)) return true;
    if (ts.isCallExpression(node)) {
      let root: ts.Expression = unwrapExpression(node.expression);
      while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root)) root = unwrapExpression(root.expression);
      if (!ts.isIdentifier(root) || !(pureGlobals.test(root.text) || isFunctionLocal(root))) return true;
    }
    return ts.forEachChild(node, (child) => leaves(child) || undefined) ?? false;
  };
  return !leaves(expression);
}

/**
 * `const handler = routeHandlers[`${method} ${path}`]; if (handler) await handler(req, res); else 404`: a dispatcher that
 * picks one function from a module-level object literal by a key it builds, and does nothing else that reaches outside
 * the process. A request only ever runs one entry, so the dispatcher guards when every entry checks the caller at its
 * head (a session refused with 401) before any work; one entry without such a check leaves it unproven.
 */
export function dispatchesOnlyToCheckedEntries(fn: FunctionLike): boolean {
  if (!fn.body || !ts.isBlock(fn.body)) return false;
  const picked = new Map<string, ts.ObjectLiteralExpression>();
  for (const node of descendantsOfKind<ts.VariableDeclaration>(fn.body, ts.SyntaxKind.VariableDeclaration)) {
    if (!ts.isIdentifier(node.name) || !node.initializer) continue;
    const access = unwrapExpression(node.initializer);
    if (!ts.isElementAccessExpression(access) || !ts.isIdentifier(access.expression)) continue;
    const table = moduleObjectLiteral(access.expression);
    if (table) picked.set(node.name.text, table);
  }
  const [only, ...others] = picked;
  if (!only || others.length > 0) return false;
  const [entryName, table] = only;
  const isEntryCall = (node: ts.Node): boolean => ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === entryName;
  let dispatches = false;
  const reachesOut = (node: ts.Node): boolean => {
    if (isEntryCall(node)) dispatches = true;
    else if (ts.isAwaitExpression(node) && !isEntryCall(unwrapExpression(node.expression))) return true;
    else if (ts.isNewExpression(node) || ts.isYieldExpression(node)) return true;
    else if (ts.isCallExpression(node) && !isLogCall(node)) {
      let root: ts.Expression = unwrapExpression(node.expression);
      while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root)) root = unwrapExpression(root.expression);
      if (!ts.isIdentifier(root) || !(pureGlobals.test(root.text) || isFunctionLocal(root))) return true;
    }
    return ts.forEachChild(node, (child) => reachesOut(child) || undefined) ?? false;
  };
  if (reachesOut(fn.body) || !dispatches || table.properties.length === 0) return false;
  return table.properties.every((property) => {
    const entry = ts.isPropertyAssignment(property) ? unwrapExpression(property.initializer) : ts.isMethodDeclaration(property) ? property : undefined;
    return !!entry && isFunctionLike(entry) && inlineAuthGuards(entry).some((guard) => guard.kind === "inline");
  });
}

/** `routeHandlers` declared at module level as `const routeHandlers = { ... }` (through `as const` or `satisfies`). */
function moduleObjectLiteral(name: ts.Identifier): ts.ObjectLiteralExpression | undefined {
  const declaration = findDeclaration(name.text, name);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isSourceFile(declaration.parent.parent.parent)) return undefined;
  if (!(declaration.parent.flags & ts.NodeFlags.Const)) return undefined;
  const initializer = unwrapExpression(declaration.initializer);
  return ts.isObjectLiteralExpression(initializer) ? initializer : undefined;
}

/** `name` is a value declared inside a function (a parameter or a local variable), not imported, held at module level, or a function that may do anything. */
function isFunctionLocal(name: ts.Identifier): boolean {
  const declaration = findDeclaration(name.text, name);
  if (!declaration || !(ts.isVariableDeclaration(declaration) || ts.isBindingElement(declaration) || ts.isParameter(declaration))) return false;
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) if (isFunctionLike(node)) return true;
  return false;
}

/** `token = parsed.token`: a local set from reads. */
function isLocalAssignmentOfReads(expression: ts.Expression, parameters: ReadonlySet<string>): boolean {
  const assignment = unwrapExpression(expression);
  if (!ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isIdentifier(assignment.left)) return false;
  return !containsCall(assignment.right) || callsOnlyReads(assignment.right, parameters);
}

/**
 * Calls that read and change nothing a guard protects: a lookup named for reading (`findTeam`, `resolveWorkspace`,
 * `getFileMeta`, but not `getOrCreateTeam`), a schema built or run (`schema.safeParse(...)`, a zod/yup/joi builder),
 * the language's own pure helpers (`JSON.parse`, `new URL(...)`, `decodeURIComponent`), and methods of values read
 * from the request (`params.filePath.join("/")`).
 */
function callsOnlyReads(expression: ts.Expression, fromRequest: ReadonlySet<string>): boolean {
  const writes = (node: ts.Node): boolean => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && !isClientAccessor(node) && !isQueryBuilderCall(node, fromRequest)) {
      if (!isReadCall(node, fromRequest)) return true;
      // `z.object({ role: roleParam.optional() })`: what a schema library builds from is the schema's own description.
      if (isSchemaBuild(node)) return false;
    }
    return ts.forEachChild(node, (child) => writes(child) || undefined) ?? false;
  };
  return !writes(expression);
}

/** A call whose receiver chain starts at a schema library's import (`z.object(...)`, `yup.string().max(5)`). */
function isSchemaBuild(call: ts.CallExpression | ts.NewExpression): boolean {
  const root = callChainRoot(call.expression);
  return ts.isIdentifier(root) && schemaLibrary.test(importedModuleOf(root.text, root) ?? "");
}

// `includes`, `some`, `startsWith`: a test of a value the handler holds (`session.user.permissions.includes("admin")`).
const readVerb = /^(get|find|load|read|resolve|lookup|select|count|list|search|parse|safeParse|parseAsync|safeParseAsync|validate|check|assert|is|has|includes|some|every|startsWith|endsWith|indexOf|decode|encode|stringify|verify|authorize|authenticate)([A-Z_\d]|$)/;
const writeVerbs = ["Create", "Update", "Upsert", "Insert", "Delete", "Remove", "Save", "Set", "Write", "Send", "Add", "Increment", "Publish", "Enqueue"];
// A whole word of the name (`addMember`, `cache.set`, `sendsMail`), not the start of another (`getIpAddress`, `getSettings`).
const endOfWord = "s?(?![a-z])";
const writeWord = new RegExp(`(${writeVerbs.join("|")})${endOfWord}`);
const writesAnyCase = new RegExp(`(${writeVerbs.map((verb) => `[${verb[0]}${verb[0]!.toLowerCase()}]${verb.slice(1)}`).join("|")})${endOfWord}`);

/** A call named for changing something (`createOrder`, `cache.set`, `fs.writeFileSync`, `mailer.send`). */
export function namesAWrite(call: ts.CallExpression | ts.NewExpression): boolean {
  return writesAnyCase.test(calleeText(call) ?? "");
}
const pureGlobals = /^(String|Number|Boolean|BigInt|JSON|Object|Array|Set|Map|Math|Date|URL|URLSearchParams|decodeURIComponent|encodeURIComponent|parseInt|parseFloat)$/;
const schemaLibrary = /^(zod|yup|joi|valibot|superstruct|@sinclair\/typebox|arktype)$/;

function isReadCall(call: ts.CallExpression | ts.NewExpression, fromRequest: ReadonlySet<string>): boolean {
  let root: ts.Expression = unwrapExpression(call.expression);
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root)) root = unwrapExpression(root.expression);
  if (ts.isIdentifier(root)) {
    if (fromRequest.has(root.text) && root !== call.expression) return true;
    if (pureGlobals.test(root.text) || schemaLibrary.test(importedModuleOf(root.text, root) ?? "")) return true;
  }
  // `db().query.secret.findFirst(...)`: a chain through a call has no dotted name; its method still tells.
  const method = ts.isCallExpression(call) ? methodNameOf(call) : (calleeText(call) ?? "").split(".").pop()!;
  return readVerb.test(method) && !writeWord.test(method);
}

/**
 * `and(eq(table.workspaceId, id), eq(table.name, "x"))` handed to `findFirst({ where: … })`: a plain function, not
 * awaited and not named for a write, that builds part of what a read is handed (inside its arguments, through object
 * and array literals and other such builders): it describes the lookup, it does not run one.
 */
function isQueryBuilderCall(node: ts.CallExpression | ts.NewExpression, fromRequest: ReadonlySet<string>): boolean {
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || namesAWrite(node)) return false;
  let part: ts.Node = node;
  for (let outer = node.parent; outer; part = outer, outer = outer.parent) {
    if (ts.isObjectLiteralExpression(outer) || ts.isPropertyAssignment(outer) || ts.isArrayLiteralExpression(outer)) continue;
    if (!ts.isCallExpression(outer) || !outer.arguments.some((argument) => argument === part)) return false;
    if (isReadCall(outer, fromRequest)) return true;
    if (!ts.isIdentifier(outer.expression) || namesAWrite(outer)) return false;
  }
  return false;
}

/** `db()` in `db().query.secret.findFirst(...)` (or `store.client()`): a function asked for a client, with nothing handed to it, whose member is read next. */
function isClientAccessor(node: ts.Node): boolean {
  return ts.isCallExpression(node) && node.arguments.length === 0 && dottedName(node.expression) !== undefined && !namesAWrite(node) && ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node;
}

/** `console.log(x)`, `logger.info(x)`: writing a log line changes nothing a guard protects. */
export function isLogCall(expression: ts.Expression): boolean {
  const call = unwrapExpression(expression);
  return ts.isCallExpression(call) && (loggerName.test(calleeText(call) ?? "") || isLoggingLibraryCall(call) || isLevelOfFetchedLogger(call) || isTelemetryCall(call));
}

const loggerName = /^(console|logger|log|Logger)\.\w+$/;

/** `logger().warn(...)`: the same logger fetched through a getter that takes nothing, at a log level. */
function isLevelOfFetchedLogger(call: ts.CallExpression): boolean {
  if (!ts.isPropertyAccessExpression(call.expression) || !logLevels.has(call.expression.name.text)) return false;
  const getter = unwrapExpression(call.expression.expression);
  return ts.isCallExpression(getter) && getter.arguments.length === 0 && loggerName.test(`${calleeText(getter) ?? ""}.${call.expression.name.text}`);
}

/** Every call in `expression` is a method of one of the handler's parameters (`c.req.json()`), so it reads the request. */
function readsOnlyParameters(expression: ts.Expression, parameters: ReadonlySet<string>): boolean {
  if (parameters.size === 0) return false;
  return !someDescendant(expression, (node) => {
    if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return false;
    if (ts.isCallExpression(node) && readsAddressThroughPackage(node, parameters)) return false;
    let root: ts.Expression = unwrapExpression(node.expression);
    while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root)) root = unwrapExpression(root.expression);
    return !(ts.isIdentifier(root) && parameters.has(root.text) && root !== node.expression);
  });
}

/** Package functions that only read the client's address off the request they are handed. */
const clientAddressReaders: Readonly<Record<string, string>> = { "@vercel/functions": "ipAddress", "request-ip": "getClientIp", "@supercharge/request-ip": "getClientIp" };

/** `ipAddress(req)` of @vercel/functions, `getClientIp(req)` of request-ip: a read of the request, handed nothing else. */
function readsAddressThroughPackage(call: ts.CallExpression, parameters: ReadonlySet<string>): boolean {
  const callee = unwrapExpression(call.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  const root = ts.isPropertyAccessExpression(callee) ? unwrapExpression(callee.expression) : callee;
  if (!name || !ts.isIdentifier(root)) return false;
  const module = importedModuleOf(root.text, call);
  const onlyRequest = call.arguments.length === 1 && ts.isIdentifier(call.arguments[0]!) && parameters.has(call.arguments[0].text);
  return module !== undefined && clientAddressReaders[module] === name && onlyRequest;
}

/**
 * `await getUser(req)`, `jwt.verify(token, key)`, `supabase.auth.getUser()`, `const user = c.get("user")`: a read of who
 * is calling, not a side effect such as `await db.order.create(...)`.
 */
function isCredentialLookup(declaration: ts.VariableDeclaration): boolean {
  let expression = declaration.initializer!;
  while (ts.isAwaitExpression(expression) || ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) expression = expression.expression;
  if (!ts.isCallExpression(expression)) return false;
  const name = calleeText(expression) ?? "";
  const method = name.slice(name.lastIndexOf(".") + 1);
  if (credentialWord.test(name) || credentialCall.test(method)) return true;
  if (expression.arguments.some((argument) => ts.isStringLiteral(argument) && credentialString.test(argument.text))) return true;
  if (!credentialWord.test(declaration.name.getText())) return false;
  return /^(get|find|fetch|load|read|lookup|decode|verify|parse)/i.test(method) || readsRequestCredential(declaration.initializer!);
}

/** `req.headers.get("Authorization")?.replace("Bearer ", "")`, `req.headers.authorization?.split(" ")[1]`, `cookies().get("session")`. */
function readsRequestCredential(expression: ts.Expression): boolean {
  return someDescendant(
    expression,
    (node) =>
      (ts.isStringLiteralLike(node) && credentialString.test(node.text)) ||
      (ts.isPropertyAccessExpression(node) && /^(authorization|cookies?)$/i.test(node.name.text)) ||
      // Next.js `cookies()` / `headers()`: the request's own cookies and headers.
      (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && /^(cookies|headers)$/.test(node.expression.text) && node.arguments.length === 0),
  );
}

function containsCall(node: ts.Node): boolean {
  return someDescendantOfKinds(node, [ts.SyntaxKind.CallExpression, ts.SyntaxKind.NewExpression], () => true);
}

/** A return or throw whose value names the rejection: `return err({ type: "unauthorized" })`, `throw new AppError(Codes.Unauthorized)`. */
function isNamedRejection(node: ts.Node): boolean {
  return (ts.isReturnStatement(node) || ts.isThrowStatement(node)) && someDescendantOfKinds(node, rejectionNameKinds, namesRejection);
}

function namesRejection(node: ts.Node): boolean {
  if (ts.isStringLiteral(node) || ts.isIdentifier(node)) return rejectionName.test(node.text) && !isFunctionLike(node.parent) && !isSettingName(node);
  return false;
}

/**
 * `{ rejectUnauthorized: … }`, `process.env.DB_REJECT_UNAUTHORIZED`: the key of an option object (a TLS setting) or the
 * name of an environment variable names no refusal.
 */
function isSettingName(node: ts.Identifier | ts.StringLiteral): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent)) return parent.name === node;
  return ts.isExpression(parent) && deploySettingName(parent) === node.text;
}

/** The kinds of node `isRejection` can accept, and those `namesRejection` can. */
const rejectionKinds = [ts.SyntaxKind.ReturnStatement, ts.SyntaxKind.ThrowStatement, ts.SyntaxKind.NumericLiteral, ts.SyntaxKind.CallExpression, ts.SyntaxKind.NewExpression];
const rejectionNameKinds = [ts.SyntaxKind.StringLiteral, ts.SyntaxKind.Identifier];

function isRejection(node: ts.Node): boolean {
  if (isNamedRejection(node)) return true;
  if (ts.isNumericLiteral(node) && rejectionStatuses.has(Number(node.text))) return isStatusPosition(node);
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const name = calleeText(node);
    return !!name && rejectionName.test(name.slice(name.lastIndexOf(".") + 1));
  }
  return false;
}

/** `res.status(401)`, `ctx.throw(403)`, `c.json(body, 401)`, `{ status: 401 }`, `ctx.status = 401`, `new HTTPException(401)`. */
export function isStatusPosition(status: ts.Expression): boolean {
  const parent = status.parent;
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return true;
  if (ts.isPropertyAssignment(parent)) return ts.isIdentifier(parent.name) && statusProperty.test(parent.name.text);
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return ts.isPropertyAccessExpression(parent.left) && statusProperty.test(parent.left.name.text);
  }
  return false;
}

/** The kinds of node `isCredentialRead` can accept. */
const credentialReadKinds = [ts.SyntaxKind.Identifier, ts.SyntaxKind.PrivateIdentifier, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.CallExpression];

function isCredentialRead(node: ts.Node): boolean {
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return credentialWord.test(node.text);
  if (ts.isStringLiteral(node)) return credentialString.test(node.text);
  if (ts.isCallExpression(node)) {
    const name = calleeText(node) ?? (ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : undefined);
    return !!name && credentialCall.test(name.slice(name.lastIndexOf(".") + 1));
  }
  return false;
}

/** Depth-first search over `root` and everything inside it, nested functions included (guard factories return them). */
export function someDescendant(root: ts.Node, test: (node: ts.Node) => boolean): boolean {
  const stack: ts.Node[] = [root];
  // One callback for the whole walk, not one a node: summaries ask this of whole classes at every keystroke.
  const push = (child: ts.Node): void => {
    stack.push(child);
  };
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (test(node)) return true;
    ts.forEachChild(node, push);
  }
  return false;
}

/**
 * Calls that verify a signature over the request: Stripe (and Creem's `constructWebhookEvent` of the same shape),
 * Octokit's `webhooks.verifyAndReceive`, HMAC compares, and verify helpers named for it.
 */
const signatureCheck = /^(constructEvent|constructEventAsync|constructWebhookEvent|parseThinEvent|verifyAndReceive|timingSafeEqual|verify\w*(Signature|Webhook)\w*|validate\w*(Signature|Webhook)\w*)$/;
/** Library verifications that throw when the signature is wrong, rather than answering false (Stripe's v1 and thin v2 events). */
export const throwingSignatureCheck = /^(constructEvent|constructEventAsync|constructWebhookEvent|parseThinEvent|verifyAndReceive)$/;
const signatureHint = /constructEvent|parseThinEvent|timingSafeEqual|Signature|Webhook|verify|digest/;
/**
 * A handler that passes a signature or credential on names it (`stripe-signature`, `x-hub-signature-256`, `svix-signature`,
 * `Authorization`); one that reads a signed token (an e-mail link's) names the `token`.
 */
const signatureMention = /signature|webhook|hmac|svix|authorization/i;
const tokenMention = /token/i;

/** `const email = readLinkToken(token); if (!email) return ...`: the call's answer, kept in a const, is refused on the next line when missing. */
function isRefusedWithout(call: ts.CallExpression): boolean {
  const declaration = ts.isVariableDeclaration(call.parent) ? call.parent : undefined;
  const statement = declaration?.parent.parent;
  if (!declaration || !ts.isIdentifier(declaration.name) || !statement || !ts.isVariableStatement(statement) || !ts.isBlock(statement.parent)) return false;
  const next = statement.parent.statements[statement.parent.statements.indexOf(statement) + 1];
  if (!next || !ts.isIfStatement(next) || !leaves(next.thenStatement)) return false;
  const condition = unwrapExpression(next.expression);
  return ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken && ts.isIdentifier(unwrapExpression(condition.operand)) && (unwrapExpression(condition.operand) as ts.Identifier).text === declaration.name.text;
}

function isResultUsed(call: ts.CallExpression): boolean {
  let outer = call.parent;
  while (ts.isAwaitExpression(outer) || ts.isParenthesizedExpression(outer)) outer = outer.parent;
  return !ts.isExpressionStatement(outer);
}

/**
 * True when `node` verifies a signature over the request and stops when it fails: Stripe `constructEvent`, Svix
 * `webhook.verify(...)`, an HMAC compared with `timingSafeEqual`, an awaited QStash `receiver.verify(...)`, a
 * `verify…Signature` helper. A verification that throws inside a `try` whose `catch` carries on checks nothing.
 */
export function verifiesSignature(node: ts.Node, isImportedReceiver?: (local: string) => boolean, isConstantTimeCompare?: (local: string) => boolean): boolean {
  if (!textMatches(node, signatureHint)) return false;
  return someDescendant(node, (candidate) => {
    if (ts.isIfStatement(candidate)) return refusesUnlessKeyedDigestMatches(candidate) || (!!isConstantTimeCompare && refusesUnlessComparerMatches(candidate, isConstantTimeCompare));
    if (!ts.isCallExpression(candidate)) return false;
    // `getStripe(c).webhooks.constructEventAsync(...)`: a client built by a call has no dotted name, its method still counts.
    const last = methodNameOf(candidate);
    // Svix: `new Webhook(secret).verify(payload, headers)` or `wh.verify(...)` on a Webhook instance.
    const isSvixVerify = last === "verify" && ts.isPropertyAccessExpression(candidate.expression) && /webhook|^wh$|svix/i.test(candidate.expression.expression.getText());
    if (isAwaitedAppleVerify(candidate)) return true;
    const isAwaitedQstashVerify = ts.isAwaitExpression(candidate.parent) && isQstashVerify(candidate, isImportedReceiver);
    if (!signatureCheck.test(last) && !isSvixVerify && !isAwaitedQstashVerify) return false;
    return !((throwingSignatureCheck.test(last) || isSvixVerify) && isSwallowed(candidate));
  });
}

/** The App Store Server Library's verifier, which checks a signed payload's JWS chain up to Apple's root and throws otherwise. */
const appleVerifierModule = "@apple/app-store-server-library";
const appleVerifyCall = /^verifyAndDecode(Notification|Transaction|RenewalInfo|AppTransaction)$/;

/**
 * `await verifier.verifyAndDecodeNotification(signedPayload)` in a file that imports `SignedDataVerifier` from the App
 * Store Server Library, its failure not swallowed: Apple's signature over the notification is verified.
 */
function isAwaitedAppleVerify(call: ts.CallExpression): boolean {
  return (
    appleVerifyCall.test(methodNameOf(call)) &&
    ts.isPropertyAccessExpression(unwrapExpression(call.expression)) &&
    ts.isAwaitExpression(call.parent) &&
    importedModuleOf("SignedDataVerifier", call) === appleVerifierModule &&
    !isSwallowed(call)
  );
}

/**
 * `for (const env of envs) { try { return await verifyIn(env, payload) } catch (e) { last = e } } throw last`: every
 * value the function returns is the awaited answer of a function of its own file that verifies a signature, and its
 * body ends by throwing, so it answers verified data or fails. Trying one verification after another is no swallowing.
 */
export function answersOnlyVerified(fn: FunctionLike): boolean {
  if (!fn.body || !ts.isBlock(fn.body)) return false;
  const last = fn.body.statements[fn.body.statements.length - 1];
  const returned = returnedExpressions(fn);
  if (!last || !ts.isThrowStatement(last) || !returned || returned.length === 0) return false;
  return returned.every((value) => {
    const awaited = unwrapExpression(value);
    const call = ts.isAwaitExpression(awaited) ? unwrapExpression(awaited.expression) : undefined;
    const target = call && ts.isCallExpression(call) && ts.isIdentifier(call.expression) ? functionBoundTo(call.expression.text, call) : undefined;
    return !!target?.body && target !== fn && verifiesSignature(target.body);
  });
}

/**
 * `if (expected !== sent) return 401` with `expected` a digest keyed by a secret setting (`createHmac("sha256",
 * process.env.HOOK_SECRET).update(raw).digest("base64")`, or a hash of `CLIENT_SECRET + raw`): an HMAC compared by
 * hand, the handler leaving when the sender's value differs.
 */
function refusesUnlessKeyedDigestMatches(statement: ts.IfStatement): boolean {
  const condition = unwrapExpression(statement.expression);
  if (!ts.isBinaryExpression(condition) || !leaves(statement.thenStatement)) return false;
  const operator = condition.operatorToken.kind;
  if (operator !== ts.SyntaxKind.ExclamationEqualsEqualsToken && operator !== ts.SyntaxKind.ExclamationEqualsToken) return false;
  return isKeyedDigest(condition.left) || isKeyedDigest(condition.right);
}

/**
 * `if (!secureCompare(digest, sent)) throw …` with `digest` keyed by a secret setting: the HMAC compared by a project
 * function, which verifies when `isConstantTimeCompare` says that function answers a constant-time compare.
 */
function refusesUnlessComparerMatches(statement: ts.IfStatement, isConstantTimeCompare: (local: string) => boolean): boolean {
  const condition = unwrapExpression(statement.expression);
  if (!ts.isPrefixUnaryExpression(condition) || condition.operator !== ts.SyntaxKind.ExclamationToken || !leaves(statement.thenStatement)) return false;
  const call = unwrapExpression(condition.operand);
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.arguments.length !== 2) return false;
  return call.arguments.some(isKeyedDigest) && isConstantTimeCompare(call.expression.text);
}

/**
 * The function answers only `false` or what a constant-time compare answers: node:crypto's `timingSafeEqual(a, b)`
 * (imported, or as `crypto.timingSafeEqual`), or the answer of another function of the same file that does
 * (`return compareBuffers(Buffer.from(a), Buffer.from(b))`), followed a few levels.
 */
export function answersConstantTimeCompare(fn: FunctionLike, depth = 0): boolean {
  const returned = returnedExpressions(fn)?.map(unwrapExpression).filter((value) => value.kind !== ts.SyntaxKind.FalseKeyword);
  if (!returned || returned.length === 0 || depth > 3) return false;
  return returned.every((value) => {
    if (!ts.isCallExpression(value)) return false;
    const callee = unwrapExpression(value.expression);
    if (ts.isPropertyAccessExpression(callee)) return callee.name.text === "timingSafeEqual" && ts.isIdentifier(callee.expression) && isCryptoModule(importedModuleOf(callee.expression.text, callee));
    if (!ts.isIdentifier(callee)) return false;
    if (callee.text === "timingSafeEqual") return isCryptoModule(importedModuleOf(callee.text, callee));
    const declaration = findDeclaration(callee.text, callee);
    const local = declaration && (ts.isFunctionDeclaration(declaration) ? declaration : ts.isVariableDeclaration(declaration) && declaration.initializer ? unwrapExpression(declaration.initializer) : undefined);
    return !!local && isFunctionLike(local) && answersConstantTimeCompare(local, depth + 1);
  });
}

function isCryptoModule(module: string | undefined): boolean {
  return module === "crypto" || module === "node:crypto";
}

/** A `.digest(...)` result (or a const holding one) whose computation reads a secret setting, directly or through a const. */
function isKeyedDigest(value: ts.Expression): boolean {
  let expression = unwrapExpression(value);
  if (ts.isIdentifier(expression)) {
    const declaration = findDeclaration(expression.text, expression);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
    expression = unwrapExpression(declaration.initializer);
  }
  if (!ts.isCallExpression(expression) || methodNameOf(expression) !== "digest") return false;
  const readsSecret = (node: ts.Node, depth: number): boolean =>
    someDescendant(node, (inner) => {
      if (!ts.isIdentifier(inner)) return false;
      if (isSecretName(inner.text)) return true;
      const declaration = depth === 0 && inner !== node ? findDeclaration(inner.text, inner) : undefined;
      return !!declaration && ts.isVariableDeclaration(declaration) && !!declaration.initializer && readsSecret(declaration.initializer, depth + 1);
    });
  return readsSecret(expression, 0);
}

/** The name a call is made by: `verify` of `a.b.verify(...)`, also when the receiver is itself a call (`getClient(c).verify(...)`). */
function methodNameOf(call: ts.CallExpression): string {
  const callee = unwrapExpression(call.expression);
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return ts.isIdentifier(callee) ? callee.text : "";
}

/** The call sits in a `try` whose `catch` neither returns nor throws, so a failure is logged and the work goes on. */
function isSwallowed(call: ts.Node): boolean {
  for (let child: ts.Node = call, parent = call.parent; parent && !isFunctionLike(parent); child = parent, parent = parent.parent) {
    if (ts.isTryStatement(parent) && parent.tryBlock === child) {
      return !!parent.catchClause && !someDescendant(parent.catchClause.block, (node) => ts.isReturnStatement(node) || ts.isThrowStatement(node));
    }
  }
  return false;
}

/**
 * `receiver.verify({ signature, body })` on a QStash `Receiver`. It resolves to a boolean: only an awaited call checks
 * anything, since the promise itself is always truthy. A receiver imported from another module
 * (`import { receiver } from "@/lib/cron"`) counts when `isImportedReceiver` says that module made it.
 */
function isQstashVerify(call: ts.CallExpression, isImportedReceiver?: (local: string) => boolean): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "verify" || !ts.isIdentifier(callee.expression)) return false;
  const receiver = callee.expression.text;
  if (importedModuleOf(receiver, call) !== undefined) return isImportedReceiver?.(receiver) === true;
  const declaration = findDeclaration(receiver, call);
  return !!declaration && ts.isVariableDeclaration(declaration) && createsQstashReceiver(declaration);
}

/**
 * `const isValid = receiver.verify(...)` or `if (!receiver.verify(...))` in `handler`, on a QStash `Receiver` this file
 * makes, without `await`: the handler means to refuse unsigned requests, but the promise it tests is always truthy.
 */
export function unawaitedQstashVerify(handler: ts.Node): ts.CallExpression | undefined {
  let found: ts.CallExpression | undefined;
  someDescendant(handler, (node) => {
    if (!ts.isCallExpression(node) || !isQstashVerify(node)) return false;
    const parent = node.parent;
    const isTested = (ts.isVariableDeclaration(parent) && parent.initializer === node) || (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken) || (ts.isIfStatement(parent) && parent.expression === node);
    if (isTested) found = node;
    return isTested;
  });
  return found;
}

/** `const receiver = new Receiver({ currentSigningKey, nextSigningKey })` with `Receiver` imported from `@upstash/qstash`. */
export function createsQstashReceiver(declaration: ts.VariableDeclaration): boolean {
  const created = declaration.initializer && unwrapExpression(declaration.initializer);
  if (!created || !ts.isNewExpression(created) || !ts.isIdentifier(created.expression)) return false;
  return importedModuleOf(created.expression.text, created) === "@upstash/qstash";
}

/**
 * Helpers a handler hands part of the request to and whose answer it uses (`const result = await handleEvent(body,
 * signature)`): candidates for a signature check in another module, which the link step looks up by name.
 */
function signatureHelperCalls(handler: FunctionLike): GuardRef[] {
  if (!handler.body) return [];
  // A handler that names no signature may still read a signed token (an e-mail link's): only a helper whose answer it
  // refuses on the next line (`const email = readLinkToken(token); if (!email) return 400`) is a candidate then.
  const namesSignature = textMatches(handler.body, signatureMention);
  if (!namesSignature && !textMatches(handler.body, tokenMention)) return [];
  const parameters = parameterNames(handler);
  const found = new Map<string, GuardRef>();
  someDescendant(handler.body, (node) => {
    if (!ts.isCallExpression(node) || node.arguments.length === 0) return false;
    if (!isResultUsed(node)) {
      // `try { await this.billing.readEvent(raw, signature) } catch { return res.status(400)… }`: an injected service's
      // signature check whose throw stops the work may leave its answer unused; its method must verify, as below.
      const method = namesSignature && ts.isAwaitExpression(node.parent) && !isSwallowed(node) && isInjectedServiceSignatureCheck(node) ? projectCalleeName(node) : undefined;
      if (method !== undefined) found.set(method, { name: method, kind: "verifier", span: spanOf(node) });
      // `assertSigned(rawBody, req.get("X-Signature"))`: a function of this file that throws unless the signature
      // verifies; its answer is nothing, its throw stops the handler.
      else if (namesSignature && ts.isIdentifier(node.expression) && !isSwallowed(node) && throwsUnlessSignatureVerifies(functionBoundTo(node.expression.text, node))) {
        found.set(node.expression.text, { name: "signature", kind: "inline", span: spanOf(node) });
      }
      return false;
    }
    const refused = isRefusedWithout(node);
    if (!namesSignature && !refused) return false;
    const name = ts.isIdentifier(node.expression) ? node.expression.text : dottedName(node.expression);
    if (name === undefined || found.has(name)) return false;
    // `const link = readLink(token); if (!link) return 400`: guards when the helper answers nothing unless a JWT it is handed verifies.
    const refusedTokenPositions = refused ? node.arguments.map((_, position) => position) : undefined;
    // A method of a service or SDK client handed the signature header's value (`await service.parseWebhookEvent({ payload,
    // signature })`): the link step cannot follow the object, and the signature is handed on to be checked.
    // Awaited: a check that answers through a promise and is not awaited (`const ok = receiver.verify(...)`) passes everyone.
    // Likewise the caller's bearer secret handed to a package that checks it (a SCIM directory-sync controller).
    // Or an imported function's synchronous check answering a boolean, kept and refused on the next line (`const ok =
    // validateRequest(token, req.headers["x-hook-signature"], url, body); if (!ok) return 401`); a method of a local
    // object (QStash's `receiver.verify`) may answer a promise, always truthy, and is left to the awaited case.
    const importedCheck = refused && ts.isIdentifier(node.expression) && importedModuleOf(node.expression.text, node) !== undefined;
    const handsSignature = (ts.isAwaitExpression(node.parent) || importedCheck) && handsCredentialHeader(node);
    // `validateEvent(rawBody, request.headers, process.env.HOOK_SECRET)`: the signature travels in the headers handed whole.
    const handsHeadersAndSecret = ts.isIdentifier(node.expression) && handsRequestHeadersAndSecret(node, parameters) && failureStopsHandler(node, handler);
    if (ts.isIdentifier(node.expression) || handsSignature) {
      found.set(name, {
        name,
        kind: "verifier",
        span: spanOf(node),
        ...(handsSignature && { handsSignature: true }),
        ...(handsHeadersAndSecret && { handsHeadersAndSecret: true }),
        ...(isDigestComparedWithSignature(node) && { digestComparedWithSignature: true }),
        ...(refusedTokenPositions && { refusedTokenPositions }),
      });
    }
    else if (isInjectedServiceSignatureCheck(node)) {
      // `this.billing.validateRequest(rawBody, req.headers["stripe-signature"], secret)`: a method of the injected service's
      // class, named as the project model names it (`BillingService.validateRequest`), verifies when its body does.
      const method = projectCalleeName(node);
      if (method !== undefined) found.set(method, { name: method, kind: "verifier", span: spanOf(node) });
    }
    return false;
  });
  return [...found.values()];
}

/** The function throws when a signature check fails: `if (!timingSafeEqual(digest, sent)) throw new Error(...)`. */
function throwsUnlessSignatureVerifies(fn: FunctionLike | undefined): boolean {
  if (!fn?.body || !ts.isBlock(fn.body)) return false;
  return descendantsOfKind<ts.IfStatement>(fn.body, ts.SyntaxKind.IfStatement).some(
    (statement) => leaves(statement.thenStatement) && someDescendant(statement.thenStatement, ts.isThrowStatement) && verifiesSignature(statement.expression),
  );
}

/**
 * `const digest = signBody({ raw, secret }); … if (sent !== digest) return 401`: the call's answer, kept in a const, is
 * compared with a signature header's value by a later statement of the same block, which leaves when they differ.
 */
function isDigestComparedWithSignature(call: ts.CallExpression): boolean {
  const declaration = ts.isVariableDeclaration(call.parent) ? call.parent : undefined;
  const statement = declaration?.parent.parent;
  if (!declaration || !ts.isIdentifier(declaration.name) || !statement || !ts.isVariableStatement(statement) || !ts.isBlock(statement.parent)) return false;
  const local = declaration.name.text;
  const isLocal = (value: ts.Expression): boolean => ts.isIdentifier(unwrapExpression(value)) && (unwrapExpression(value) as ts.Identifier).text === local;
  const { statements } = statement.parent;
  return statements.slice(statements.indexOf(statement) + 1).some((later) => {
    const operands = refusedMismatchOperands(later);
    if (!operands) return false;
    const [left, right] = operands;
    return (isLocal(left) && readsHeader(right, credentialHeader, 0)) || (isLocal(right) && readsHeader(left, credentialHeader, 0));
  });
}

/**
 * The function answers only an HMAC keyed by one of its parameters (`return createHmac("sha1", secret).update(raw)
 * .digest("hex")`, node:crypto's, also through `crypto.createHmac`): its caller decides what the key is.
 */
export function answersKeyedHmac(fn: FunctionLike): boolean {
  const returned = returnedExpressions(fn)?.map(unwrapExpression);
  if (!returned || returned.length === 0) return false;
  const parameters = new Set<string>();
  for (const parameter of fn.parameters) collectBindingNames(parameter.name, parameters);
  return returned.every((value) => {
    if (!ts.isCallExpression(value) || methodNameOf(value) !== "digest") return false;
    let receiver: ts.Expression = value.expression;
    while (ts.isPropertyAccessExpression(receiver) || ts.isCallExpression(receiver)) {
      if (ts.isCallExpression(receiver) && isCryptoCreateHmac(receiver)) {
        const key = receiver.arguments[1] && unwrapExpression(receiver.arguments[1]);
        return !!key && ts.isIdentifier(key) && parameters.has(key.text);
      }
      receiver = receiver.expression;
    }
    return false;
  });
}

function isCryptoCreateHmac(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  if (ts.isIdentifier(callee)) return callee.text === "createHmac" && isCryptoModule(importedModuleOf(callee.text, callee));
  return ts.isPropertyAccessExpression(callee) && callee.name.text === "createHmac" && ts.isIdentifier(callee.expression) && isCryptoModule(importedModuleOf(callee.expression.text, callee));
}

/** `this.billing.readEvent(rawBody, signature)`: a method of a member of the handler's class handed a signature header's value. */
function isInjectedServiceSignatureCheck(call: ts.CallExpression): boolean {
  return (dottedName(call.expression) ?? "").startsWith("this.") && isSignatureCheck(call);
}

/** The call is handed the request's headers whole and a setting named as a secret (`process.env.HOOK_SECRET ?? ""`). */
function handsRequestHeadersAndSecret(call: ts.CallExpression, parameters: ReadonlySet<string>): boolean {
  const values = handedValues(call);
  const isRequestHeaders = (value: ts.Expression): boolean =>
    ts.isPropertyAccessExpression(value) && value.name.text === "headers" && ts.isIdentifier(unwrapExpression(value.expression)) && parameters.has((unwrapExpression(value.expression) as ts.Identifier).text);
  const isSecretArgument = (value: ts.Expression): boolean => secretSettingName(ts.isBinaryExpression(value) && isFallbackOperator(value.operatorToken.kind) ? value.left : value) !== undefined;
  return values.some(isRequestHeaders) && values.some(isSecretArgument);
}


/**
 * A throw of `call` stops the handler: nothing between them swallows it, or a helper that turns it into a result
 * (`const checked = await tryCatch(async () => verify(...))`) is handed the function making the call, and the
 * handler tests that result next and leaves on it (`if (!checked.ok) throw checked.error`).
 */
function failureStopsHandler(call: ts.CallExpression, handler: FunctionLike): boolean {
  if (isSwallowed(call)) return false;
  const enclosing = enclosingFunction(call);
  if (enclosing === handler) return true;
  const wrapper = enclosing?.parent;
  if (!wrapper || !ts.isCallExpression(wrapper) || !wrapper.arguments.some((argument) => argument === enclosing) || enclosingFunction(wrapper) !== handler) return false;
  let holder: ts.Node = wrapper.parent;
  while (ts.isAwaitExpression(holder) || ts.isParenthesizedExpression(holder)) holder = holder.parent;
  if (!ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name) || !ts.isVariableStatement(holder.parent.parent)) return false;
  const statement = holder.parent.parent;
  const block = statement.parent;
  const next = ts.isBlock(block) ? block.statements[block.statements.indexOf(statement) + 1] : undefined;
  const result = holder.name.text;
  return !!next && ts.isIfStatement(next) && leaves(next.thenStatement) && someDescendant(next.expression, (node) => ts.isIdentifier(node) && node.text === result);
}

/**
 * A call that also receives a signature header of the request (`verify(raw, req.headers.get("x-hub-signature-256"))`,
 * `constructEvent({ payload, sigHeader })` with `sigHeader` read from one): it checks the raw body against the
 * sender's signature, so what it yields is the provider's own data.
 */
export function isSignatureCheck(call: ts.CallExpression): boolean {
  return handedValues(call).some((value) => readsHeader(value, signatureHeader, 0));
}

/** Headers that carry a payload's signature: `stripe-signature`, `x-shopify-hmac-sha256`, `x-nowpayments-sig`. */
const signatureHeader = /signature|hmac|(^|-)sig(-|$)/i;
/** Headers that carry the caller's proof: a payload signature, or the `Authorization` credential (`Bearer <secret>`). */
const credentialHeader = new RegExp(`${signatureHeader.source}|^authorization$`, "i");

/**
 * A call handed a signature header's value or the caller's `Authorization` credential, also inside an object it is
 * handed (`requests.handle({ directoryId, apiSecret, body })` with `apiSecret` the bearer token): a package that is
 * given the proof and answers checks it, as Stripe's `constructEvent` checks the signature.
 */
function handsCredentialHeader(call: ts.CallExpression): boolean {
  return handedValues(call).some((value) => readsHeader(value, credentialHeader, 0));
}

/** True when `node` is the value of a request header `header` names, through a few locals and the unwrapping of a scheme (`auth.split(" ")[1]`). */
function readsHeader(node: ts.Expression, header: RegExp, depth: number): boolean {
  const expression = unwrapExpression(node);
  if (ts.isIdentifier(expression) && depth < 3) {
    const declaration = findDeclaration(expression.text, expression);
    // NestJS `@Headers("stripe-signature") signature: string`: the parameter holds the header's value.
    if (declaration && ts.isParameter(declaration)) return decoratorsOf(declaration).some((decorator) => calleeText(decorator) === "Headers" && header.test(stringValue(ts.isCallExpression(decorator.expression) ? decorator.expression.arguments[0] : undefined) ?? ""));
    return !!declaration && ts.isVariableDeclaration(declaration) && !!declaration.initializer && readsHeader(declaration.initializer, header, depth + 1);
  }
  // `const request = { apiSecret, body }` handed by name: one of its own values (not a nested `headers: { … }` passed on).
  if (ts.isObjectLiteralExpression(expression) && depth > 0) {
    return expression.properties.some((property) =>
      ts.isShorthandPropertyAssignment(property) ? readsHeader(property.name, header, depth) : ts.isPropertyAssignment(property) && !ts.isObjectLiteralExpression(property.initializer) && readsHeader(property.initializer, header, depth),
    );
  }
  if (ts.isBinaryExpression(expression)) return readsHeader(expression.left, header, depth);
  // `auth ? auth.split(" ")[1] : null`: the value when the header is there.
  if (ts.isConditionalExpression(expression)) return readsHeader(expression.whenTrue, header, depth);
  if (ts.isElementAccessExpression(expression)) {
    const key = stringValue(expression.argumentExpression);
    // `auth.split(" ")[1]`: the token after the scheme.
    if (key === undefined && ts.isNumericLiteral(expression.argumentExpression)) return readsHeader(expression.expression, header, depth);
    return header.test(key ?? "");
  }
  if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression)) {
    const method = expression.expression.name.text;
    if (/^(get|header)$/.test(method)) return header.test(stringValue(expression.arguments[0]) ?? "");
    // `auth.replace("Bearer ", "")`, `auth.slice(7)`: the header's value without its scheme.
    if (/^(split|replace|slice|substring|trim)$/.test(method)) return readsHeader(expression.expression.expression, header, depth);
  }
  // A project helper asked for the header by name (`getHeader({ context, name: "stripe-signature" })`).
  if (ts.isCallExpression(expression)) return handedValues(expression).some((value) => header.test(stringValue(value) ?? ""));
  return false;
}

/** WebAuthn server libraries and their calls that run the sign-in (assertion) ceremony, not the registration of a key. */
const webAuthnModule = /^(@simplewebauthn\/server|fido2-lib)$/;
const signInCeremonyCall = /^(generateAuthenticationOptions|verifyAuthenticationResponse|assertionOptions|assertionResult)$/;
const webAuthnSpelling = /Authentication(Options|Response)|assertion(Options|Result)/;

/**
 * True when the handler runs a step of signing in with a passkey: it calls a WebAuthn library's authentication
 * (assertion) function, which serves callers who have no session yet by design. Registering a key is not such a step.
 */
export function runsSignInCeremony(handler: FunctionLike): boolean {
  if (!handler.body || !textMatches(handler.body, webAuthnSpelling)) return false;
  return someDescendant(handler.body, (node) => ts.isCallExpression(node) && isLibraryCall(node, webAuthnModule, signInCeremonyCall));
}

/** `lib.generateState()` or an imported `generateState()`: the last name of the callee matches `member`, and its root is imported from a module matching `module`. */
function isLibraryCall(call: ts.CallExpression, module: RegExp, member: RegExp): boolean {
  const name = calleeText(call) ?? "";
  return member.test(name.slice(name.lastIndexOf(".") + 1)) && module.test(importedModuleOfRoot(name, call) ?? "");
}

/** OAuth/OIDC client libraries and their calls that make the one-time values of an authorization request. */
const oauthClientModule = /^(oauth4webapi|openid-client|arctic)$/;
const authorizationRequestValue = /^(generateRandomState|generateRandomCodeVerifier|generateRandomNonce|randomState|randomPKCECodeVerifier|randomNonce|generateState|generateCodeVerifier|state|codeVerifier|nonce)$/;

/**
 * The first leg of an OAuth/OIDC sign-in: the handler makes an authorization request's state or PKCE verifier with a
 * client library (oauth4webapi `generateRandomCodeVerifier`, openid-client `randomState`, arctic `generateState`) and
 * answers with a redirect, to the provider's authorization page. A caller without a session takes it by design; what
 * it stores is checked by the callback.
 */
export function startsOAuthSignIn(handler: FunctionLike): boolean {
  const body = handler.body;
  if (!body || !ts.isBlock(body) || !textMatches(body, /redirect/i)) return false;
  const last = body.statements[body.statements.length - 1];
  const answer = last && ts.isReturnStatement(last) ? last.expression : last && ts.isExpressionStatement(last) ? last.expression : undefined;
  if (!answer || !isRedirect(answer)) return false;
  return someDescendant(body, (node) => ts.isCallExpression(node) && isLibraryCall(node, oauthClientModule, authorizationRequestValue));
}

/** Static-file servers: Hono's `serveStatic` for each runtime, serve-static (behind `express.static`), koa-static. */
const staticServerModule = /^(hono\/[\w-]+|@hono\/node-server(\/serve-static)?|serve-static|koa-static)$/;

/**
 * `async (c, next) => { const res = await serveStatic({ path })(c, next); … return res ?? c.notFound() }`: the handler
 * runs a static-file server on the request and waits on nothing else, so all it can do is answer with a file of the
 * build it serves.
 */
export function servesStaticFiles(handler: FunctionLike): boolean {
  const body = handler.body;
  if (!body || !textMatches(body, /static/i)) return false;
  let serves = false;
  let waitsOnOther = false;
  const isStaticServer = (call: ts.Expression): boolean =>
    ts.isCallExpression(call) && (calleeText(call) === "express.static" ? importedModuleOf("express", call) === "express" : isLibraryCall(call, staticServerModule, /^(serveStatic|serve)$/));
  someDescendant(body, (node) => {
    if (ts.isCallExpression(node) && isStaticServer(unwrapExpression(node.expression))) serves = true;
    else if (ts.isAwaitExpression(node)) {
      const awaited = unwrapExpression(node.expression);
      if (!ts.isCallExpression(awaited) || !isStaticServer(unwrapExpression(awaited.expression))) waitsOnOther = true;
    }
    return false;
  });
  return serves && !waitsOnOther;
}

/**
 * A sign-in or sign-up step, reachable without a session by design: the handler hands a secret the caller submitted
 * (`body.password`, `req.body.authToken`) to a call — a password-hash compare, an identity provider's login or client —
 * and afterwards binds a user to the request's own session (`req.session.userId = user.id`, passport's
 * `req.logIn(user)`); or refuses with 401/403 on the branch where that check fails (`if (user && await
 * user.matchPassword(password)) { … } else { res.status(401) … }`); or logs in an account it has just created from the
 * request (`const user = new User(req.body); await user.save(); req.logIn(user)`). Binding a session to an account
 * that already existed, without checking a submitted secret first, is no such step.
 */
export function signsInWithSubmittedSecret(handler: FunctionLike): boolean {
  const request = handler.parameters[0];
  if (!handler.body || !request || !ts.isIdentifier(request.name) || !textMatches(handler.body, signInSpelling)) return false;
  const requestName = request.name.text;
  const handsSecret = (node: ts.Node): boolean => (ts.isCallExpression(node) || ts.isNewExpression(node)) && !!node.arguments?.some((argument) => isSubmittedSecret(argument, requestName));
  let secretHandedAt: number | undefined;
  let sessionBoundAt: number | undefined;
  let signs = false;
  someDescendant(handler.body, (node) => {
    if (handsSecret(node)) {
      secretHandedAt = Math.min(secretHandedAt ?? Infinity, node.getStart());
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && isRequestSessionMember(node.left, requestName)) {
      sessionBoundAt = Math.max(sessionBoundAt ?? -Infinity, node.getStart());
    } else if (ts.isCallExpression(node) && isSessionLogIn(node, requestName)) {
      sessionBoundAt = Math.max(sessionBoundAt ?? -Infinity, node.getStart());
      signs ||= isCreatedHere(node.arguments[0], handler);
    } else if (ts.isIfStatement(node) && someDescendant(node.expression, handsSecret)) {
      signs ||= (leaves(node.thenStatement) && rejectsUnauthenticated(node.thenStatement)) || (!!node.elseStatement && rejectsUnauthenticated(node.elseStatement));
    } else if (ts.isCallExpression(node) && tokenIssuer.test(calleeText(node) ?? "")) {
      // `generateToken(res, user._id)` for `const user = await User.create({ email, password })`: a sign-up that
      // hands the new account its token. The password it is created with tells it from a token minted for a record.
      signs ||= node.arguments.some((argument) => isCreatedHere(rootIdentifierOf(argument), handler, true));
    }
    return signs;
  });
  return signs || (secretHandedAt !== undefined && sessionBoundAt !== undefined && secretHandedAt < sessionBoundAt);
}

const signInSpelling = /session|logIn|login|40[13]|nauthori[sz]ed|forbidden|token|jwt/i;
/** A call that issues a session token: `generateToken(...)`, `generateJWTforUser(...)`, `signAccessToken(...)`, `jwt.sign(...)`. */
const tokenIssuer = /^((generate|sign|issue|create|make)\w*(token|jwt)\w*|jwt\.sign)$/i;
const passwordProperty = /password/i;

/** Passport's `req.logIn(user, done)` (`req.login`, koa-passport's `ctx.login`): opens the request's login session for the account handed. */
function isSessionLogIn(call: ts.CallExpression, requestName: string): boolean {
  const callee = unwrapExpression(call.expression);
  return ts.isPropertyAccessExpression(callee) && /^log[iI]n$/.test(callee.name.text) && ts.isIdentifier(unwrapExpression(callee.expression)) && (unwrapExpression(callee.expression) as ts.Identifier).text === requestName && call.arguments.length > 0;
}

/**
 * `user` held by a local of the handler made there: `new User(req.body)`, `await Account.create({ … })`; with
 * `withPassword`, made from an object literal with a password among its properties (`create({ email, password })`).
 */
function isCreatedHere(argument: ts.Expression | undefined, handler: FunctionLike, withPassword = false): boolean {
  const value = argument && unwrapExpression(argument);
  if (!value || !ts.isIdentifier(value)) return false;
  const initializer = constInitializerOf(value);
  let made = initializer && unwrapExpression(initializer);
  if (made && ts.isAwaitExpression(made)) made = unwrapExpression(made.expression);
  if (!made || enclosingFunction(made) !== handler) return false;
  const creation = ts.isNewExpression(made) || (ts.isCallExpression(made) && ts.isPropertyAccessExpression(unwrapExpression(made.expression)) && (unwrapExpression(made.expression) as ts.PropertyAccessExpression).name.text === "create") ? made : undefined;
  if (!creation || !withPassword) return creation !== undefined;
  const fields = creation.arguments?.[0] && unwrapExpression(creation.arguments[0]);
  return !!fields && ts.isObjectLiteralExpression(fields) && fields.properties.some((property) => !!property.name && ts.isIdentifier(property.name) && passwordProperty.test(property.name.text));
}

/** `user` of `user._id` or `user`: the local a value is read off. */
function rootIdentifierOf(expression: ts.Expression): ts.Expression {
  let root = unwrapExpression(expression);
  while (ts.isPropertyAccessExpression(root)) root = unwrapExpression(root.expression);
  return root;
}

/** `body.password`, `req.body.authToken`: a field named as a secret, read from the request's body (directly or through a local holding it). */
function isSubmittedSecret(argument: ts.Expression, requestName: string): boolean {
  let value = unwrapExpression(argument);
  // `body.password ?? ""`: the submitted value with a fallback for a missing field.
  if (ts.isBinaryExpression(value) && isFallbackOperator(value.operatorToken.kind)) value = unwrapExpression(value.left);
  // `const { email, password } = req.body`: a field named as a secret, destructured from the body.
  if (ts.isIdentifier(value)) {
    const declaration = findDeclaration(value.text, value);
    if (!declaration || !ts.isBindingElement(declaration) || !ts.isObjectBindingPattern(declaration.parent) || !ts.isVariableDeclaration(declaration.parent.parent)) return false;
    const field = declaration.propertyName ?? declaration.name;
    const initializer = declaration.parent.parent.initializer;
    return ts.isIdentifier(field) && isSecretName(field.text) && !!initializer && isRequestBody(unwrapExpression(initializer), requestName);
  }
  if (!ts.isPropertyAccessExpression(value) || !isSecretName(value.name.text)) return false;
  let holder = unwrapExpression(value.expression);
  if (ts.isIdentifier(holder)) {
    const declaration = findDeclaration(holder.text, holder);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
    holder = unwrapExpression(declaration.initializer);
  }
  return isRequestBody(holder, requestName);
}

/** `req.body`, with `req` the handler's request parameter. */
function isRequestBody(expression: ts.Expression, requestName: string): boolean {
  return ts.isPropertyAccessExpression(expression) && expression.name.text === "body" && ts.isIdentifier(unwrapExpression(expression.expression)) && (unwrapExpression(expression.expression) as ts.Identifier).text === requestName;
}

/** `req.session.userId`: a member of the session the request carries (express-session, koa-session). */
function isRequestSessionMember(target: ts.Expression, requestName: string): boolean {
  const member = unwrapExpression(target);
  if (!ts.isPropertyAccessExpression(member)) return false;
  const session = unwrapExpression(member.expression);
  return ts.isPropertyAccessExpression(session) && session.name.text === "session" && ts.isIdentifier(unwrapExpression(session.expression)) && (unwrapExpression(session.expression) as ts.Identifier).text === requestName;
}

/**
 * A handler that only turns the request into a redirect (`ctx.status = 303; ctx.set("Location", ...)`,
 * `res.redirect(...)`, `return Response.redirect(...)`), after reading and checking it: it changes nothing, so it
 * needs no guard whatever its method (an identity provider's form_post bounced to a GET). Anything awaited other
 * than a read, or a call named for a write, makes it more than a redirect.
 */
export function onlyRedirects(handler: FunctionLike): boolean {
  const body = handler.body;
  if (!body || !ts.isBlock(body) || body.statements.length === 0) return false;
  const fromRequest = parameterNames(handler);
  // Express's third parameter: `else next()` hands the request on unchanged, as middleware does.
  const next = handler.parameters[2];
  const nextName = next && ts.isIdentifier(next.name) ? next.name.text : undefined;
  // `res.redirect(308, …)` once the slug is resolved, else `formatApiResponse(404, res)`: a miss is refused, not acted on.
  const response = handler.parameters[1];
  const responseName = response && ts.isIdentifier(response.name) ? response.name.text : undefined;
  let redirects = false;
  const onlyRedirectsIn = (statements: readonly ts.Statement[]): boolean => {
    for (const statement of statements) {
      if (ts.isVariableStatement(statement)) {
        if (!statement.declarationList.declarations.every((declaration) => !declaration.initializer || callsOnlyReads(declaration.initializer, fromRequest))) return false;
        noteRequestReads(statement, fromRequest);
        continue;
      }
      // `if (!req.secure) return res.redirect(...); else next();`: each branch redirects or passes the request on.
      if (ts.isIfStatement(statement) && callsOnlyReads(statement.expression, fromRequest)) {
        const branches = [statement.thenStatement, statement.elseStatement].filter((branch): branch is ts.Statement => !!branch);
        if (!branches.every((branch) => onlyRedirectsIn(ts.isBlock(branch) ? branch.statements : [branch]))) return false;
        continue;
      }
      const expression = ts.isExpressionStatement(statement) || ts.isReturnStatement(statement) ? statement.expression : undefined;
      if (!expression) return false;
      if (isRedirect(expression)) redirects = true;
      else if (!isAssertion(expression, fromRequest) && !isLogCall(expression) && !isCallOf(expression, nextName) && !isLocalSetFromReads(expression, fromRequest) && !isFixedRefusal(expression, responseName)) return false;
    }
    return true;
  };
  return onlyRedirectsIn(body.statements) && redirects;
}

/** `next()`, or Express's `next("route")`, which skips to the next route: the request is passed on unchanged. */
function isCallOf(expression: ts.Expression, name: string | undefined): boolean {
  const call = unwrapExpression(expression);
  if (name === undefined || !ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== name) return false;
  const [argument, ...rest] = call.arguments;
  return !argument || (rest.length === 0 && stringValue(argument) === "route");
}

/** `index = parseInt(index, 10)`, `pid = await topics.getTopicField(tid, "mainPid")`: a variable of the handler's own set from reads. */
function isLocalSetFromReads(expression: ts.Expression, fromRequest: ReadonlySet<string>): boolean {
  const assignment = unwrapExpression(expression);
  return ts.isBinaryExpression(assignment) && ts.isIdentifier(assignment.left) && isFunctionLocal(assignment.left) && isLocalAssignmentOfReads(assignment, fromRequest);
}

/** `helpers.formatApiResponse(404, res)`: a call handed only the response and constants, one a 4xx status: a fixed refusal. */
function isFixedRefusal(expression: ts.Expression, responseName: string | undefined): boolean {
  const call = unwrapExpression(expression);
  if (responseName === undefined || !ts.isCallExpression(call)) return false;
  const isResponse = (argument: ts.Expression): boolean => ts.isIdentifier(argument) && argument.text === responseName;
  const isConstant = (argument: ts.Expression): boolean => ts.isNumericLiteral(argument) || ts.isStringLiteralLike(argument);
  const refuses = call.arguments.some((argument) => ts.isNumericLiteral(argument) && /^4\d\d$/.test(argument.text));
  return refuses && call.arguments.some(isResponse) && call.arguments.every((argument) => isResponse(argument) || isConstant(argument));
}

/**
 * A handler that only answers a fixed body, changing nothing and calling nothing else: `c.json({ status: "ok" })`, a
 * fixed 500 probe, a not-found fallback that logs the URL and answers 404. Every call is a log line or a method of the
 * request or response it was given (`c.json`, `res.status(404).send`) or builds a `Response`, and none is given
 * anything read from the request; nothing is awaited and nothing outside the handler is assigned. It writes nothing
 * and tells nothing about the caller's data, so whatever its method, it needs no guard.
 */
export function onlyAnswers(handler: FunctionLike, options: AnswerOptions = {}): boolean {
  const body = handler.body;
  if (!body) return false;
  // A route that only throws a fixed error (a monitoring sample, a placeholder export) answers 500 and does nothing.
  if (ts.isBlock(body) && body.statements.length > 0 && body.statements.every(throwsFixedError)) return true;
  const parameters = parameterNames(handler);
  if (parameters.size === 0) return false;
  // A helper answers whatever its caller hands it: what it echoes is its caller's to fix.
  const echoes = options.echoes ?? false;
  const statements = ts.isBlock(body) ? body.statements : undefined;
  const locals = new Set<string>();
  const mentionsInput = (node: ts.Node): boolean => someDescendant(node, (part) => ts.isIdentifier(part) && (parameters.has(part.text) || locals.has(part.text)));
  // A returned value is the answer itself (NestJS, `return { id }`): it too must be fixed.
  const returnsInput = (node: ts.Node): boolean => {
    const value = ts.isReturnStatement(node) ? node.expression && unwrapExpression(node.expression) : undefined;
    return !echoes && !!value && !ts.isCallExpression(value) && !ts.isNewExpression(value) && !ts.isAwaitExpression(value) && mentionsInput(value);
  };
  // `respond(HttpMethod.GET, req, res, { … })`: a project helper that only answers, handed the request, the response and fixed data.
  const isFixedAnswerHelperCall = (call: ts.CallExpression | ts.NewExpression): boolean =>
    ts.isCallExpression(call) &&
    ts.isIdentifier(call.expression) &&
    !!options.isAnswerHelper?.(call.expression.text) &&
    call.arguments.every((argument) => (ts.isIdentifier(argument) && parameters.has(argument.text)) || !mentionsInput(argument));
  const answers = (statement: ts.Statement): boolean =>
    ts.isExpressionStatement(statement) &&
    (answersThrough(statement.expression, parameters) || setsKoaAnswer(statement.expression, parameters) || (ts.isCallExpression(statement.expression) && isFixedAnswerHelperCall(statement.expression)));
  if (statements && !statements.some((statement) => ts.isReturnStatement(statement) || ts.isIfStatement(statement) || answers(statement))) return false;
  const isInert = (node: ts.Node): boolean => {
    if (returnsInput(node)) return false;
    // A simulated latency (`await new Promise((resolve) => setTimeout(resolve, 3000))`) only makes the answer wait.
    if (ts.isAwaitExpression(node) && isPause(node)) return true;
    // `await request.json()`: waiting for this request's own body (or answer) reaches nothing else; what is read is still judged.
    if (ts.isAwaitExpression(node) && answersThrough(node.expression, parameters)) return isInert(node.expression);
    if (ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isDeleteExpression(node) || isFunctionLike(node) || ts.isClassLike(node)) return false;
    if (ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind)) {
      // Koa answers by assignment (`ctx.body = { ok: true }`): fixed, like the call that answers elsewhere.
      if (setsKoaAnswer(node, parameters)) return (echoes || !mentionsInput(node.right)) && isInert(node.right);
      if (!ts.isIdentifier(node.left) || !locals.has(node.left.text)) return false;
    }
    if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) {
      const operator = node.operator;
      if (operator === ts.SyntaxKind.PlusPlusToken || operator === ts.SyntaxKind.MinusMinusToken) return false;
    }
    // A local built only from literals and constants (`const body = { error: "KO" }`) is as fixed as they are.
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && (!node.initializer || containsCall(node.initializer) || mentionsInput(node.initializer))) {
      locals.add(node.name.text);
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      // A log line may say anything about the request; it is still only a log line.
      if (isLogCall(node as ts.Expression) || isProjectLogCall(node)) return true;
      if (isFixedAnswerHelperCall(node)) return true;
      // What it answers is fixed: nothing read from the request or computed here goes into it (an echo is work).
      const echoesInput = !echoes && (node.arguments ?? []).some(mentionsInput);
      if (echoesInput || !isAnswerOrRead(node, parameters)) return false;
    }
    return ts.forEachChild(node, (child) => (isInert(child) ? undefined : true)) !== true;
  };
  if (!statements && !ts.isCallExpression(unwrapExpression(body as ts.Expression)) && mentionsInput(body)) return false;
  return statements ? statements.every(isInert) : isInert(body);
}

/**
 * `await new Promise((resolve) => setTimeout(resolve, 3000))`: a promise whose executor only hands its `resolve` to
 * the global `setTimeout`, so awaiting it waits and does nothing else.
 */
function isPause(node: ts.AwaitExpression): boolean {
  const promise = unwrapExpression(node.expression);
  if (!ts.isNewExpression(promise) || !ts.isIdentifier(promise.expression) || promise.expression.text !== "Promise" || promise.arguments?.length !== 1) return false;
  const executor = unwrapExpression(promise.arguments[0]!);
  if (!ts.isArrowFunction(executor) && !ts.isFunctionExpression(executor)) return false;
  const resolve = executor.parameters[0]?.name;
  if (!resolve || !ts.isIdentifier(resolve)) return false;
  const body = executor.body;
  const only = ts.isBlock(body) ? (body.statements.length === 1 && ts.isExpressionStatement(body.statements[0]!) ? body.statements[0].expression : undefined) : body;
  const call = only && unwrapExpression(only);
  if (!call || !ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== "setTimeout" || findDeclaration("setTimeout", call)) return false;
  const [callback, delay, ...rest] = call.arguments;
  return !!callback && ts.isIdentifier(callback) && callback.text === resolve.text && rest.length === 0 && (!delay || !containsCall(delay));
}

/** `throw new Error("…")`: an error built from literals alone. */
function throwsFixedError(statement: ts.Statement): boolean {
  if (!ts.isThrowStatement(statement) || !statement.expression) return false;
  const error = unwrapExpression(statement.expression);
  return ts.isNewExpression(error) && ts.isIdentifier(error.expression) && (error.arguments ?? []).every((argument) => stringValue(argument) !== undefined);
}

export interface AnswerOptions {
  /** The function is a helper: answering with what its parameters hold is answering with what its caller gave it. */
  echoes?: boolean;
  /** Whether a plain function the handler calls is a project helper that only answers (see `onlyAnswers` with `echoes`). */
  isAnswerHelper?: (name: string) => boolean;
}

/** `c.json(...)`, `res.status(404).send(...)`: an expression answering through the handler's own parameters. */
function answersThrough(expression: ts.Expression, parameters: ReadonlySet<string>): boolean {
  const call = unwrapExpression(expression);
  return ts.isCallExpression(call) && isAnswerOrRead(call, parameters);
}

/** A method of the handler's request or response (`c.json`, `res.status(404).send`, `c.req.header("x")`), or a `Response` built. */
function isAnswerOrRead(call: ts.CallExpression | ts.NewExpression, parameters: ReadonlySet<string>): boolean {
  let root: ts.Expression = unwrapExpression(call.expression);
  // Only the request's reads and the response's setters on the way (`c.req.header`, `res.status(404).json`): `ctx.db.users.delete` is a write.
  while (ts.isPropertyAccessExpression(root) || ts.isCallExpression(root)) {
    if (ts.isPropertyAccessExpression(root) && !answerOrReadMember.test(root.name.text)) return false;
    root = unwrapExpression(root.expression);
  }
  if (!ts.isIdentifier(root)) return false;
  if (parameters.has(root.text)) return root !== unwrapExpression(call.expression);
  return /^(Response|NextResponse)$/.test(root.text);
}

/** `ctx.body = …`, `ctx.status = 404`, `ctx.response.body = …`: a Koa handler answering through its context. */
function setsKoaAnswer(expression: ts.Expression, parameters: ReadonlySet<string>): boolean {
  const assignment = unwrapExpression(expression);
  if (!ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isPropertyAccessExpression(assignment.left)) return false;
  if (!koaAnswerMember.test(assignment.left.name.text)) return false;
  let owner = unwrapExpression(assignment.left.expression);
  if (ts.isPropertyAccessExpression(owner) && owner.name.text === "response") owner = unwrapExpression(owner.expression);
  return ts.isIdentifier(owner) && parameters.has(owner.text);
}
const koaAnswerMember = /^(body|status|type|message)$/;

const answerOrReadMember = /^(json|text|body|html|send|sendStatus|status|end|header|headers|setHeader|get|param|params|query|url|method|path|req|request|type|notFound|newResponse|code|writeHead|redirect)$/;

function isProjectLogStatement(expression: ts.Expression): boolean {
  const call = unwrapExpression(expression);
  return ts.isCallExpression(call) && isProjectLogCall(call);
}

/** `cloudlog({...})`, `logError(e)`: a plain function named for logging. */
function isProjectLogCall(call: ts.CallExpression | ts.NewExpression): boolean {
  return ts.isCallExpression(call) && ts.isIdentifier(call.expression) && /(^log([A-Z]\w*)?$|[a-z]log(Err|Error|Info|Warn)?$)/.test(call.expression.text);
}

/** `ctx.status = 303`, `ctx.set("Location", url)`, `res.redirect(url)`, `Response.redirect(url)`, built from reads only. */
function isRedirect(expression: ts.Expression): boolean {
  const node = unwrapExpression(expression);
  const computed = ts.isCallExpression(node) ? node.arguments : [node];
  const writes = (part: ts.Node): boolean => ts.isAwaitExpression(part) || ((ts.isCallExpression(part) || ts.isNewExpression(part)) && namesAWrite(part));
  if (computed.some((part) => someDescendant(part, writes))) return false;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const status = unwrapExpression(node.right);
    return ts.isPropertyAccessExpression(node.left) && statusProperty.test(node.left.name.text) && ts.isNumericLiteral(status) && /^30[1-8]$/.test(status.text);
  }
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  const method = node.expression.name.text;
  if (method === "redirect") return true;
  const header = node.arguments[0];
  return /^(set|setHeader|header)$/.test(method) && !!header && ts.isStringLiteralLike(header) && /^location$/i.test(header.text);
}

/** `assertThat(parsed.success, new RequestError(...))`: a check that throws, given reads and the error to throw. */
function isAssertion(expression: ts.Expression, fromRequest: ReadonlySet<string>): boolean {
  const call = unwrapExpression(expression);
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !/^assert/i.test(call.expression.text)) return false;
  return call.arguments.every((argument) => ts.isNewExpression(unwrapExpression(argument)) || callsOnlyReads(argument, fromRequest));
}

/** Headers proxies and CDNs put the client's address in. */
const addressHeader = /^(x-forwarded-for|x-real-ip|cf-connecting-ip|true-client-ip|x-client-ip|fly-client-ip|x-vercel-forwarded-for)$/i;

const clientAddressSpelling = /forwarded|real-ip|client-ip|connecting-ip|remoteAddress|\.ips?\b/i;

/** True when `node` reads the client's network address: a forwarding header, `req.ip`, `socket.remoteAddress`. */
export function readsClientAddress(node: ts.Node): boolean {
  if (!textMatches(node, clientAddressSpelling)) return false;
  return someDescendant(
    node,
    (candidate) =>
      (ts.isStringLiteralLike(candidate) && addressHeader.test(candidate.text)) ||
      (ts.isPropertyAccessExpression(candidate) && /^(ip|ips|remoteAddress)$/.test(candidate.name.text)),
  );
}

const userAgentSpelling = /user-agent/i;

/**
 * True when `node` keeps the caller's User-Agent (`req.headers["user-agent"]`, `req.get("User-Agent")`,
 * `c.req.header("user-agent")`) in what it does, directly or through the const it is read into: it describes its
 * caller by the browser the request came from. A read that only feeds a log line describes nothing it keeps.
 */
export function recordsUserAgent(node: ts.Node): boolean {
  return textMatches(node, userAgentSpelling) && someDescendant(node, (candidate) => headerReadName(candidate) === "user-agent" && reachesBeyondLogs(candidate));
}

/**
 * True when `handler` reads the operator's API key for a paid service from the deploy settings (`process.env.GROQ_API_KEY`,
 * `c.env.OPENAI_API_KEY`) itself: each call spends on the operator's account, so a per-address limiter does not make
 * it a public tool (a sign-up or contact form signs or mails with the app's own secrets, not an API key).
 */
export function spendsOperatorApiKey(handler: FunctionLike): boolean {
  const body = handler.body;
  if (!body || !textMatches(body, apiKeySpelling)) return false;
  return someDescendant(body, (node) => {
    if (!ts.isPropertyAccessExpression(node) && !ts.isElementAccessExpression(node) && !ts.isCallExpression(node)) return false;
    const name = deploySettingName(node as ts.Expression);
    return name !== undefined && isApiKeyName(name);
  });
}

const apiKeySpelling = /api_?key/i;

function isApiKeyName(name: string): boolean {
  const words = nameWords(name);
  return isSecretName(name) && words.some((word, index) => word === "key" && words[index - 1] === "api");
}

/** The value `read` is used outside log calls: in place, or through the const whose initializer holds it. */
function reachesBeyondLogs(read: ts.Node): boolean {
  if (isInsideLogCall(read)) return false;
  let holder: ts.Node = read;
  while (!ts.isVariableDeclaration(holder) && !ts.isStatement(holder) && !isFunctionLike(holder)) holder = holder.parent;
  if (!ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name)) return true;
  return referencesOf(holder as ts.VariableDeclaration & { name: ts.Identifier }).some((reference) => !isInsideLogCall(reference));
}

function isInsideLogCall(node: ts.Node): boolean {
  for (let current = node.parent; current && !isFunctionLike(current); current = current.parent) {
    if (ts.isCallExpression(current) && (isLogCall(current) || isProjectLogCall(current))) return true;
  }
  return false;
}

const tooManyRequestsSpelling = /429|TOO_MANY_REQUESTS|rate_?limit(_?exceeded|ed)/i;

/**
 * Where the key of a per-address throttle in the handler comes from: the handler answers 429 in an `if` that tests
 * the result of a call keyed by a value derived from the client's address, or of a helper handed the request that
 * keys its count itself. Returns the functions the address is read through (`getClientIP`, the helper; for the link
 * step to check) and "inline" when the handler reads the address itself; empty when there is no such throttle.
 */
export function addressThrottleSources(handler: FunctionLike): string[] {
  const body = handler.body;
  if (!body || !ts.isBlock(body) || !textMatches(body, tooManyRequestsSpelling)) return [];
  const derived = new Map<string, string>();
  const sources = new Set<string>();
  const statements = throttleStatements(body.statements);
  const parameters = parameterNames(handler);
  for (const [index, statement] of statements.entries()) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!declaration.initializer) continue;
      const initializer = declaration.initializer;
      const bound = new Set<string>();
      collectBindingNames(declaration.name, bound);
      // `const { success } = await ratelimit(`key:${ip}`)` then, once the result is copied out, `if (!success) return ... 429`:
      // the first later `if` that tests what the call answered is the refusal.
      const refusal = statements.slice(index + 1).find((later): later is ts.IfStatement => ts.isIfStatement(later) && [...bound].some((name) => mentions(later.expression, name)));
      const refusesWhenSet = !!refusal && answersTooManyRequestsIn(refusal.thenStatement);
      const keyedBy = someAddressMention(initializer, derived);
      if (keyedBy !== undefined && refusesWhenSet) {
        sources.add(keyedBy);
        continue;
      }
      // `const limited = await checkLimit(c)` then a 429: the helper keys the count itself, by the address if it reads one.
      const helper = delegatedCall(initializer);
      if (refusesWhenSet && helper && ts.isIdentifier(helper.call.expression) && isHandedParameters(helper.call, handler)) {
        sources.add(helper.name);
        continue;
      }
      const seed = addressSeed(initializer, derived, parameters);
      if (seed !== undefined) for (const name of bound) derived.set(name, seed);
    }
  }
  return [...sources];
}

/**
 * The statements a throttle may sit among, in order: the handler's own, with those of a block that only configuration
 * decides to run (`if (!isDev) { … }` with `const isDev = process.env.NODE_ENV === "development"`) read in place.
 * Whatever the request says, such a block runs in production or never. A `try` block's run in order as well: its
 * `catch` only turns what the block throws into the answer.
 */
function throttleStatements(statements: readonly ts.Statement[]): ts.Statement[] {
  return statements.flatMap((statement): ts.Statement[] => {
    if (ts.isTryStatement(statement)) return [statement, ...throttleStatements(statement.tryBlock.statements)];
    if (!ts.isIfStatement(statement) || statement.elseStatement || !ts.isBlock(statement.thenStatement)) return [statement];
    let condition = unwrapExpression(statement.expression);
    if (ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken) condition = unwrapExpression(condition.operand);
    const tested = ts.isIdentifier(condition) ? constInitializerOf(condition) : condition;
    return tested && testedDeploySetting(tested) !== undefined ? [statement, ...statement.thenStatement.statements] : [statement];
  });
}

/**
 * The address a value is read from: "inline" for a forwarding header, `req.ip` or a package's reader handed the request
 * (`ipAddress(req)` of @vercel/functions), else the function whose result it is; either branch of a choice made by
 * configuration (`process.env.VERCEL === "1" ? ipAddress(req) : LOCALHOST_IP`).
 */
function addressSeed(initializer: ts.Expression, derived: ReadonlyMap<string, string>, parameters: ReadonlySet<string>): string | undefined {
  if (readsClientAddress(initializer)) return "inline";
  const value = unwrapExpression(initializer);
  if (ts.isConditionalExpression(value) && testedDeploySetting(value.condition) !== undefined) return addressSeed(value.whenTrue, derived, parameters) ?? addressSeed(value.whenFalse, derived, parameters);
  if (ts.isCallExpression(value) && readsAddressThroughPackage(value, parameters)) return "inline";
  const call = delegatedCall(initializer);
  if (call && ts.isIdentifier(call.call.expression)) {
    const fromDerived = someAddressMention(call.call, derived);
    return fromDerived ?? call.name;
  }
  return someAddressMention(initializer, derived);
}

function someAddressMention(node: ts.Node, derived: ReadonlyMap<string, string>): string | undefined {
  let found: string | undefined;
  someDescendant(node, (candidate) => {
    if (ts.isIdentifier(candidate) && derived.has(candidate.text)) found = derived.get(candidate.text);
    return found !== undefined;
  });
  return found;
}

function mentions(node: ts.Node, name: string): boolean {
  return someDescendant(node, (candidate) => ts.isIdentifier(candidate) && candidate.text === name);
}

function answersTooManyRequestsIn(node: ts.Node): boolean {
  return someDescendant(node, (candidate) => (ts.isNumericLiteral(candidate) && candidate.text === "429" && isStatusPosition(candidate)) || (ts.isIdentifier(candidate) && candidate.text === "TOO_MANY_REQUESTS") || isTooManyRequestsCode(candidate));
}

/**
 * `throw new TRPCError({ code: "TOO_MANY_REQUESTS" })`, `throw new ApiError({ code: "rate_limit_exceeded" })`: an
 * error whose code says the caller is over its rate, which its error handler answers as a 429.
 */
function isTooManyRequestsCode(node: ts.Node): boolean {
  if (!ts.isStringLiteralLike(node) || !/^(too_many_requests|rate_?limit(_?exceeded|ed))$/i.test(node.text)) return false;
  const property = node.parent;
  return ts.isPropertyAssignment(property) && property.initializer === node && ts.isIdentifier(property.name) && property.name.text === "code";
}

/** A path parameter the project names as a secret: `:pushToken`, `[shareToken]`, `:apiKey`, `:signature` (not `:tokenId`, nor a record's `:key`). */
const capabilityParameter = /^(?::(\w+)\??|\[(\w+)\])$/;
const capabilityWord = /^(token|secret|hash|signature)$/i;
const capabilityKey = /^(api|access|secret|client|sdk|share|invite|invitation)$/i;

/**
 * A capability URL: the path carries a secret the handler reads (`/api/push/:pushToken`, `/share/:shareToken/verify`),
 * which the project hands out to whoever may call it. Knowing the URL is the credential, as with an unsubscribe link
 * or a push endpoint; whether the handler looks the secret up is its own logic, like a token check.
 */
export function readsPathSecret(routePath: string, handler: FunctionLike): boolean {
  const secrets = pathSecretParameters(routePath);
  return secrets.length > 0 && someDescendant(handler, (node) => (ts.isIdentifier(node) || ts.isStringLiteral(node)) && secrets.includes(node.text));
}

/** The path parameters of `routePath` named for a secret (see readsPathSecret). */
export function pathSecretParameters(routePath: string): string[] {
  return routePath.split("/").flatMap((segment) => {
    const name = capabilityParameter.exec(segment)?.slice(1).find(Boolean);
    return name !== undefined && namesCapability(name) ? [name] : [];
  });
}

function namesCapability(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[\s_-]+/);
  const [beforeLast, last] = words.slice(-2).length === 2 ? words.slice(-2) : [undefined, words[words.length - 1]];
  return !!last && (capabilityWord.test(last) || (/^key$/i.test(last) && !!beforeLast && capabilityKey.test(beforeLast)));
}

const capabilitySpelling = /token|secret|hash|signature|key/i;
const parameterName = /^[A-Za-z_]\w*$/;

function isCalleeName(node: ts.Node): boolean {
  const parent = node.parent;
  const callee = ts.isPropertyAccessExpression(parent) && parent.name === node ? parent : node;
  return ts.isCallExpression(callee.parent) && callee.parent.expression === callee;
}
const requestPartSpelling = /\.(body|query|params|json|request)\b/;

/**
 * What a request handler's own code shows about the callers it serves, the facts the missing-auth check reads off a
 * handler in the registering file, for one exported by another module (kept in its summary, see
 * `FileSummary.exportedHandlers`). Each is asked of the handler once, when its module is summarised; undefined when
 * none holds.
 */
export function handlerTraits(handler: FunctionLike): HandlerTraits | undefined {
  const body = handler.body;
  if (!body || handler.parameters.length === 0) return undefined;
  const traits: HandlerTraits = {};
  if (runsSignInCeremony(handler) || signsInWithSubmittedSecret(handler) || startsOAuthSignIn(handler)) traits.signInStep = true;
  if (onlyRedirects(handler)) traits.onlyRedirects = true;
  if (onlyAnswers(handler)) traits.onlyAnswers = true;
  // Read off a request (its body, query or path parameters) by a handler that never asks who sent it.
  if (textMatches(body, requestPartSpelling) && !readsRequestIdentity(body)) traits.readsNoIdentity = true;
  if (recordsUserAgent(handler)) traits.recordsUserAgent = true;
  if (spendsOperatorApiKey(handler)) traits.spendsApiKey = true;
  const throttledBy = addressThrottleSources(handler);
  if (throttledBy.length > 0) traits.throttledBy = throttledBy;
  const handedTo = wholeRequestHandedTo(handler);
  if (handedTo.length > 0) traits.handedTo = handedTo;
  if (textMatches(body, capabilitySpelling)) {
    const names = new Set<string>();
    // Only what could name a path parameter (`accessToken`, `"shareToken"`), not a callee or a message that mentions one.
    someDescendantOfKinds(body, [ts.SyntaxKind.Identifier, ts.SyntaxKind.StringLiteral], (node) => {
      const text = (node as ts.Identifier | ts.StringLiteral).text;
      if (parameterName.test(text) && !isCalleeName(node) && namesCapability(text)) names.add(text);
      return false;
    });
    if (names.size > 0) traits.secretNames = [...names];
  }
  return Object.keys(traits).length > 0 ? traits : undefined;
}

/**
 * A middleware that ends the request without calling on when the caller sent no credential, read straight off the request: `const header =
 * req.get("authorization"); if (!header) { errors.reply(res, "missing_auth_header"); return; }`. Whatever it answers
 * there, a request without the credential never reaches the handler.
 */
export function refusesMissingCredential(fn: FunctionLike): boolean {
  const [request, , next] = fn.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : undefined));
  if (!fn.body || request === undefined || next === undefined) return false;
  return descendantsOfKind<ts.IfStatement>(fn.body, ts.SyntaxKind.IfStatement).some((statement) => {
    const condition = unwrapExpression(statement.expression);
    if (!ts.isPrefixUnaryExpression(condition) || condition.operator !== ts.SyntaxKind.ExclamationToken) return false;
    const tested = unwrapExpression(condition.operand);
    if (!ts.isIdentifier(tested) || !leaves(statement.thenStatement)) return false;
    if (someDescendant(statement.thenStatement, (node) => ts.isIdentifier(node) && node.text === next)) return false;
    const declaration = findDeclaration(tested.text, statement);
    const initializer = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    return !!initializer && (readsCredential(initializer) || readsCredentialField(initializer)) && readsOnlyRequest(initializer, request);
  });
}

/** `req.body["token"]`: a field named for a credential, read by its key as `req.body.token` would be. */
function readsCredentialField(value: ts.Expression): boolean {
  return someDescendant(value, (node) => ts.isElementAccessExpression(node) && credentialWord.test(stringValue(node.argumentExpression) ?? ""));
}

/** `req.get("authorization")`, `req.body && req.body.token`: a value read off the request `request` names, no lookup made with it. */
function readsOnlyRequest(value: ts.Expression, request: string): boolean {
  const rootOf = (expression: ts.Expression): ts.Expression => {
    let current = unwrapExpression(expression);
    while (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current) || ts.isCallExpression(current)) current = unwrapExpression(current.expression);
    return current;
  };
  const isRequest = (node: ts.Node): boolean => ts.isIdentifier(node) && node.text === request;
  return someDescendant(value, isRequest) && !someDescendant(value, (node) => ts.isCallExpression(node) && !isRequest(rootOf(node.expression)));
}

/**
 * A function (a middleware, say) whose top-level statements look the caller up (a secret it sent, in storage) and stop
 * when nothing matches (`stopsUnlessSentSecretFound`, `isCheckedNext`), or compare what the caller sent with a secret
 * setting and leave when they differ (`secretTheCallerMustSend`: `if (req.get("x-curator-key") !== env.CURATOR_KEY)
 * return res.status(401)`): it admits only callers holding what the project handed out.
 */
export function admitsOnlySentSecretHolders(fn: FunctionLike): boolean {
  if (!fn.body || !ts.isBlock(fn.body) || !textMatches(fn.body, secretSpelling)) return false;
  const statements = fn.body.statements;
  const fromRequest = parameterNames(fn);
  return statements.some((statement, index) => {
    if (stopsUnlessSentSecretFound(statement, fromRequest) || isCheckedNext(statement, statements[index + 1], fromRequest) || secretTheCallerMustSend(statement, fromRequest) !== undefined) return true;
    noteRequestReads(statement, fromRequest);
    return false;
  });
}

/**
 * True when `node` reads the caller's credential or identity from the request: a cookie, the authorization or an
 * API-key header, `req.user`/`ctx.state.auth`, or a session/token lookup (`getSession()`, `auth()`, `verify…`). Narrower
 * than `readsCredential`, which also takes any name that mentions a user or a token.
 */
export function readsRequestIdentity(node: ts.Node): boolean {
  return someDescendant(node, (candidate) => {
    // A value in an object the handler builds (a chat message's `role: "user"`) reads nothing; a key it reads by does.
    // So is a field a NestJS parameter decorator picks out of what was posted (`@Body("user") data`).
    if (ts.isStringLiteral(candidate)) return credentialString.test(candidate.text) && !(ts.isPropertyAssignment(candidate.parent) && candidate.parent.initializer === candidate) && !namesSubmittedField(candidate);
    // The `user` a client posts (`req.body.user`, `const { body } = ctx.request; body.user`) is data it submits, not who it is.
    if (ts.isPropertyAccessExpression(candidate)) return /^(user|session|auth|authorization|cookies?)$/i.test(candidate.name.text) && !isSubmittedBody(candidate.expression);
    if (ts.isCallExpression(candidate)) {
      if (ts.isIdentifier(candidate.expression) && /^(cookies|headers)$/.test(candidate.expression.text) && candidate.arguments.length === 0) return true;
      const name = calleeText(candidate) ?? "";
      return credentialCall.test(name.slice(name.lastIndexOf(".") + 1)) && !isHandedHumanCheck(candidate);
    }
    return false;
  });
}

/** `@Body("user")`, `@Query("user")`: the key of a field the client sent, handed to a NestJS parameter decorator. */
function namesSubmittedField(literal: ts.StringLiteral): boolean {
  const call = literal.parent;
  return ts.isCallExpression(call) && ts.isDecorator(call.parent) && ts.isIdentifier(call.expression) && /^(Body|Query|Param)$/.test(call.expression.text);
}

/** `req.body`, `ctx.request.body`, or a `body` destructured from the request: what the client posted. */
function isSubmittedBody(expression: ts.Expression): boolean {
  const value = unwrapExpression(expression);
  return (ts.isPropertyAccessExpression(value) && value.name.text === "body") || (ts.isIdentifier(value) && value.text === "body");
}

/** The fields CAPTCHA vendors post their answer under (Turnstile, reCAPTCHA, hCaptcha, Friendly Captcha). */
const humanCheckField = /^(cf-turnstile-response|g-recaptcha-response|h-captcha-response|frc-captcha-solution)$/i;

/**
 * `verifyTurnstileToken(req.header("cf-turnstile-response"), req.ip)`: a verification handed a CAPTCHA's answer, in
 * place or through the const it was read into. It proves a human sent the request, not who: no identity is read.
 */
function isHandedHumanCheck(call: ts.CallExpression): boolean {
  const namesHumanCheck = (node: ts.Node): boolean => someDescendant(node, (part) => ts.isStringLiteralLike(part) && humanCheckField.test(part.text));
  return call.arguments.some((argument) => {
    const value = unwrapExpression(argument);
    if (!ts.isIdentifier(value)) return namesHumanCheck(value);
    const declaration = findDeclaration(value.text, value);
    return !!declaration && ts.isVariableDeclaration(declaration) && !!declaration.initializer && namesHumanCheck(declaration.initializer);
  });
}

/**
 * A middleware or hook that stops the request when the credential it was sent fails, whatever the refusal looks like:
 * - after it verifies a credential read from the request (`comKey.verify(signature, body)`, `jwt.verify(token, key)`)
 *   or looks up the record a sent token or key names (`await devices.find({ token })`), the branch taken when that
 *   fails (an `if` on the result, or the `catch` around the verify) answers with any status (a 400 "bad signature"
 *   refuses as much as a 401), throws, or hands an error to its continuation;
 * - or, on a test of the caller's identity (`if (!request.headers.authorization)`, a set membership of the API-key
 *   header), it throws or calls `done(err)` / `next(err)`: Fastify and Express answer that error, and the handler
 *   never runs.
 */
export function refusesFailedCredential(fn: FunctionLike): boolean {
  const body = fn.body;
  if (!body || !ts.isBlock(body) || !readsCredential(body)) return false;
  const [request] = fn.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : undefined));
  if (request === undefined) return false;
  const continuation = fn.parameters.length >= 3 ? fn.parameters[fn.parameters.length - 1]!.name : undefined;
  const next = continuation && ts.isIdentifier(continuation) ? continuation.text : undefined;
  const sent = new Set<string>();
  const identity = new Set<string>();
  const proofs = new Set<string>();
  for (const declaration of descendantsOfKind<ts.VariableDeclaration>(body, ts.SyntaxKind.VariableDeclaration)) {
    const initializer = declaration.initializer;
    if (!initializer || !ts.isIdentifier(declaration.name) || enclosingFunction(declaration) !== fn) continue;
    const name = declaration.name.text;
    if (readsOnlyRequest(initializer, request)) {
      // `const token = req.header("x-device-token")`, `const header = request.headers.authorization`
      const namesSent = (node: ts.Node): boolean => (ts.isStringLiteralLike(node) || (ts.isIdentifier(node) && node.text !== request)) && sentCredentialName.test(node.text);
      if (sentCredentialName.test(name) || someDescendant(initializer, namesSent)) sent.add(name);
      if (readsRequestIdentity(initializer)) identity.add(name);
    } else if (provesSentCredential(initializer, sent)) proofs.add(name);
  }
  const refuses = (branch: ts.Statement, anyAnswer: boolean, fallsOut = false): boolean => leavesRefusing(branch, fn, request, next, anyAnswer, fallsOut);
  // `await request.jwtVerify()` (@fastify/jwt): the request verifies the token it carries itself.
  const verifiesOwnCredential = (node: ts.Node): boolean => ts.isCallExpression(node) && node.arguments.length === 0 && ts.isPropertyAccessExpression(node.expression) && requestVerify.test(node.expression.name.text) && ts.isIdentifier(unwrapExpression(node.expression.expression)) && (unwrapExpression(node.expression.expression) as ts.Identifier).text === request;
  const testsAny = (condition: ts.Expression, names: ReadonlySet<string>): boolean => someDescendant(condition, (node) => ts.isIdentifier(node) && names.has(node.text));
  return (
    descendantsOfKind<ts.IfStatement>(body, ts.SyntaxKind.IfStatement).some(
      (statement) =>
        enclosingFunction(statement) === fn &&
        ((testsAny(statement.expression, proofs) && refuses(statement.thenStatement, true)) ||
          ((readsRequestIdentity(statement.expression) || testsAny(statement.expression, identity)) && refuses(statement.thenStatement, false))),
    ) ||
    descendantsOfKind<ts.CatchClause>(body, ts.SyntaxKind.CatchClause).some(
      (clause) =>
        enclosingFunction(clause) === fn &&
        someDescendant(clause.parent.tryBlock, (node) => ts.isExpression(node) && (provesSentCredential(node, sent) || verifiesOwnCredential(node))) &&
        refuses(clause.block, true, endsBody(clause.parent, fn)),
    )
  );
}

/**
 * `if (req.isAuthenticated()) return next(); req.session.returnTo = req.originalUrl; res.redirect("/login")`: a
 * middleware that hands the request on only from inside a test true just for a caller holding a credential, and
 * otherwise answers itself. Whatever the answer (a redirect to the login page, a flash message), the chain stops
 * there for anyone else, as it would after a 401.
 */
export function continuesOnlyWithCredential(fn: FunctionLike): boolean {
  const body = fn.body;
  const continuation = fn.parameters.length >= 2 ? fn.parameters[fn.parameters.length - 1]!.name : undefined;
  if (!body || !ts.isBlock(body) || !continuation || !ts.isIdentifier(continuation)) return false;
  const next = continuation.text;
  const at = body.statements.findIndex((statement) => ts.isIfStatement(statement) && !statement.elseStatement && leaves(statement.thenStatement) && requiresCredential(statement.expression));
  const gate = body.statements[at] as ts.IfStatement | undefined;
  if (!gate) return false;
  const isNext = (node: ts.Node): boolean => ts.isIdentifier(node) && node.text === next;
  const continues = someDescendant(gate.thenStatement, (node) => ts.isCallExpression(node) && isNext(node.expression) && node.arguments.length === 0);
  // `next` named anywhere else (called, handed on) may let the request through without the credential; handed to a
  // function of this file that never reads it (`redirectToRestricted(req, res, next)`), it goes no further.
  const passesOn = (node: ts.Node): boolean => isNext(node) && !isHandedToUnreadParameter(node as ts.Identifier);
  const elsewhere = body.statements.some((statement) => statement !== gate && someDescendant(statement, passesOn)) || someDescendant(gate.expression, isNext);
  const others = new Set(fn.parameters.flatMap((parameter) => (ts.isIdentifier(parameter.name) && parameter.name.text !== next ? [parameter.name.text] : [])));
  const answers = body.statements.slice(at + 1).some((statement) => someDescendant(statement, (node) => ts.isCallExpression(node) && (isCallOn(node, others) || answersThroughHandedValue(node, others))));
  return continues && !elsewhere && answers;
}

/** `res.redirect(url)`, `res.status(403).end()`: a call made through one of `names`. */
function isCallOn(call: ts.CallExpression, names: ReadonlySet<string>): boolean {
  const root = callChainRoot(call.expression);
  return ts.isIdentifier(root) && names.has(root.text);
}

/** The function of this file `call` names, and the parameter each argument lands in. */
function localCallee(call: ts.CallExpression): { fn: FunctionLike; body: ts.Node; parameterAt: (index: number) => string | undefined } | undefined {
  const callee = unwrapExpression(call.expression);
  const fn = ts.isIdentifier(callee) ? functionBoundTo(callee.text, callee) : undefined;
  if (!fn?.body) return undefined;
  const parameterAt = (index: number): string | undefined => {
    const name = fn.parameters[index]?.name;
    return name && ts.isIdentifier(name) ? name.text : undefined;
  };
  return { fn, body: fn.body, parameterAt };
}

/** `helper(req, res, next)` where this file's `helper` never names the parameter `next` lands in. */
function isHandedToUnreadParameter(value: ts.Identifier): boolean {
  const call = value.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(value)) return false;
  const target = localCallee(call);
  const parameter = target?.parameterAt(call.arguments.indexOf(value));
  return !!target && parameter !== undefined && !someDescendant(target.body, (node) => ts.isIdentifier(node) && node.text === parameter);
}

/** `redirectToRestricted(req, res)` where this file's `redirectToRestricted` answers through the `res` it is handed. */
function answersThroughHandedValue(call: ts.CallExpression, names: ReadonlySet<string>): boolean {
  const target = localCallee(call);
  if (!target) return false;
  const received = new Set(call.arguments.flatMap((argument, index) => {
    const value = unwrapExpression(argument);
    const parameter = ts.isIdentifier(value) && names.has(value.text) ? target.parameterAt(index) : undefined;
    return parameter === undefined ? [] : [parameter];
  }));
  return received.size > 0 && someDescendant(target.body, (node) => ts.isCallExpression(node) && enclosingFunction(node) === target.fn && isCallOn(node, received));
}

/** Names of what a caller sends to prove who it is: a token, a key, a signature, the authorization header, a session cookie. */
const sentCredentialName = /token|secret|key|signature|authorization|jwt|bearer|cookie|session/i;

/**
 * `comKey.verify(signature, body)`, `await jwtVerify(token, keys)`, `await Device.get({ token: String(token) })`: a
 * verification handed a credential the request sent, or an awaited lookup by one.
 */
function provesSentCredential(value: ts.Expression, sent: ReadonlySet<string>): boolean {
  const call = delegatedCall(value)?.call;
  if (!call) return false;
  const handsSent = handedValues(call).some((handed) => {
    let held = unwrapExpression(handed);
    // `String(token)`, `Buffer.from(signature, "base64")`, `token.trim()`: the same value, converted.
    for (let converted = convertedValue(held); converted; converted = convertedValue(held)) held = converted;
    return ts.isIdentifier(held) && sent.has(held.text);
  });
  if (!handsSent) return false;
  return /^verify/i.test(methodNameOf(call)) || ts.isAwaitExpression(unwrapExpression(value));
}

/** `String(x)`, `Number(x)`, `Buffer.from(x, encoding)` → `x`; `x.toString()`, `x.trim()` → `x`. */
function convertedValue(value: ts.Expression): ts.Expression | undefined {
  if (!ts.isCallExpression(value)) return undefined;
  const callee = calleeText(value);
  if ((callee === "String" || callee === "Number" || callee === "Buffer.from") && value.arguments[0]) return unwrapExpression(value.arguments[0]);
  const method = ts.isPropertyAccessExpression(value.expression) && value.arguments.length === 0 ? value.expression : undefined;
  return method && /^(toString|trim)$/.test(method.name.text) ? unwrapExpression(method.expression) : undefined;
}

const requestVerify = /^(jwtVerify|verify\w*)$/;

/** The statement is the last of the function's body: a branch of it that answers also ends the function. */
function endsBody(statement: ts.Statement, fn: FunctionLike): boolean {
  return !!fn.body && ts.isBlock(fn.body) && fn.body.statements[fn.body.statements.length - 1] === statement;
}

/**
 * The branch leaves (or, with `fallsOut`, ends the function) without handing the request on: it throws, hands an error to the continuation (`done(err)`), or,
 * when `anyAnswer`, answers through the reply (`return res.status(400).json(...)`). A bare `return` or `next()` lets it through.
 */
function leavesRefusing(branch: ts.Statement, fn: FunctionLike, request: string, next: string | undefined, anyAnswer: boolean, fallsOut = false): boolean {
  if (!fallsOut && !leaves(branch)) return false;
  const ownCalls = (test: (call: ts.CallExpression) => boolean): boolean => someDescendant(branch, (node) => ts.isCallExpression(node) && enclosingFunction(node) === fn && test(node));
  const isContinuation = (call: ts.CallExpression): boolean => next !== undefined && ts.isIdentifier(call.expression) && call.expression.text === next;
  if (ownCalls((call) => isContinuation(call) && call.arguments.length === 0)) return false;
  if (someDescendant(branch, (node) => ts.isThrowStatement(node) && enclosingFunction(node) === fn)) return true;
  if (ownCalls((call) => isContinuation(call) && call.arguments.length > 0)) return true;
  if (!anyAnswer) return false;
  // An answer made through a parameter other than the request: the reply.
  return ownCalls((call) => {
    const root = callChainRoot(call.expression);
    return ts.isIdentifier(root) && root.text !== request && fn.parameters.some((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === root.text);
  });
}
