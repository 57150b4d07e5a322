// unverified-jwt: JWTs a client sent (read from the request, a socket handshake or a Nest ExecutionContext, in the
// function or by a caller that passes it in; see model/request-provenance.ts) trusted without checking their signature
// (`jwt.decode`, jose `decodeJwt`, `jwtDecode`, Nest's `JwtService.decode` feeding a decision, a user lookup or an auth
// helper's result), and `verify` calls that switch the check off (`algorithms: ["none"]`, `ignoreExpiration: true`, an
// empty key). Non-empty literal keys are hardcoded-secret's.
import { ts } from "ts-morph";
import type { FixBuilder } from "./engine/fix-builder.js";
import { defineRule, type FixRequest, type RuleContext } from "./engine/types.js";
import { rejectsUnauthenticated } from "./model/auth-checks.js";
import { jwtCall, type JwtLibrary } from "./model/jwt-calls.js";
import { carriesRequestData } from "./model/request-provenance.js";
import { requestScopeOf } from "./model/request-scope.js";
import { quoteNode } from "./model/secret-literals.js";
import { calleeText, collectBindingNames, enclosingFunction, findDeclaration, functionName, hasModifier, importedModuleOf, isEqualityOperator, isFallbackOperator, isFunctionLike, localTypeMembers, outermostValue, unwrapExpression, type FunctionLike } from "./model/syntax.js";

type Context = RuleContext<Record<string, never>>;

/** What a decoded payload is used for, in the message's words. */
type Use = "decides" | "identifies" | "returned";

/** Calls that look a record up by the payload's claims, or store them as the request's identity (`c.set("user", …)`). */
const lookupMethod = /^(find\w*|get\w*|load\w*|fetch\w*|lookup\w*|query|select|where|eq|match|set|upsert|retrieve\w*|by\w*)$/i;
/** Assignment targets that make the payload the request's identity (`req.user = payload`, `ctx.state.session = …`). */
const identityTarget = /(^|\.)(user|session|auth|claims|identity|principal|viewer|account|currentUser)$/i;
/** Function names that read as auth helpers when they return the payload. */
const authHelperName = /user|session|auth|token|identity|principal|claims|verify|viewer|account|caller/i;
const verifyCallee = /(^|\.)(verify|verifyAsync|jwtVerify|verifyToken|verifyJwt|verifyIdToken)$/;

export default defineRule({
  id: "unverified-jwt",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    fix: "suggestion",
    summary: "JWTs must be verified (signature, algorithm, expiry) before their claims are trusted.",
    fixTitle: "Verify the token instead of decoding it",
    messages: {
      decoded: "`{{callee}}` does not check the signature, yet its result {{use}}: anyone can forge this token. Verify it instead.",
      algorithmNone: "`algorithms` allows \"none\": a token with no signature passes verification.",
      ignoreExpiration: "`ignoreExpiration: true` accepts expired and revoked tokens forever.",
      emptySecret: "`{{callee}}` is given an empty key{{fallback}}: old jsonwebtoken versions then accept unsigned tokens, and an HMAC with an empty key is forgeable.",
    },
  },
  check(ctx) {
    // Every checked call comes from jsonwebtoken, jose, jwt-decode or @nestjs/jwt, whose names the file must spell.
    if (!/jwt|jose/i.test(ctx.text)) return;
    return {
      [ts.SyntaxKind.CallExpression](node) {
        const call = node as ts.CallExpression;
        const target = jwtCall(call);
        if (!target) return;
        if (target.member === "decode") checkDecode(ctx, call, target.library);
        else if (target.member === "verify") checkVerify(ctx, call, target.library);
      },
    };
  },
});

function checkDecode(ctx: Context, call: ts.CallExpression, library: JwtLibrary): void {
  // Only a token the client sent can be forged against this server; one it fetched, signed or stored is not presented.
  const token = call.arguments[0];
  if (!token || !carriesRequestData(requestScopeOf(ctx.project, ctx.file, ctx.sourceFile), token, { asSent: true })) return;
  const enclosing = enclosingFunction(call);
  // A decode reached only when verification failed is the fail-open fallback, not the JWKS key lookup a verify excuses.
  if (enclosing && !isVerificationFallback(call, enclosing) && (callsVerify(enclosing) || isVerifiedByEveryCaller(enclosing))) return;
  if (enclosing && isVerifiedAfterDecode(ctx, call, enclosing)) return;
  if (call.arguments[0] && isTrustedTokenSource(call.arguments[0], 0)) return;
  if (enclosing && isUnusedParamDecorator(ctx, enclosing)) return;
  const use = useOfDecoded(ctx, call, enclosing);
  if (!use) return;
  const callee = calleeText(call) ?? quoteNode(call.expression, ctx.sourceFile);
  const words: Record<Use, string> = {
    decides: "decides access",
    identifies: "picks the user",
    returned: `is returned from the auth helper \`${helperName(enclosing) ?? "(anonymous)"}\``,
  };
  ctx.report({ node: call, messageId: "decoded", data: { callee, use: words[use] }, suggestions: verifySuggestion(ctx, call, library, enclosing) });
}

/**
 * `export const Session = createParamDecorator((_, ctx) => … decode …)` that no handler uses: no file imports it and
 * this one never names it again. The decode never runs on a request.
 */
function isUnusedParamDecorator(ctx: Context, callback: FunctionLike): boolean {
  const factory = callback.parent;
  if (!ts.isCallExpression(factory) || calleeText(factory) !== "createParamDecorator") return false;
  const holder = factory.parent;
  if (!ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name)) return false;
  const declared = holder.name;
  const exported = ctx.file.exports.find((binding) => binding.local === declared.text);
  if (exported && !ctx.project.isUnusedExport(ctx.filePath, exported.exported)) return false;
  return !namesElsewhere(ctx.sourceFile, declared);
}

/** The file names `declared` somewhere besides its declaration. */
function namesElsewhere(sourceFile: ts.SourceFile, declared: ts.Identifier): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && node !== declared && node.text === declared.text && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Replaces the decode with a verify of the same token against the key the runtime provides (see `verificationKey`). */
function verifySuggestion(ctx: Context, call: ts.CallExpression, library: JwtLibrary, enclosing: FunctionLike | undefined): FixRequest[] {
  const token = call.arguments[0]?.getText();
  if (!token || !hasVerificationKey(ctx, call)) return [];
  const callee = unwrapExpression(call.expression);
  // `decode(token, { complete: true })` answers another shape than a verify would.
  if (library === "jsonwebtoken" && call.arguments.length === 1) {
    const verifyCall = ts.isPropertyAccessExpression(callee) ? `${callee.expression.getText()}.verify` : "verify";
    return [
      {
        title: "Verify the token with JWT_SECRET and a fixed algorithm",
        apply: (edit) => {
          // jsonwebtoken itself throws when the key is missing, so an unset variable fails closed.
          const key = verificationKey(ctx, call, edit);
          const verify = `${verifyCall}(token, ${key.isString ? key.text : `${key.text} as string`}, { algorithms: ["HS256"] })`;
          // `decode` answers null for a token it cannot read, `verify` throws: a helper that answers null keeps every
          // caller's null check working, and a throw in an async middleware would be an unhandled rejection.
          const helper = appendFunctionOnce(call, verifiedClaimsFunction, `(token: string) {\n  try {\n    return ${verify};\n  } catch {\n    return null;\n  }\n}`, edit);
          edit.replace(call, `${helper}(${token})`);
          if (verifyCall === "verify") edit.addNamedImport("jsonwebtoken", "verify");
        },
      },
    ];
  }
  if (library === "jose" && enclosing && hasModifier(enclosing, ts.SyntaxKind.AsyncKeyword)) {
    // `jose.decodeJwt` through a namespace import becomes `jose.jwtVerify`; a named import gains `jwtVerify` from the same module.
    const jwtVerify = ts.isPropertyAccessExpression(callee) ? `${callee.expression.getText()}.jwtVerify` : "jwtVerify";
    const module = ts.isIdentifier(callee) ? importedModuleOf(callee.text, call) : undefined;
    return [
      {
        title: "Verify the token with jose's jwtVerify",
        apply: (edit) => {
          const key = verificationKey(ctx, call, edit);
          // An unset key would encode to an empty HMAC key: a helper stops the request instead.
          const secret = key.isString ? key.text : `${requiredSecretHelper(call, key.text, edit)}()`;
          edit.replace(call, `(await ${jwtVerify}(${token}, new TextEncoder().encode(${secret}), { algorithms: ["HS256"] })).payload`);
          if (module) edit.addNamedImport(module, "jwtVerify");
        },
      },
    ];
  }
  if (library === "nestjs-jwt" && ts.isPropertyAccessExpression(callee)) {
    const service = callee.expression.getText();
    // `await` inside a method that is not async does not compile; the synchronous verify checks the same things.
    const isAsync = !!enclosing && hasModifier(enclosing, ts.SyntaxKind.AsyncKeyword);
    const verified = isAsync ? `await ${service}.verifyAsync(${token})` : `${service}.verify(${token})`;
    const needsParentheses = isAsync && isOperandOf(call);
    return [
      {
        title: isAsync ? "Use JwtService.verifyAsync" : "Use JwtService.verify",
        apply: (edit) => edit.replace(call, needsParentheses ? `(${verified})` : verified),
      },
    ];
  }
  return [];
}

/** `call` is read as the object of a member access or called, where `await call` would bind the wrong way. */
function isOperandOf(call: ts.CallExpression): boolean {
  const parent = call.parent;
  return (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent) || ts.isCallExpression(parent)) && parent.expression === call;
}

const keyName = "JWT_SECRET";

/**
 * The verification key as code, and whether its type is always a string: a Cloudflare Worker's `env` binding (the
 * handler's parameter; Workers have no `process.env`), the project's validated env module when it declares the key,
 * `Deno.env.get` in Deno code, else `process.env`. `hasVerificationKey` first rules out bindings that declare no secret.
 */
function verificationKey(ctx: Context, call: ts.CallExpression, edit: FixBuilder): { text: string; isString: boolean } {
  const binding = ctx.runtime === "edge" ? envBindingParameter(call) : undefined;
  if (binding) return bindingKey(binding) ?? { text: `${(binding.name as ts.Identifier).text}.${keyName}`, isString: true };
  const validated = ctx.project.envSchemaFor(ctx.filePath);
  if (validated?.schema.local && validated.schema.keys.includes(keyName)) {
    if (validated.filePath !== ctx.filePath) edit.addNamedImport(edit.moduleSpecifierTo(validated.filePath), validated.schema.local);
    return { text: `${validated.schema.local}.${keyName}`, isString: true };
  }
  if (/\bDeno\.(env|serve)\b/.test(ctx.text)) return { text: `Deno.env.get("${keyName}")`, isString: false };
  return { text: `process.env.${keyName}`, isString: false };
}

/** False for a Worker whose bindings type, declared in this file, has no secret to verify with: `env.JWT_SECRET` would not compile. */
function hasVerificationKey(ctx: Context, call: ts.CallExpression): boolean {
  const binding = ctx.runtime === "edge" ? envBindingParameter(call) : undefined;
  return !binding || bindingKey(binding) !== undefined;
}

/** The `env` parameter of an enclosing function: the bindings a Worker's `fetch(request, env, ctx)` receives. */
function envBindingParameter(from: ts.Node): ts.ParameterDeclaration | undefined {
  for (let node: ts.Node | undefined = from.parent; node; node = node.parent) {
    if (!isFunctionLike(node)) continue;
    const parameter = node.parameters.find((candidate) => ts.isIdentifier(candidate.name) && candidate.name.text === "env");
    if (parameter) return parameter;
  }
  return undefined;
}

/**
 * `env.JWT_SECRET` when the bindings' interface (declared in this file) has it, else the secret it already declares
 * (`env.AUTH_SECRET`); undefined when it has neither, since `env.JWT_SECRET` would not compile there.
 */
function bindingKey(parameter: ts.ParameterDeclaration): { text: string; isString: boolean } | undefined {
  const env = (parameter.name as ts.Identifier).text;
  const members = parameter.type && localTypeMembers(parameter.type);
  if (!members) return { text: `${env}.${keyName}`, isString: true };
  const isStringMember = (member: ts.PropertySignature): boolean => !member.questionToken && member.type?.kind === ts.SyntaxKind.StringKeyword;
  const named = (member: ts.TypeElement): member is ts.PropertySignature => ts.isPropertySignature(member) && ts.isIdentifier(member.name);
  const properties = members.filter(named);
  const existing = properties.find((member) => (member.name as ts.Identifier).text === keyName) ?? properties.find((member) => isStringMember(member) && secretBindingName.test((member.name as ts.Identifier).text));
  return existing && { text: `${env}.${(existing.name as ts.Identifier).text}`, isString: isStringMember(existing) };
}

const secretBindingName = /^(JWT|AUTH|TOKEN|SESSION|SIGNING)_?(SECRET|KEY)$|^JWT_/;

const requiredSecretFunction = "requireJwtSecret";
const verifiedClaimsFunction = "verifiedJwtClaims";

/**
 * The name of a function in this file that returns the key or throws when it is unset or empty: an expression cannot
 * throw, and a missing key must stop the request, never become an empty HMAC key.
 */
function requiredSecretHelper(from: ts.Node, read: string, edit: FixBuilder): string {
  return appendFunctionOnce(from, requiredSecretFunction, `(): string {\n  const secret = ${read};\n  if (!secret) throw new Error("${keyName} is not set");\n  return secret;\n}`, edit);
}

/**
 * Declares `function name…` once, unless the file already does (a suggestion applied before), and returns the name. It
 * goes just before the top-level statement that uses it (above that statement's comments, so a directive or doc
 * comment stays with its line): the fix stays next to the code it changes, and function declarations are hoisted.
 */
function appendFunctionOnce(from: ts.Node, name: string, signatureAndBody: string, edit: FixBuilder): string {
  const sourceFile = from.getSourceFile();
  const declared = sourceFile.statements.some((statement) => ts.isFunctionDeclaration(statement) && statement.name?.text === name);
  if (declared) return name;
  let holder: ts.Node = from;
  while (holder.parent && !ts.isSourceFile(holder.parent)) holder = holder.parent;
  const declaration = `function ${name}${signatureAndBody}`;
  if (holder.pos > 0) edit.insertAfter(holder.pos, `\n\n${declaration}`);
  else edit.insertBefore(holder, `${declaration}\n\n`);
  return name;
}

/**
 * Follows the decoded value: used in place (`if (jwt.decode(t).role === "admin")`), or bound to a name whose
 * references in the same function decide, identify or are returned.
 */
function useOfDecoded(ctx: Context, call: ts.CallExpression, enclosing: FunctionLike | undefined): Use | undefined {
  const value = outermostPayload(call);
  if (readsTimeClaim(value) && !(enclosing?.body && rejectsUnauthenticated(enclosing.body))) return undefined;
  const direct = classifyUse(ctx, value, enclosing);
  if (direct) return direct;
  const declaration = value.parent;
  if (!ts.isVariableDeclaration(declaration) || declaration.initializer !== value) return undefined;
  const names = new Set<string>();
  collectBindingNames(declaration.name, names);
  const scope = enclosing?.body ?? call.getSourceFile();
  const references: ts.Identifier[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && names.has(node.text) && node.pos > declaration.end && isReference(node)) references.push(node);
    ts.forEachChild(node, visit);
  };
  visit(scope);
  // Only its lifetime is read (`decoded?.exp` to size a cookie), with at most a check that it decoded at all, in a
  // function that refuses no one: a clock value, which decides nothing about who the caller is. (A guard that lets a
  // token in because it decodes and has not expired is the forgery this rule is for.)
  const refuses = !!enclosing?.body && rejectsUnauthenticated(enclosing.body);
  if (!refuses && references.some(readsTimeClaim) && references.every((reference) => readsTimeClaim(reference) || isPresenceCheck(reference))) return undefined;
  for (const reference of references) {
    const found = classifyUse(ctx, reference, enclosing);
    if (found) return found;
  }
  return undefined;
}

const timeClaims = new Set(["exp", "iat", "nbf"]);

/** `decoded.exp`, `(decoded.payload as Claims).iat`: the reference is read for one of the token's time claims. */
function readsTimeClaim(reference: ts.Node): boolean {
  let node = reference;
  while (ts.isPropertyAccessExpression(node.parent) || ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent) || ts.isNonNullExpression(node.parent)) {
    node = node.parent;
    if (ts.isPropertyAccessExpression(node) && timeClaims.has(node.name.text)) return true;
  }
  return false;
}

/**
 * `if (decoded)`, `if (!decoded) return`, `if (decoded && typeof decoded !== "string")`: whether anything was decoded,
 * and in which shape; the tests may be joined with `&&`/`||` to the condition's other tests.
 */
function isPresenceCheck(reference: ts.Node): boolean {
  let node = reference;
  if (ts.isTypeOfExpression(node.parent) && isTypeComparison(node.parent.parent)) node = node.parent.parent;
  for (;;) {
    const parent = node.parent;
    const isNegation = ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken;
    const isJoined = ts.isBinaryExpression(parent) && (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || parent.operatorToken.kind === ts.SyntaxKind.BarBarToken);
    if (!ts.isParenthesizedExpression(parent) && !isNegation && !isJoined) break;
    node = parent;
  }
  const holder = node.parent;
  return (ts.isIfStatement(holder) || ts.isConditionalExpression(holder)) && (ts.isIfStatement(holder) ? holder.expression : holder.condition) === node;
}

/** `typeof decoded !== "string"`: an equality test of a `typeof` against a literal. */
function isTypeComparison(node: ts.Node): boolean {
  return ts.isBinaryExpression(node) && ts.isStringLiteralLike(node.right) && isEqualityOperator(node.operatorToken.kind);
}

/**
 * Climbs from a use of the payload to what decides its fate: a condition, a lookup's argument, an identity assignment
 * or a return. Other calls (`String(exp)`, `JSON.stringify(payload)`) are climbed through; their result is no longer the payload.
 */
function classifyUse(ctx: Context, start: ts.Node, enclosing: FunctionLike | undefined): Use | undefined {
  let child = start;
  let isTransformed = false;
  for (let node = start.parent; node && node !== enclosing; child = node, node = node.parent) {
    if (isFunctionLike(node) || ts.isBlock(node) || ts.isExpressionStatement(node) || ts.isVariableStatement(node)) return undefined;
    if ((ts.isIfStatement(node) || ts.isWhileStatement(node) || ts.isSwitchStatement(node)) && node.expression === child) return "decides";
    if (ts.isConditionalExpression(node) && node.condition === child) return "decides";
    if (ts.isCallExpression(node) && node.arguments.includes(child as ts.Expression)) {
      const callee = unwrapExpression(node.expression);
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
      if (lookupMethod.test(method)) return "identifies";
      isTransformed = true;
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && node.right === child) {
      return identityTarget.test(node.left.getText(ctx.sourceFile)) ? "identifies" : undefined;
    }
    if (ts.isReturnStatement(node)) return !isTransformed && isAuthHelper(ctx, enclosing) ? "returned" : undefined;
  }
  const isConciseBody = !!enclosing && ts.isArrowFunction(enclosing) && enclosing.body === child;
  return isConciseBody && !isTransformed && isAuthHelper(ctx, enclosing) ? "returned" : undefined;
}

function isAuthHelper(ctx: Context, fn: FunctionLike | undefined): boolean {
  if (fn && isParamDecoratorFactory(fn)) return true;
  const name = functionName(fn);
  return !!name && (ctx.file.authGuards.includes(name) || authHelperName.test(name));
}

/** The callback of Nest's `createParamDecorator`: what it returns is injected into handlers as a parameter (`@CurrentUser()`). */
function isParamDecoratorFactory(fn: FunctionLike): boolean {
  const call = fn.parent;
  return ts.isCallExpression(call) && call.arguments[0] === fn && ts.isIdentifier(call.expression) && call.expression.text === "createParamDecorator" && importedModuleOf("createParamDecorator", call) === "@nestjs/common";
}

/**
 * `try { return verify(t) } catch { return decode(t) }` or `verify(t) ?? decode(t)`: the decode runs exactly when
 * the signature check failed, so the function's verify excuses nothing.
 */
function isVerificationFallback(call: ts.CallExpression, enclosing: FunctionLike): boolean {
  for (let child: ts.Node = call, node = call.parent; node && node !== enclosing; child = node, node = node.parent) {
    if (ts.isCatchClause(node) && callsVerify(node.parent.tryBlock)) return true;
    if (!ts.isBinaryExpression(node) || node.right !== child) continue;
    if (isFallbackOperator(node.operatorToken.kind) && callsVerify(node.left)) return true;
  }
  return false;
}

/** The helper as the code names it: a param decorator by its decorator form (`@CurrentUser()`). */
function helperName(fn: FunctionLike | undefined): string | undefined {
  const declaration = fn?.parent.parent;
  if (fn && isParamDecoratorFactory(fn) && declaration && ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) return `@${declaration.name.text}()`;
  return functionName(fn);
}

/** `jwt.decode(t)` inside `await`, parentheses, `as Payload`, `!`, or `.sub`/`["sub"]` reads: the expression that carries the payload on. */
function outermostPayload(call: ts.CallExpression): ts.Expression {
  const isMemberRead = (parent: ts.Node, child: ts.Node): boolean =>
    (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === child;
  return outermostValue(call, isMemberRead) as ts.Expression;
}

function checkVerify(ctx: Context, call: ts.CallExpression, library: JwtLibrary): void {
  const [, key, options] = call.arguments;
  const callee = calleeText(call) ?? "verify";
  const emptyFallback = key && emptyKey(key);
  if (emptyFallback !== undefined) ctx.report({ node: key!, messageId: "emptySecret", data: { callee, fallback: emptyFallback } });
  const literal = options && unwrapExpression(options);
  if (!literal || !ts.isObjectLiteralExpression(literal)) return;
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const name = property.name.getText(ctx.sourceFile);
    const value = unwrapExpression(property.initializer);
    if (name === "algorithms" && ts.isArrayLiteralExpression(value)) {
      const none = value.elements.find((element) => ts.isStringLiteralLike(element) && element.text.toLowerCase() === "none");
      if (none) ctx.report({ node: none, messageId: "algorithmNone", suggestions: withoutNoneSuggestion(value, none) });
    } else if (name === "ignoreExpiration" && library === "jsonwebtoken" && value.kind === ts.SyntaxKind.TrueKeyword) {
      ctx.report({ node: property, messageId: "ignoreExpiration", suggestions: [{ title: "Check expiry", apply: (edit) => edit.replace(value, "false") }] });
    }
  }
}

/**
 * Drops "none" and keeps the algorithms the code already allows: swapping in another family (HS256 where the key is an
 * RSA public key) would open algorithm confusion. A list of only "none" says nothing about the key, so no fix is offered.
 */
function withoutNoneSuggestion(list: ts.ArrayLiteralExpression, none: ts.Expression): FixRequest[] {
  const elements = list.elements;
  const index = elements.indexOf(none);
  const kept = elements.filter((element) => !(ts.isStringLiteralLike(element) && element.text.toLowerCase() === "none"));
  if (kept.length === 0) return [];
  const sourceFile = list.getSourceFile();
  // The element goes with the comma that joins it to its neighbour, so the list's layout and comments stay as written.
  const next = elements[index + 1];
  const span = next ? { start: none.getStart(sourceFile), end: next.getStart(sourceFile) } : { start: elements[index - 1]!.getEnd(), end: none.getEnd() };
  const keptNames = kept.map((element) => element.getText(sourceFile)).join(", ");
  return [{ title: `Drop "none" and keep ${keptNames}`, apply: (edit) => edit.replace(span, "") }];
}

/**
 * "" when the key is an empty literal (`""`, `new TextEncoder().encode("")`), " when JWT_SECRET is unset" for an empty
 * fallback (`process.env.JWT_SECRET || ""`); undefined otherwise. Non-empty literals are hardcoded-secret's.
 */
function emptyKey(key: ts.Expression): string | undefined {
  let value = unwrapExpression(key);
  if (ts.isCallExpression(value) && ts.isPropertyAccessExpression(value.expression) && value.expression.name.text === "encode" && value.arguments[0]) {
    value = unwrapExpression(value.arguments[0]);
  }
  if (ts.isStringLiteralLike(value)) return value.text === "" ? "" : undefined;
  if (!ts.isBinaryExpression(value)) return undefined;
  const operator = value.operatorToken.kind;
  if (operator !== ts.SyntaxKind.BarBarToken && operator !== ts.SyntaxKind.QuestionQuestionToken) return undefined;
  const fallback = unwrapExpression(value.right);
  return ts.isStringLiteralLike(fallback) && fallback.text === "" ? ` when \`${value.left.getText()}\` is unset` : undefined;
}

/**
 * Where the token came from settles trust without a signature check: a token this code just signed
 * (`jwt.sign(...)`, jose's `new SignJWT(...).sign(key)`), the body of a response it fetched from the provider
 * (`await response.text()` of a `fetch` response), or what a passport strategy's verify callback is handed after the
 * code exchange with the provider's token endpoint over TLS (OIDC Core 3.1.3.7). A token from the request itself
 * never is.
 */
function isTrustedTokenSource(token: ts.Expression, depth: number): boolean {
  if (depth > 3) return false;
  const expression = unwrapExpression(token);
  if (ts.isAwaitExpression(expression)) return isTrustedTokenSource(expression.expression, depth + 1);
  if (ts.isIdentifier(expression)) {
    const declaration = findDeclaration(expression.text, expression);
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return isTrustedTokenSource(declaration.initializer, depth + 1);
    return !!declaration && ts.isParameter(declaration) && isProviderCallbackParameter(declaration);
  }
  if (ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression)) return isTrustedTokenSource(expression.expression, depth + 1);
  if (!ts.isCallExpression(expression)) return false;
  const callee = unwrapExpression(expression.expression);
  if (!ts.isPropertyAccessExpression(callee)) return ts.isIdentifier(callee) && callee.text === "sign" && importedModuleOf("sign", expression) === "jsonwebtoken";
  const method = callee.name.text;
  if (method === "sign") return isSigner(unwrapExpression(callee.expression), expression);
  if (method === "trim") return isTrustedTokenSource(callee.expression, depth + 1);
  return (method === "text" || method === "json") && isFetchedResponse(unwrapExpression(callee.expression));
}

/** `jwt.sign` of jsonwebtoken, `new SignJWT(claims)…sign(key)` of jose. */
function isSigner(receiver: ts.Expression, from: ts.Node): boolean {
  if (ts.isIdentifier(receiver)) return importedModuleOf(receiver.text, from) === "jsonwebtoken";
  let current = receiver;
  while (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression)) current = unwrapExpression(current.expression.expression);
  return ts.isNewExpression(current) && ts.isIdentifier(current.expression) && importedModuleOf(current.expression.text, from) === "jose";
}

/** A `fetch` response: `await fetch(url)`, or a parameter declared as the fetch API's `Response`. */
function isFetchedResponse(node: ts.Expression): boolean {
  const expression = unwrapExpression(node);
  if (ts.isAwaitExpression(expression)) return isFetchedResponse(expression.expression);
  if (ts.isCallExpression(expression)) return ts.isIdentifier(expression.expression) && expression.expression.text === "fetch";
  if (!ts.isIdentifier(expression)) return false;
  const declaration = findDeclaration(expression.text, expression);
  if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return isFetchedResponse(declaration.initializer);
  const type = declaration && ts.isParameter(declaration) ? declaration.type : undefined;
  if (!type || !ts.isTypeReferenceNode(type) || type.typeName.getText() !== "Response") return false;
  const module = importedModuleOf("Response", expression);
  return module === undefined || fetchModule.test(module);
}

/** Where a fetch `Response` type comes from: the global, node-fetch, undici, or a project's own fetch wrapper. */
const fetchModule = /(^|\/)(node-fetch|undici|cross-fetch|fetch)$/;

/**
 * A parameter, other than the request, of the verify callback given to a passport strategy
 * (`new OAuth2Strategy(options, (req, accessToken, refreshToken, params, profile, done) => …)`): passport hands it what
 * the provider's token endpoint returned.
 */
function isProviderCallbackParameter(parameter: ts.ParameterDeclaration): boolean {
  const fn = parameter.parent;
  if (!isFunctionLike(fn) || fn.parameters.indexOf(parameter) === 0) return false;
  const construction = fn.parent;
  return ts.isNewExpression(construction) && construction.arguments?.[construction.arguments.length - 1] === fn && /Strategy$/.test(calleeText(construction) ?? "");
}

/** `const email = await keyOwner(token)` in every caller, each of which then verifies the token: decoding only picked the key. */
function isVerifiedByEveryCaller(fn: FunctionLike): boolean {
  const name = functionName(fn);
  if (!name) return false;
  const callers: FunctionLike[] = [];
  let unknownCaller = false;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name) {
      const caller = enclosingFunction(node);
      if (caller && caller !== fn) callers.push(caller);
      else unknownCaller = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(fn.getSourceFile());
  return !unknownCaller && callers.length > 0 && callers.every(callsVerify);
}

/**
 * `const claims = decodeJwt(idToken)` to read what the check needs (the tenant in the expected issuer), then
 * `await checkIdToken(idToken, …)`, a project function, maybe imported, that verifies the token it is handed and throws
 * when that fails: the same value is verified after the decode, so the function goes no further with a forged one.
 */
function isVerifiedAfterDecode(ctx: Context, call: ts.CallExpression, enclosing: FunctionLike): boolean {
  const token = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if (!token || !ts.isIdentifier(token) || !enclosing.body) return false;
  const declaration = findDeclaration(token.text, token);
  if (!declaration) return false;
  const isSameToken = (argument: ts.Expression): boolean => {
    const value = unwrapExpression(argument);
    return ts.isIdentifier(value) && value.text === token.text && findDeclaration(value.text, value) === declaration;
  };
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && node.pos >= call.end && ts.isIdentifier(node.expression)) {
      const callee = node.expression.text;
      found = node.arguments.some((argument, position) => isSameToken(argument) && ctx.project.verifiesTokenArgument(callee, ctx.filePath, position));
    }
    ts.forEachChild(node, visit);
  };
  visit(enclosing.body);
  return found;
}

function callsVerify(scope: ts.Node): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && verifyCallee.test(calleeText(node) ?? "")) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(scope);
  return found;
}

/** A reference, not the name in a declaration or a property name (`{ sub: … }`, `x.sub`). */
function isReference(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isBindingElement(parent) || ts.isVariableDeclaration(parent) || ts.isParameter(parent)) && parent.name === identifier) return false;
  return true;
}

