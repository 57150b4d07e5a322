// sensitive-data-logged: logging calls (console, pino, winston, bunyan, NestJS Logger, request loggers, a project's
// logger found by the loggers model) whose arguments carry passwords, tokens, secrets, credential headers, all
// request headers, or the whole body of an auth route (route model). Never prints the values it finds.
import { ts } from "ts-morph";
import type { FixBuilder } from "./engine/fix-builder.js";
import { defineRule, type FixRequest, type RuleContext } from "./engine/types.js";
import { isBuiltFromGuessableParts } from "./model/clock-reads.js";
import { loggingLevelOf, printsCommandOutput } from "./model/loggers.js";
import { isNonProductionOnly } from "./model/app-config.js";
import { quoteNode } from "./model/secret-literals.js";
import { isSecretName, redactSecretsIn } from "./model/secrets.js";
import { isBulkWriteCount, isKnexRowCount } from "./model/storage-writes.js";
import { fileAccessOf } from "./model/file-access.js";
import { calleeText, enclosingFunction, findDeclaration, functionBoundTo, hasModifier, holdsPropertyName, isFallbackOperator, importedModuleOf, importedModuleOfCallee, nameWords, propertyNamed, returnedExpressions, stringValue, unchangedInitializerOf, unwrapExpression } from "./model/syntax.js";

const { SyntaxKind } = ts;

/** Names that are sensitive beyond credentials: cookies, card and identity numbers, one-time codes. */
const sensitiveWords = new Set(["authorization", "cookie", "cookies", "ssn", "cvv", "cvc", "otp", "pin", "passcode"]);
/** `hasPassword`, `isTokenValid`: flags about a credential, not the credential. */
const booleanPrefixes = new Set(["has", "is", "should", "can", "needs", "requires", "with", "no"]);
const sensitiveHeaders = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-auth-token", "x-access-token"]);
/** The request objects whose `.headers`/`.body` are the client's: Express/Koa/Fastify/Next/edge handlers' parameters. */
const requestObject = /^(req|request|ctx|ctx\.request|c\.req|context|context\.request|event|socket\.handshake)$/;
/** Paths of authentication endpoints, whose bodies carry passwords and codes. */
const authPath = /(log-?in|sign-?in|sign-?up|register|password|reset|auth|token|otp|2fa|mfa|verify|session|credentials)/i;
/** Calls whose argument ends up in the log line as text. */
const stringifiers = new Set(["String", "JSON.stringify", "util.inspect", "inspect", "util.format", "Object.fromEntries", "Object.assign"]);
/** Words that make a token a position in a listing (`continuationToken`, `nextPageToken`, `cursor`), not a credential. */
const paginationWords = new Set(["continuation", "continue", "page", "paging", "pagination", "cursor", "next"]);
/** Words that make a name a quantity of tokens (`totalTokens`, `promptTokens`, `tokenCount`): language-model usage, a number. */
const quantityWords = new Set(["total", "num", "count", "max", "min", "used", "prompt", "completion", "input", "output", "remaining", "estimated"]);
/** Array methods that keep a split's pieces pieces of the same text. */
const pieceMethods = new Set(["filter", "map", "slice", "reverse", "concat"]);
/** Methods that fetch a stored secret by its name: what is passed to them is the entry's name, not its value. */
const secretLookup = /^(get|read|fetch|load|lookup|resolve|retrieve|has|delete|remove)/i;

interface SensitiveValue {
  /** The node that carries it: a property, an argument, a template span's expression. */
  node: ts.Node;
  what: string;
}

type Context = RuleContext<Record<string, never>>;

export default defineRule({
  id: "sensitive-data-logged",
  meta: {
    category: "security",
    severity: "warn",
    needsTypes: false,
    fix: "suggestion",
    summary: "Logs that carry passwords, tokens, credential headers or auth request bodies copy secrets into every log store and vendor.",
    fixTitle: "Log the non-sensitive fields only",
    messages: {
      logged: "This `.{{level}}()` call writes {{what}}: logs are kept for months, shipped to vendors and read by many people. Log the non-sensitive fields only.",
    },
  },
  check(ctx) {
    const isLogger = (name: string): boolean => ctx.project.isLogger(name, ctx.filePath);
    return {
      [SyntaxKind.CallExpression](node) {
        const call = node as ts.CallExpression;
        const level = loggingLevelOf(call, isLogger);
        if (!level || isNonProductionOnly(call) || printsCommandOutput(call)) return;
        const found = call.arguments.flatMap((argument) => sensitiveValuesIn(argument, call, ctx));
        const [first] = found;
        if (!first) return;
        const suggestion = removalOf(first, call);
        ctx.report({ node: call, messageId: "logged", data: { level, what: first.what }, suggestions: suggestion ? [suggestion] : [] });
      },
    };
  },
});

function sensitiveValuesIn(expression: ts.Expression, call: ts.CallExpression, ctx: Context): SensitiveValue[] {
  const node = unwrapExpression(expression);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.flatMap((property): SensitiveValue[] => {
      const key = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
      const isFixedValue = ts.isPropertyAssignment(property) && (isCountOrFlag(property.initializer) || readsQuantity(property.initializer) || isRedactionPlaceholder(property.initializer) || isPiecesOfPlainText(property.initializer, call, ctx) || isMaskedByOwnFunction(property.initializer));
      // `{ rest }` is the variable itself: what it was built from decides, as for a bare name.
      if (ts.isShorthandPropertyAssignment(property)) return sensitiveLeaf(property.name, call, ctx) ? [{ node: property, what: `\`${property.name.text}\`` }] : [];
      if (key !== undefined && isSensitiveName(key) && !isFixedValue) return [{ node: property, what: `\`${redactSecretsIn(key)}\`` }];
      if (ts.isPropertyAssignment(property)) return sensitiveValuesIn(property.initializer, call, ctx).map((found) => (found.node === unwrapExpression(property.initializer) ? { ...found, node: property } : found));
      if (ts.isSpreadAssignment(property)) return sensitiveValuesIn(property.expression, call, ctx);
      return [];
    });
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((element) => sensitiveValuesIn(element, call, ctx));
  if (ts.isTemplateExpression(node)) return node.templateSpans.flatMap((span) => sensitiveValuesIn(span.expression, call, ctx).map((found) => ({ ...found, node: span })));
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.PlusToken) return [...sensitiveValuesIn(node.left, call, ctx), ...sensitiveValuesIn(node.right, call, ctx)];
  if (ts.isConditionalExpression(node)) return [...sensitiveValuesIn(node.whenTrue, call, ctx), ...sensitiveValuesIn(node.whenFalse, call, ctx)];
  if (ts.isCallExpression(node)) {
    const header = headerReadName(node);
    if (header !== undefined) return sensitiveHeaders.has(header) ? [{ node, what: `the \`${header}\` header` }] : [];
    return stringifiers.has(calleeText(node) ?? "") ? node.arguments.flatMap((argument) => sensitiveValuesIn(argument, call, ctx)) : [];
  }
  const leaf = sensitiveLeaf(node, call, ctx);
  return leaf ? [{ node, what: leaf }] : [];
}

/** What a name or property read holds when it is sensitive: a credential, a credential header, all headers, an auth body. */
function sensitiveLeaf(node: ts.Expression, call: ts.CallExpression, ctx: Context): string | undefined {
  if (ts.isIdentifier(node)) {
    // `QUEUE_PURGE_REFRESH_TOKENS`, bound to "purgeRefreshTokens" in a constants module: a name written in the source.
    const isCredential =
      isSensitiveName(node.text) && !ctx.project.isLiteralCode(node.text, ctx.filePath) && !holdsCountOrFlag(node) && !holdsPropertyName(node) && !isStrippedOfSecrets(node) && !isSecretLookupKey(node) && !isPiecesOfPlainText(node, call, ctx) && !holdsFilePath(node, ctx) && !isFailedResponseBody(node, call) && !isOwnUploadPayload(node, call, ctx) && !isQuantityInFile(node.text, node) && !holdsGuessableValue(node) && !holdsMaskedValue(node);
    return isCredential ? `\`${node.text}\`` : undefined;
  }
  if (ts.isElementAccessExpression(node)) {
    const key = stringValue(node.argumentExpression);
    if (key === undefined) return undefined;
    if (isHeaders(node.expression)) return sensitiveHeaders.has(key.toLowerCase()) ? `the \`${key}\` header` : undefined;
    return isSensitiveName(key) ? `\`${redactSecretsIn(key)}\`` : undefined;
  }
  if (!ts.isPropertyAccessExpression(node)) return undefined;
  const name = node.name.text;
  if (isHeaders(node.expression)) return sensitiveHeaders.has(name.toLowerCase()) ? `the \`${name}\` header` : undefined;
  if (name === "headers" && requestObject.test(node.expression.getText())) return "every request header (cookies and `Authorization` included)";
  if (name === "body" && requestObject.test(node.expression.getText()) && isInAuthRoute(call, ctx)) return "the whole body of an authentication request";
  // `AuthErrorCode.TOKEN_RENEW_FAILED`: a member of a table of literal codes is a code written in the source.
  if (ts.isIdentifier(node.expression) && ctx.project.isConstantTable(node.expression.text, ctx.filePath)) return undefined;
  return isSensitiveName(name) && !isSecretLookupKey(node) && !isQuantityInFile(name, node) ? `\`${quoteNode(node)}\`` : undefined;
}

/**
 * `const token = \`${process.pid}-${Date.now()}\``, or a private method's `token` parameter that every call in its class
 * passes such a value (`this.extendLock(key, token)`): the owner mark of a lock or a request tag, built from the clock
 * and the process id. Anyone reading the log could have worked it out, so it opens nothing, whatever it is called.
 */
function holdsGuessableValue(identifier: ts.Identifier): boolean {
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration) return false;
  if (ts.isVariableDeclaration(declaration)) return !!declaration.initializer && !!(declaration.parent.flags & ts.NodeFlags.Const) && isBuiltFromGuessableParts(declaration.initializer);
  if (!ts.isParameter(declaration)) return false;
  const method = declaration.parent;
  const index = method.parameters.indexOf(declaration);
  if (!ts.isMethodDeclaration(method) || !ts.isClassLike(method.parent) || !isPrivateMember(method)) return false;
  const calls = privateMethodCalls(method);
  return calls !== undefined && calls.length > 0 && calls.every((call) => call.arguments[index] !== undefined && isBuiltFromGuessableParts(call.arguments[index]!));
}

function isPrivateMember(member: ts.MethodDeclaration): boolean {
  return ts.isPrivateIdentifier(member.name) || hasModifier(member, SyntaxKind.PrivateKeyword);
}

/** Every `this.method(…)` call in the class; undefined when the method is also used another way (handed on as a callback). */
function privateMethodCalls(method: ts.MethodDeclaration): ts.CallExpression[] | undefined {
  const name = method.name.getText();
  const calls: ts.CallExpression[] = [];
  let isPassedOn = false;
  const visit = (node: ts.Node): void => {
    if (isPassedOn) return;
    if (ts.isPropertyAccessExpression(node) && node.expression.kind === SyntaxKind.ThisKeyword && node.name.getText() === name) {
      if (ts.isCallExpression(node.parent) && node.parent.expression === node) calls.push(node.parent);
      else isPassedOn = true;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(method.parent, visit);
  return isPassedOn ? undefined : calls;
}

/** `Math.max(…)`, `0`, `usage.cached ?? 0`: an expression whose value is a number however it is named. */
function isNumberMade(value: ts.Expression): boolean {
  if (ts.isNumericLiteral(value)) return true;
  if (ts.isCallExpression(value)) return calleeText(value)?.startsWith("Math.") === true;
  return ts.isBinaryExpression(value) && isFallbackOperator(value.operatorToken.kind) && ts.isNumericLiteral(unwrapExpression(value.right));
}

/** Relational and arithmetic operators: their operands are numbers. */
const numericOperators = new Set([
  SyntaxKind.LessThanToken, SyntaxKind.GreaterThanToken, SyntaxKind.LessThanEqualsToken, SyntaxKind.GreaterThanEqualsToken,
  SyntaxKind.MinusToken, SyntaxKind.AsteriskToken, SyntaxKind.SlashToken, SyntaxKind.PercentToken,
  SyntaxKind.MinusEqualsToken, SyntaxKind.AsteriskEqualsToken,
]);
const quantityNamesByFile = new WeakMap<ts.SourceFile, ReadonlySet<string>>();

/**
 * `cacheReadTokens`, `fixedTokens`: a name of several words that this file declares as a `number` (`fixedTokens:
 * number`) or uses as one (`if (cacheReadTokens > 0)`, `budget - fixedTokens`, `const target = Math.max(…)`) counts
 * something, language-model tokens most often; a credential is text. A bare `token` or `password` is too common a name
 * for one use to speak for another.
 */
function isQuantityInFile(name: string, from: ts.Node): boolean {
  if (nameWords(name).length < 2) return false;
  const sourceFile = from.getSourceFile();
  let names = quantityNamesByFile.get(sourceFile);
  if (!names) quantityNamesByFile.set(sourceFile, (names = quantityNamesIn(sourceFile)));
  return names.has(name);
}

function quantityNamesIn(sourceFile: ts.SourceFile): ReadonlySet<string> {
  const names = new Set<string>();
  const add = (node: ts.Node): void => {
    const value = ts.isExpression(node) ? unwrapExpression(node) : node;
    if (ts.isIdentifier(value)) names.add(value.text);
    else if (ts.isPropertyAccessExpression(value)) names.add(value.name.text);
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isPropertySignature(node) || ts.isPropertyDeclaration(node) || ts.isParameter(node) || ts.isVariableDeclaration(node)) && ts.isIdentifier(node.name)) {
      const initializer = ts.isPropertySignature(node) ? undefined : node.initializer && unwrapExpression(node.initializer);
      if (node.type?.kind === SyntaxKind.NumberKeyword || (initializer && isNumberMade(initializer))) names.add(node.name.text);
    } else if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && isNumberMade(unwrapExpression(node.initializer))) {
      names.add(node.name.text);
    } else if (ts.isBinaryExpression(node) && numericOperators.has(node.operatorToken.kind)) {
      add(node.left);
      add(node.right);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return names;
}

/**
 * `const { API_TOKEN, DB_PASSWORD, ...rest } = env`: a rest binding whose siblings take out secret-named entries is
 * what is left once they are gone, whatever its own name says.
 */
function isStrippedOfSecrets(identifier: ts.Identifier): boolean {
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration || !ts.isBindingElement(declaration) || !declaration.dotDotDotToken || !ts.isObjectBindingPattern(declaration.parent)) return false;
  return declaration.parent.elements.some((element) => {
    if (element === declaration) return false;
    const key = element.propertyName ?? element.name;
    return (ts.isIdentifier(key) || ts.isStringLiteral(key)) && isSensitiveName(key.text);
  });
}

/**
 * `const keyFile = resolve(argv.keyFile)`, read with `fs.readFileSync(keyFile)` and otherwise only logged: the variable
 * is the path of the file that holds the secret, not the secret. Every use must be a file call's path or a log line.
 */
function holdsFilePath(identifier: ts.Identifier, ctx: Context): boolean {
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return false;
  let opensFile = false;
  let otherUse = false;
  const visit = (node: ts.Node): void => {
    if (otherUse) return;
    if (ts.isIdentifier(node) && node !== declaration.name && node.text === identifier.text && findDeclaration(node.text, node) === declaration) {
      const call = callGivenAsArgument(node);
      if (call && fileAccessOf(call)?.paths.some((path) => unwrapExpression(path) === node)) opensFile = true;
      else if (!call || !loggingLevelOf(call, (name) => ctx.project.isLogger(name, ctx.filePath))) otherUse = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(identifier.getSourceFile());
  return opensFile && !otherUse;
}

/**
 * `const tokenResponse = await response.json(); if (!response.ok) log(tokenResponse)`: the body of a response the server
 * refused is its error, not the credential a successful one would carry. Only a log inside the `!response.ok` branch.
 */
function isFailedResponseBody(identifier: ts.Identifier, call: ts.CallExpression): boolean {
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
  const read = unwrapExpression(declaration.initializer);
  const body = ts.isAwaitExpression(read) ? unwrapExpression(read.expression) : undefined;
  if (!body || !ts.isCallExpression(body) || !ts.isPropertyAccessExpression(body.expression) || !bodyReaders.has(body.expression.name.text)) return false;
  const response = unwrapExpression(body.expression.expression);
  if (!ts.isIdentifier(response)) return false;
  for (let node: ts.Node = call; node.parent; node = node.parent) {
    const branch = node.parent;
    if (!ts.isIfStatement(branch) || branch.thenStatement !== node) continue;
    const condition = unwrapExpression(branch.expression);
    if (!ts.isPrefixUnaryExpression(condition) || condition.operator !== SyntaxKind.ExclamationToken) continue;
    const tested = unwrapExpression(condition.operand);
    if (ts.isPropertyAccessExpression(tested) && tested.name.text === "ok" && ts.isIdentifier(tested.expression) && tested.expression.text === response.text) return true;
  }
  return false;
}

/** A fetch response's body readers. */
const bodyReaders = new Set(["json", "text"]);

/** The call `node` is an argument of, directly or inside a template or concatenation that is one. */
function callGivenAsArgument(node: ts.Node): ts.CallExpression | undefined {
  let current = node;
  while (ts.isTemplateSpan(current.parent) || ts.isTemplateExpression(current.parent) || ts.isParenthesizedExpression(current.parent) || (ts.isBinaryExpression(current.parent) && current.parent.operatorToken.kind === SyntaxKind.PlusToken)) current = current.parent;
  const parent = current.parent;
  return ts.isCallExpression(parent) && parent.arguments.includes(current as ts.Expression) ? parent : undefined;
}

/**
 * `handleUpload({ onBeforeGenerateToken: … , onUploadCompleted: async ({ blob, tokenPayload }) => log(tokenPayload) })`
 * from `@vercel/blob/client`: Vercel hands back as `tokenPayload` the string this code's own `onBeforeGenerateToken`
 * returned under that key, nothing the client or Vercel minted. It is judged by what those returns put there: nothing
 * (null when no return names it), or a value with no credential in it.
 */
function isOwnUploadPayload(identifier: ts.Identifier, call: ts.CallExpression, ctx: Context): boolean {
  const binding = findDeclaration(identifier.text, identifier);
  if (!binding || !ts.isBindingElement(binding) || (binding.propertyName ?? binding.name).getText() !== "tokenPayload") return false;
  const callback = binding.parent.parent.parent;
  const property = ts.isFunctionLike(callback) ? callback.parent : undefined;
  const options = property && ts.isPropertyAssignment(property) && property.name.getText() === "onUploadCompleted" ? property.parent : undefined;
  const upload = options && ts.isObjectLiteralExpression(options) ? options.parent : undefined;
  if (!upload || !ts.isCallExpression(upload) || !ts.isIdentifier(upload.expression) || importedModuleOf(upload.expression.text, upload) !== "@vercel/blob/client") return false;
  const before = propertyNamed(options, "onBeforeGenerateToken");
  const issuer = before && ts.isPropertyAssignment(before) ? unwrapExpression(before.initializer) : before;
  const returned = issuer && (ts.isArrowFunction(issuer) || ts.isFunctionExpression(issuer) || ts.isMethodDeclaration(issuer)) ? returnedExpressions(issuer) : undefined;
  return !!returned && returned.every((value) => {
    const object = unwrapExpression(value);
    if (!ts.isObjectLiteralExpression(object)) return false;
    const payload = propertyNamed(object, "tokenPayload");
    if (!payload) return true;
    return ts.isPropertyAssignment(payload) && sensitiveValuesIn(payload.initializer, call, ctx).length === 0;
  });
}

/**
 * The same value is passed, in the enclosing function, to a method that fetches a secret by name
 * (`store.getSecret(schema, entry.secretKey)`, `vault.read(secretName)`): it names the secret, it does not hold it.
 */
function isSecretLookupKey(value: ts.Expression): boolean {
  const text = value.getText();
  const scope = enclosingFunction(value) ?? value.getSourceFile();
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.arguments.some((argument) => unwrapExpression(argument).getText() === text)) {
      const method = node.expression.name.text;
      const receiver = node.expression.expression.getText();
      if (secretLookup.test(method) && (isSecretName(method.replace(secretLookup, "")) || /secret|vault|credential|keychain/i.test(receiver))) found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return found;
}

/**
 * A value that cannot be a credential whatever its name: a count (`tokens.length`, `keys.size`, the `count` a bulk
 * delete resolves to), a number or a boolean (`reportedTokens: data.length`, `{ passwordSet: true }`).
 */
function isCountOrFlag(expression: ts.Expression): boolean {
  const value = unwrapExpression(expression);
  if (ts.isNumericLiteral(value) || value.kind === SyntaxKind.TrueKeyword || value.kind === SyntaxKind.FalseKeyword) return true;
  if (ts.isPrefixUnaryExpression(value)) return value.operator === SyntaxKind.ExclamationToken || ts.isNumericLiteral(unwrapExpression(value.operand));
  return (ts.isPropertyAccessExpression(value) && (value.name.text === "length" || value.name.text === "size")) || isBulkWriteCount(value);
}

/**
 * `fileName.split("/")`, maybe filtered or mapped, directly or through a local const: the pieces of a text that holds
 * no credential (path segments, words) are none, whatever the variable holding them is called (`pathTokens`). The
 * pieces of a credential (`authorization.split(" ")`, `token.split(".")`) still are.
 */
function isPiecesOfPlainText(expression: ts.Expression, call: ts.CallExpression, ctx: Context): boolean {
  let value = unwrapExpression(expression);
  if (ts.isIdentifier(value)) {
    const declaration = findDeclaration(value.text, value);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name) || !declaration.initializer) return false;
    value = unwrapExpression(declaration.initializer);
  }
  while (ts.isCallExpression(value) && ts.isPropertyAccessExpression(value.expression) && pieceMethods.has(value.expression.name.text)) value = unwrapExpression(value.expression.expression);
  if (!ts.isCallExpression(value) || !ts.isPropertyAccessExpression(value.expression) || value.expression.name.text !== "split") return false;
  return sensitiveValuesIn(value.expression.expression, call, ctx).length === 0;
}

/** `"[redacted]"`, `"***"`: what a redacted value is logged as, under whatever key. A literal password (`"temporary"`) is not one. */
function isRedactionPlaceholder(expression: ts.Expression): boolean {
  const value = unwrapExpression(expression);
  return ts.isStringLiteralLike(value) && /^[\W_]*(redacted|hidden|masked|filtered|omitted|removed)?[\W_]*$/i.test(value.text);
}

/** Packages whose functions answer a masked copy of what they are handed (`MaskData.maskPhone(secret, options)`). */
const maskingModules = new Set(["maskdata"]);

/**
 * `var maskedSecret = MaskData.maskPhone(secret, keepThree)`, or a call of a masking function of the file: the name
 * holds the masked form wherever it is read, as `mask(secret)` logged in place does.
 */
function holdsMaskedValue(identifier: ts.Identifier): boolean {
  const initializer = unchangedInitializerOf(identifier);
  const value = initializer && unwrapExpression(initializer);
  if (!value || !ts.isCallExpression(value)) return false;
  return isMaskedByOwnFunction(value) || maskingModules.has(importedModuleOfCallee(value) ?? "");
}

/**
 * `{ botToken: maskToken(config.botToken) }` where the project's `maskToken` returns only literals (`"••••"`) and text
 * built around cut pieces of its input (`${value.slice(0, 4)}…${value.slice(-4)}`), never the input itself: what is
 * logged is the masked form, whatever key it sits under.
 */
function isMaskedByOwnFunction(expression: ts.Expression): boolean {
  const value = unwrapExpression(expression);
  if (!ts.isCallExpression(value) || !ts.isIdentifier(value.expression)) return false;
  const fn = functionBoundTo(value.expression.text, value);
  const returned = fn && returnedExpressions(fn);
  if (!fn || !returned || returned.length === 0) return false;
  const parameters = new Set(fn.parameters.flatMap((parameter) => (ts.isIdentifier(parameter.name) ? [parameter.name.text] : [])));
  return returned.every((result) => isMasked(result, parameters));
}

/** A literal, or a template whose parts include a cut (`.slice(0, 4)` with literal bounds) and never a parameter whole. */
function isMasked(expression: ts.Expression, parameters: ReadonlySet<string>): boolean {
  const value = unwrapExpression(expression);
  if (ts.isStringLiteralLike(value)) return true;
  if (ts.isConditionalExpression(value)) return isMasked(value.whenTrue, parameters) && isMasked(value.whenFalse, parameters);
  if (!ts.isTemplateExpression(value)) return false;
  const parts = value.templateSpans.map((span) => unwrapExpression(span.expression));
  const isCut = (part: ts.Expression): boolean => ts.isCallExpression(part) && ts.isPropertyAccessExpression(part.expression) && cutMethods.has(part.expression.name.text) && isBoundedCut(part.arguments);
  const isMaskedPart = (part: ts.Expression): boolean => isCut(part) || ((ts.isConditionalExpression(part) || ts.isTemplateExpression(part) || ts.isStringLiteralLike(part)) && isMasked(part, parameters));
  return parts.some(isMaskedPart) && parts.every((part) => isMaskedPart(part) || (ts.isIdentifier(part) && !parameters.has(part.text)));
}

/** `(0, 4)` or `(-4)`: literal bounds that keep a few characters; `(4)` keeps all but the first four. */
function isBoundedCut(bounds: readonly ts.Expression[]): boolean {
  const [first, second] = bounds.map(unwrapExpression);
  if (bounds.length === 2) return ts.isNumericLiteral(first!) && ts.isNumericLiteral(second!);
  return bounds.length === 1 && ts.isPrefixUnaryExpression(first!) && first.operator === SyntaxKind.MinusToken && ts.isNumericLiteral(first.operand);
}

/** String methods that keep a bounded piece of a text. */
const cutMethods = new Set(["slice", "substring", "substr"]);

/** `const PASS_THRESHOLD = 3`, `const purged = await knex("tokens").where(…).delete()`: a local bound to a count or a flag. */
function holdsCountOrFlag(identifier: ts.Identifier): boolean {
  const declaration = findDeclaration(identifier.text, identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isIdentifier(declaration.name)) return false;
  return isCountOrFlag(declaration.initializer) || isKnexRowCount(declaration.initializer);
}

function isHeaders(node: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(node) && node.name.text === "headers";
}

/** `req.get("authorization")`, `req.header(...)`, `c.req.header(...)`, `request.headers.get(...)`: the header name. */
function headerReadName(call: ts.CallExpression): string | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const method = call.expression.name.text;
  const receiver = call.expression.expression;
  const isHeaderRead = method === "header" || (method === "get" && (isHeaders(receiver) || requestObject.test(receiver.getText())));
  return isHeaderRead ? stringValue(call.arguments[0])?.toLowerCase() : undefined;
}

function isSensitiveName(name: string): boolean {
  const words = nameWords(name);
  if (booleanPrefixes.has(words[0] ?? "") || words.some((word) => paginationWords.has(word))) return false;
  if (countsTokens(words)) return false;
  if (isSecretName(name)) return true;
  const last = words[words.length - 1];
  return last !== undefined && sensitiveWords.has(last);
}

/** `totalTokens`, `promptTokens`, `tokenCount`: a language model's token usage, by its words. */
function countsTokens(words: readonly string[]): boolean {
  return (words.includes("tokens") && words.some((word) => quantityWords.has(word))) || (words.includes("token") && words.includes("count"));
}

/** `{ truncatedContextTokens: context.totalTokens }`: the value read is a count of tokens, whatever key it is logged under. */
function readsQuantity(expression: ts.Expression): boolean {
  const value = unwrapExpression(expression);
  const name = ts.isIdentifier(value) ? value.text : ts.isPropertyAccessExpression(value) ? value.name.text : undefined;
  return name !== undefined && (countsTokens(nameWords(name)) || isQuantityInFile(name, value));
}

/** The call is inside the handler of a route whose path is an authentication endpoint. */
function isInAuthRoute(call: ts.CallExpression, ctx: Context): boolean {
  const position = call.getStart();
  return ctx.project
    .routesIn(ctx.filePath)
    .some(({ route, fullPath }) => route.handler && route.handler.start <= position && position < route.handler.end && authPath.test(fullPath));
}

/** Drops the sensitive property, argument or template part; nothing is offered when that would leave the call empty. */
function removalOf(found: SensitiveValue, call: ts.CallExpression): FixRequest | undefined {
  const node = found.node;
  if (ts.isTemplateSpan(node)) {
    const start = node.expression.getStart() - 2;
    return { apply: (edit) => edit.replace({ start, end: node.literal.getStart() + 1 }, "[redacted]") };
  }
  const list: readonly ts.Node[] | undefined = ts.isObjectLiteralElementLike(node) ? (node.parent as ts.ObjectLiteralExpression).properties : call.arguments.includes(node as ts.Expression) ? call.arguments : undefined;
  // A property that is the object's only one keeps its key, so the log line keeps its shape: `{ input: { token: "[redacted]" } }`.
  if (list && list.length < 2 && (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node))) {
    return { apply: (edit) => edit.replace(node, `${node.name.getText()}: "[redacted]"`) };
  }
  if (!list || list.length < 2) return undefined;
  return { apply: (edit) => removeListItem(edit, list, list.indexOf(node)) };
}

function removeListItem(edit: FixBuilder, list: readonly ts.Node[], index: number): void {
  const item = list[index]!;
  const next = list[index + 1];
  const previous = list[index - 1];
  if (next) edit.remove({ start: item.getStart(), end: next.getStart() });
  else if (previous) edit.remove({ start: previous.getEnd(), end: item.getEnd() });
}
