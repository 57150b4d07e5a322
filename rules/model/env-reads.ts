// Environment reads of a file (`process.env.X`, `Deno.env.get("X")`): which variable, whether the code assumes it is
// present or numeric without a fallback or check, and whether the file is the module that validates `process.env`.
import { ts } from "ts-morph";
import { isSecretName, secretArgumentAt } from "./secrets.js";
import type { Extractor } from "./summarize.js";
import { calleeModuleOf, calleeText, constInitializerOf, enclosingClass, enclosingFunction, findDeclaration, importedModuleOf, isEqualityOperator, isFallbackOperator, isFunctionLike, isInCondition, moduleFunctionHolding, propertyNamed, referencesOf, returnedExpressions, spanOf, stringValue, unwrapExpression } from "./syntax.js";
import type { EnvReadSummary, EnvSchemaSummary } from "./types.js";

const { SyntaxKind } = ts;

const numberParsers = new Set(["parseInt", "parseFloat", "Number", "Number.parseInt", "Number.parseFloat"]);
const nanChecks = new Set(["isNaN", "Number.isNaN", "isFinite", "Number.isFinite", "Number.isInteger", "Number.isSafeInteger"]);
const presenceAsserts = new Set(["assert", "assert.ok", "invariant", "ok"]);
/** Calls that check an object against a schema: `EnvSchema.parse(process.env)`, `cleanEnv(process.env, …)`, `createEnv({ runtimeEnv })`. */
const schemaCalls = new Set(["parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "validateSync", "cleanEnv", "createEnv", "parseEnv", "envsafe"]);

export const envReads: Extractor = {
  // `process.env`, `Deno.env`, a schema's `runtimeEnv`: every read and schema spells it.
  textHint: /env/i,
  kinds: [SyntaxKind.PropertyAccessExpression, SyntaxKind.ElementAccessExpression, SyntaxKind.CallExpression, SyntaxKind.VariableDeclaration],
  visit(node, { sourceFile, summary }) {
    if (ts.isVariableDeclaration(node)) {
      const schema = autoloadedEnvSchemaOf(node, sourceFile);
      if (schema) summary.envSchema ??= schema;
      const flag = unsetSettingsFlag(node);
      if (flag) (summary.unsetSettingsFlags ??= []).push(flag);
      return;
    }
    if (ts.isCallExpression(node)) {
      const schema = envSchemaOf(node, sourceFile) ?? jsonSchemaEnvOf(node, sourceFile);
      if (schema) summary.envSchema ??= schema;
    }
    const name = envNameOf(node);
    if (name === undefined) return;
    const { read, isNanTested } = describeRead(node as ts.Expression, name, sourceFile);
    (summary.envReads ??= []).push(read);
    // A parse tested for NaN checks the variable is set and numeric, like a presence test checks it is set.
    if (isNanTested || isPresenceCheck(node as ts.Expression)) {
      summary.checkedEnvNames ??= [];
      if (!summary.checkedEnvNames.includes(name)) summary.checkedEnvNames.push(name);
    }
  },
};

/**
 * `export const loginOn = process.env.LOGIN !== "off"`: a module `const` whose value is known when no deploy setting is
 * set (true here). What runs with every setting left unset is what an install runs unless its operator opts out.
 */
function unsetSettingsFlag(node: ts.VariableDeclaration): { name: string; value: boolean } | undefined {
  if (!ts.isIdentifier(node.name) || !node.initializer || !(node.parent.flags & ts.NodeFlags.Const) || !ts.isSourceFile(node.parent.parent.parent)) return undefined;
  const value = truthWithSettingsUnset(node.initializer, 0);
  return value === undefined ? undefined : { name: node.name.text, value };
}

/** Whether `expression` is truthy when no deploy setting is set, or undefined when that is not known from the file. */
function truthWithSettingsUnset(expression: ts.Expression, depth: number): boolean | undefined {
  const value = valueWithSettingsUnset(expression, depth);
  return value === "unset" ? false : value;
}

/**
 * `expression`'s value when no deploy setting is set: "unset" for a read of one (`process.env.X`,
 * `process.env.X?.toLowerCase()`), a boolean for a comparison of one with a literal and for `!`, `Boolean(…)`, `&&`,
 * `||` and module consts made of those; undefined for anything else.
 */
function valueWithSettingsUnset(node: ts.Expression, depth: number): "unset" | boolean | undefined {
  const expression = unwrapExpression(node);
  if (depth > 4) return undefined;
  if (envNameOf(expression) !== undefined) return "unset";
  if (ts.isCallExpression(expression)) {
    const callee = unwrapExpression(expression.expression);
    // `process.env.X?.toLowerCase()` is undefined when X is.
    if (ts.isPropertyAccessExpression(callee) && callee.questionDotToken && valueWithSettingsUnset(callee.expression, depth) === "unset") return "unset";
    return ts.isIdentifier(callee) && callee.text === "Boolean" && expression.arguments.length === 1 ? truthWithSettingsUnset(expression.arguments[0]!, depth) : undefined;
  }
  if (ts.isPrefixUnaryExpression(expression) && expression.operator === SyntaxKind.ExclamationToken) {
    const operand = truthWithSettingsUnset(expression.operand, depth);
    return operand === undefined ? undefined : !operand;
  }
  if (ts.isIdentifier(expression)) {
    const declaration = findDeclaration(expression.text, expression);
    const initializer = declaration && ts.isVariableDeclaration(declaration) && declaration.parent.flags & ts.NodeFlags.Const ? declaration.initializer : undefined;
    return initializer ? truthWithSettingsUnset(initializer, depth + 1) : undefined;
  }
  if (!ts.isBinaryExpression(expression)) return undefined;
  const operator = expression.operatorToken.kind;
  if (operator === SyntaxKind.AmpersandAmpersandToken || operator === SyntaxKind.BarBarToken) {
    const left = truthWithSettingsUnset(expression.left, depth);
    if (left === undefined) return undefined;
    return left === (operator === SyntaxKind.BarBarToken) ? left : truthWithSettingsUnset(expression.right, depth);
  }
  if (!isEqualityOperator(operator)) return undefined;
  const [left, right] = [valueWithSettingsUnset(expression.left, depth), valueWithSettingsUnset(expression.right, depth)];
  const other = unwrapExpression(left === "unset" ? expression.right : expression.left);
  if ((left === "unset") === (right === "unset")) return undefined;
  const isUndefined = ts.isIdentifier(other) && other.text === "undefined";
  if (!isUndefined && stringValue(other) === undefined && !ts.isNumericLiteral(other)) return undefined;
  const equal = isUndefined;
  const negated = operator === SyntaxKind.ExclamationEqualsEqualsToken || operator === SyntaxKind.ExclamationEqualsToken;
  return negated ? !equal : equal;
}

/** `process.env.X`, `process.env["X"]` or `Deno.env.get("X")`: the variable's name. */
export function envNameOf(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node) && isProcessEnv(node.expression)) return node.name.text;
  if (ts.isElementAccessExpression(node) && isProcessEnv(node.expression)) return stringValue(node.argumentExpression);
  if (ts.isCallExpression(node) && calleeText(node) === "Deno.env.get") return stringValue(node.arguments[0]);
  return undefined;
}

/** Every env read spells `env` (`process.env`, `Deno.env.get`, `c.env`): a condition without it tests no deploy setting. */
export const envSpelling = /env/;

/** `process.env.X`, `process.env["X"]`, `Deno.env.get("X")`, `env.X`, `c.env.X`, `import.meta.env.X`: the deploy setting's name. */
export function deploySettingName(node: ts.Expression): string | undefined {
  const expression = unwrapExpression(node);
  if (ts.isCallExpression(expression) && calleeText(expression) === "Deno.env.get") return stringValue(expression.arguments[0]);
  if (ts.isElementAccessExpression(expression) && /(^|\.)env$/.test(expression.expression.getText())) return stringValue(expression.argumentExpression);
  if (ts.isPropertyAccessExpression(expression) && /(^|\.)env$/.test(expression.expression.getText())) return expression.name.text;
  return undefined;
}

/** Packages that fill `process.env` from files when called: dotenv's `config()`, dotenv-flow, dotenv-expand, Next.js's `loadEnvConfig`. */
const envLoaderModules = /^(dotenv|dotenv-flow|dotenv-expand|dotenv-safe|@next\/env)$/;

/** `dotenv.config()`, `loadEnvConfig(dir)`: a call of a function imported from a package that fills the environment. */
export function isEnvLoaderCall(call: ts.CallExpression): boolean {
  const { module } = calleeModuleOf(call.expression);
  return module !== undefined && envLoaderModules.test(module);
}

/**
 * The deploy setting a condition tests, when it tests nothing else: a setting compared with a constant
 * (`process.env.VERCEL === "1"`, `env.NODE_ENV !== "development"`) or tested for presence, also negated and joined with
 * `&&`/`||`. Code under such a condition runs or not by configuration, whatever the request says.
 */
export function testedDeploySetting(condition: ts.Expression): string | undefined {
  const expression = unwrapExpression(condition);
  if (ts.isPrefixUnaryExpression(expression) && expression.operator === SyntaxKind.ExclamationToken) return testedDeploySetting(expression.operand);
  const name = deploySettingName(expression);
  if (name !== undefined) return name;
  if (!ts.isBinaryExpression(expression)) return undefined;
  const operator = expression.operatorToken.kind;
  if (operator === SyntaxKind.AmpersandAmpersandToken || operator === SyntaxKind.BarBarToken) {
    const left = testedDeploySetting(expression.left);
    return left !== undefined && testedDeploySetting(expression.right) !== undefined ? left : undefined;
  }
  if (!isEqualityOperator(operator)) return undefined;
  const [setting, other] = deploySettingName(expression.left) !== undefined ? [expression.left, expression.right] : [expression.right, expression.left];
  const constant = unwrapExpression(other);
  const isConstant = stringValue(constant) !== undefined || ts.isNumericLiteral(constant) || constant.kind === SyntaxKind.TrueKeyword || constant.kind === SyntaxKind.FalseKeyword;
  return isConstant ? deploySettingName(setting) : undefined;
}

export function isProcessEnv(node: ts.Expression): boolean {
  // Asked at every property access in every file: compare the two names without building the dotted string.
  return ts.isPropertyAccessExpression(node) && node.name.text === "env" && ts.isIdentifier(node.expression) && node.expression.text === "process";
}

function describeRead(read: ts.Expression, name: string, sourceFile: ts.SourceFile): { read: EnvReadSummary; isNanTested: boolean } {
  const summary: EnvReadSummary = { name, span: spanOf(read, sourceFile), isNumeric: false, runtime: ts.isCallExpression(read) ? "deno" : "node" };
  if (!enclosingFunction(read) && !enclosingClass(read)) summary.runsAtLoad = true;
  let outer: ts.Expression = read;
  let assumesPresence = false;
  for (;;) {
    const parent: ts.Node = outer.parent;
    if (ts.isParenthesizedExpression(parent)) outer = parent;
    else if (ts.isNonNullExpression(parent)) {
      outer = parent;
      assumesPresence = true;
    } else if ((ts.isAsExpression(parent) || ts.isTypeAssertionExpression(parent)) && parent.type.kind === SyntaxKind.StringKeyword) {
      outer = parent;
      assumesPresence = true;
    } else break;
  }
  // A tool's config (`export default defineConfig({...})` for drizzle-kit, vite…) is read by its CLI, which stops at once.
  if (isInToolConfig(read)) return { read: summary, isNanTested: false };
  const parser = numericParse(outer);
  if (parser) {
    summary.isNumeric = true;
    const isNanTested = isNanChecked(parser) || isNanTestedWhereParsed(parser);
    if (!isNanTested && !hasFallback(parser) && !isComparedWithLiteral(parser) && !isDroppedWhenFalsy(parser)) {
      summary.assumption = "number";
      summary.assumingSpan = spanOf(parser, sourceFile);
    }
    return { read: summary, isNanTested };
  }
  if (isFallbackOperand(outer)) summary.isFallback = true;
  if (assumesPresence) {
    const use = useOfPresentValue(outer);
    if (use !== "handled") {
      summary.assumption = "present";
      summary.assumingSpan = spanOf(outer, sourceFile);
      if (use) summary.silentUse = use;
      else if (isCheckedByClient(outer)) summary.isCheckedByClient = true;
      const holder = use === "requestUrl" ? moduleFunctionHolding(outer) : undefined;
      if (holder !== undefined) summary.inFunction = holder;
    }
  } else {
    const stringified = stringification(outer);
    if (stringified && isPassedAsKeyMaterial(stringified)) {
      summary.assumption = "stringified";
      summary.assumingSpan = spanOf(stringified, sourceFile);
    }
    // Asked only of secret settings: following a const to its uses is not free, and only a key is compared like this.
    if (isSecretName(name) && useOfPresentValue(outer) === "comparison") summary.isComparedAsIs = true;
  }
  return { read: summary, isNanTested: false };
}

/** `A || process.env.B!`, `A ?? process.env.B`: the read decides only when `A` is missing. */
function isFallbackOperand(outer: ts.Expression): boolean {
  const parent = outer.parent;
  return ts.isBinaryExpression(parent) && parent.right === outer && isFallbackOperator(parent.operatorToken.kind);
}

/**
 * What the code does with a value it assumes is set: `"handled"` when a missing one is dealt with after all (a
 * fallback, a comparison with a literal that fails closed, a presence test, a const only ever used those ways), a
 * silent mishandling (built into text, compared with another value, stringified into key material), or `undefined`
 * when it is only handed on — to an SDK, a client, a config or a crypto call, which fails loudly on a missing value.
 */
function useOfPresentValue(value: ts.Node, followsConst = true): "handled" | NonNullable<EnvReadSummary["silentUse"]> | undefined {
  let outer = value;
  for (;;) {
    const parent: ts.Node = outer.parent;
    if (ts.isParenthesizedExpression(parent) || ts.isNonNullExpression(parent) || ((ts.isAsExpression(parent) || ts.isTypeAssertionExpression(parent)) && parent.type.kind === SyntaxKind.StringKeyword)) outer = parent;
    else if (ts.isBinaryExpression(parent) && isFallbackOperator(parent.operatorToken.kind)) {
      // `process.env.A! || process.env.B!`: the left read falls back on the right one; the chain's value is what is used.
      if (parent.left === outer) return "handled";
      outer = parent;
    } else break;
  }
  const parent = outer.parent;
  // The raw value as a key is handed on: `createHmac`, `jwt.sign` and `jwt.verify` throw on a missing one.
  const stringified = stringification(outer as ts.Expression);
  if (stringified && isPassedAsKeyMaterial(stringified)) return "key";
  if (ts.isTemplateSpan(parent)) return "text";
  const location = locationUse(outer as ts.Expression);
  if (location) return location;
  if (ts.isBinaryExpression(parent)) {
    const kind = parent.operatorToken.kind;
    const other = unwrapExpression(parent.left === outer ? parent.right : parent.left);
    if (kind === SyntaxKind.PlusToken && isTextExpression(other)) return "text";
    if (isEqualityOperator(kind)) return isLiteralValue(other) ? "handled" : "comparison";
    if (kind === SyntaxKind.AmpersandAmpersandToken && parent.left === outer) return "handled";
  }
  if (isPresenceTest(outer)) return "handled";
  if (followsConst && ts.isVariableDeclaration(parent) && parent.initializer === outer && ts.isIdentifier(parent.name) && parent.parent.flags & ts.NodeFlags.Const) {
    const uses = referencesOf(parent);
    if (uses.length === 0) return undefined;
    const kinds = uses.map((use) => (isGuardedByPresence(use) ? "handled" : useOfPresentValue(use, false)));
    return kinds.find((kind) => kind !== undefined && kind !== "handled") ?? (kinds.every((kind) => kind === "handled") ? "handled" : undefined);
  }
  return undefined;
}

/**
 * Client factories that refuse a missing key or URL themselves with an error that names it: Resend's constructor
 * throws "Missing API key", supabase's `createClient` and @supabase/ssr's `createBrowserClient`/`createServerClient`
 * throw "... is required", an AI SDK provider's key loader (`createOpenAI({ apiKey })`) throws LoadAPIKeyError
 * naming the variable, and the Trigger.dev SDK's `webhooks.constructEvent` throws a WebhookError for a missing secret.
 */
function isSelfCheckingClient(call: ts.CallExpression | ts.NewExpression, asApiKey: boolean): boolean {
  const { module, member } = calleeModuleOf(call.expression);
  if (module === "resend") return ts.isNewExpression(call) && member === "Resend";
  if (module === "@supabase/supabase-js") return member === "createClient";
  if (module === "@supabase/ssr") return member === "createBrowserClient" || member === "createServerClient";
  // `webhooks.constructEvent(request, secret)` throws "Missing secret" before it verifies anything: the request is refused.
  if (module === "@trigger.dev/sdk" || module === "@trigger.dev/sdk/v3") return member === "constructEvent" && !asApiKey;
  return asApiKey && module !== undefined && module.startsWith("@ai-sdk/") && member.startsWith("create");
}

/**
 * The value reaches a self-checking client (see isSelfCheckingClient) as an argument or its `apiKey` option, maybe as
 * one branch of a fallback or condition, or through a const every use of which does.
 */
function isCheckedByClient(value: ts.Expression, followsConst = true): boolean {
  let outer: ts.Node = value;
  for (;;) {
    const parent: ts.Node = outer.parent;
    const isBranch = ts.isConditionalExpression(parent) && parent.condition !== outer;
    const isOperand = ts.isBinaryExpression(parent) && isFallbackOperator(parent.operatorToken.kind);
    if (ts.isParenthesizedExpression(parent) || ts.isNonNullExpression(parent) || ts.isAsExpression(parent) || isBranch || isOperand) outer = parent;
    else break;
  }
  const parent = outer.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(outer as ts.Expression)) return isSelfCheckingClient(parent, false);
  if (ts.isPropertyAssignment(parent) && parent.name.getText() === "apiKey" && ts.isObjectLiteralExpression(parent.parent)) {
    const call = parent.parent.parent;
    return (ts.isCallExpression(call) || ts.isNewExpression(call)) && isSelfCheckingClient(call, true);
  }
  if (followsConst && ts.isVariableDeclaration(parent) && parent.initializer === outer && ts.isIdentifier(parent.name) && parent.parent.flags & ts.NodeFlags.Const) {
    const uses = referencesOf(parent);
    return uses.length > 0 && uses.every((use) => isCheckedByClient(use, false));
  }
  return false;
}

/**
 * The value as the target of a redirect (`res.redirect(value)`, `reply.redirect(value, 302)`, `NextResponse.redirect`,
 * `redirect(value)` imported from a framework) or as the input or base of `new URL(...)` inside a function: a missing
 * one sends users to the relative path "undefined", or throws "Invalid URL" on the request that reaches it.
 */
function locationUse(value: ts.Expression): "redirect" | "requestUrl" | undefined {
  const call = value.parent;
  if (ts.isNewExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === "URL" && findDeclaration("URL", call) === undefined) {
    // At module level a missing value throws while the app starts, which is what validation would do.
    return enclosingFunction(call) ? "requestUrl" : undefined;
  }
  if (!ts.isCallExpression(call) || !call.arguments.includes(value)) return undefined;
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text === "redirect" ? "redirect" : undefined;
  if (ts.isIdentifier(callee) && callee.text === "redirect") {
    const module = importedModuleOf(callee.text, callee);
    return module !== undefined && !module.startsWith(".") ? "redirect" : undefined;
  }
  return undefined;
}


/** A literal, `undefined` or `null`: a value the variable can only equal when it is set to exactly that. */
function isLiteralValue(expression: ts.Expression): boolean {
  return ts.isStringLiteralLike(expression) || ts.isNumericLiteral(expression) || expression.kind === SyntaxKind.NullKeyword || (ts.isIdentifier(expression) && expression.text === "undefined");
}

/** A string literal, a template, or a `+` chain holding one: text the value is appended to. */
function isTextExpression(expression: ts.Expression): boolean {
  if (ts.isStringLiteralLike(expression) || ts.isTemplateExpression(expression)) return true;
  return ts.isBinaryExpression(expression) && expression.operatorToken.kind === SyntaxKind.PlusToken && (isTextExpression(unwrapExpression(expression.left)) || isTextExpression(unwrapExpression(expression.right)));
}

/** `if (x)`, `!x`, `x ? … : …`: the value is tested for presence where it is used. */
function isPresenceTest(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isPrefixUnaryExpression(parent) && parent.operator === SyntaxKind.ExclamationToken) return true;
  return (ts.isIfStatement(parent) && parent.expression === node) || (ts.isConditionalExpression(parent) && parent.condition === node);
}

/** `if (key) send(key)`, `key ? send(key) : skip()`, `key && send(key)`: the use runs only when the value is there. */
function isGuardedByPresence(use: ts.Identifier): boolean {
  const testsUse = (condition: ts.Expression): boolean => {
    const test = unwrapExpression(condition);
    if (ts.isIdentifier(test)) return test.text === use.text;
    return ts.isBinaryExpression(test) && test.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken && (testsUse(test.left) || testsUse(test.right));
  };
  for (let child: ts.Node = use, current = use.parent; current && !ts.isSourceFile(current); child = current, current = current.parent) {
    if (ts.isIfStatement(current) && current.thenStatement === child && testsUse(current.expression)) return true;
    if (ts.isConditionalExpression(current) && current.whenTrue === child && testsUse(current.condition)) return true;
    if (ts.isBinaryExpression(current) && current.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken && current.right === child && testsUse(current.left)) return true;
  }
  return false;
}

/**
 * `${process.env.KEY}` alone in a template, or `String(process.env.KEY)`: a missing variable becomes the text
 * "undefined", a value every attacker knows when it keys an HMAC or a token (the caller asks whether it does).
 */
function stringification(outer: ts.Expression): ts.Expression | undefined {
  const parent = outer.parent;
  if (ts.isCallExpression(parent) && parent.arguments.length === 1 && parent.arguments[0] === outer && calleeText(parent) === "String") return parent;
  if (!ts.isTemplateSpan(parent) || parent.expression !== outer) return undefined;
  const template = parent.parent;
  return template.head.text === "" && template.templateSpans.length === 1 && parent.literal.text === "" ? template : undefined;
}

/** `parseInt(<read>)`, `Number(<read>)` or `+<read>` around the read, if any. */
function numericParse(outer: ts.Expression): ts.Expression | undefined {
  const parent = outer.parent;
  if (ts.isCallExpression(parent) && parent.arguments[0] === outer && numberParsers.has(calleeText(parent) ?? "")) return parent;
  if (ts.isPrefixUnaryExpression(parent) && parent.operator === SyntaxKind.PlusToken) return parent;
  return undefined;
}

/**
 * `parseInt(process.env.PORT) || 3000`: the parse result is defaulted where it is made; in a chain of defaults
 * (`+process.env.APP_PORT || +process.env.PORT || 3000`) by whatever comes after it.
 */
function hasFallback(parse: ts.Expression): boolean {
  let scaled = false;
  for (let outer: ts.Node = parse; ; ) {
    while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
    const parent = outer.parent;
    if (!ts.isBinaryExpression(parent)) return false;
    // `Number(process.env.MAX_MB) * 1024 * 1024 || Infinity`: NaN times anything is NaN, so the default still catches it.
    if (nanKeepingOperators.has(parent.operatorToken.kind)) {
      scaled = true;
      outer = parent;
      continue;
    }
    // `??` lets NaN through: it only stands right after a parse whose NaN the rule already leaves to the caller's default.
    if (parent.operatorToken.kind !== SyntaxKind.BarBarToken && (scaled || parent.operatorToken.kind !== SyntaxKind.QuestionQuestionToken)) return false;
    if (parent.left === outer) return true;
    outer = parent;
  }
}
/** Arithmetic whose result is NaN whenever an operand is (`+` is left out: with a string it concatenates). */
const nanKeepingOperators = new Set([SyntaxKind.AsteriskToken, SyntaxKind.SlashToken, SyntaxKind.MinusToken, SyntaxKind.PercentToken, SyntaxKind.AsteriskAsteriskToken]);

/**
 * `[Number(process.env.LIST_ID)].filter(Boolean)`, or a callback that returns its argument: an unset or malformed
 * variable's NaN is falsy and dropped, so the setting is optional on purpose.
 */
function isDroppedWhenFalsy(parse: ts.Expression): boolean {
  let outer: ts.Node = parse;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  const list = outer.parent;
  const access = list.parent;
  if (!ts.isArrayLiteralExpression(list) || !ts.isPropertyAccessExpression(access) || access.name.text !== "filter") return false;
  const call = access.parent;
  const predicate = ts.isCallExpression(call) && call.expression === access && call.arguments[0] ? unwrapExpression(call.arguments[0]) : undefined;
  if (!predicate) return false;
  if (ts.isIdentifier(predicate)) return predicate.text === "Boolean" && findDeclaration("Boolean", predicate) === undefined;
  if (!ts.isArrowFunction(predicate) && !ts.isFunctionExpression(predicate)) return false;
  const [parameter] = predicate.parameters;
  const returned = returnedExpressions(predicate);
  return !!parameter && ts.isIdentifier(parameter.name) && returned?.length === 1 && isTruthinessOf(returned[0]!, parameter.name.text);
}

/** `value`, `!!value` or `Boolean(value)`: the truthiness of the identifier `name`. */
function isTruthinessOf(expression: ts.Expression, name: string): boolean {
  const value = unwrapExpression(expression);
  if (ts.isIdentifier(value)) return value.text === name;
  if (ts.isPrefixUnaryExpression(value) && value.operator === SyntaxKind.ExclamationToken) {
    const inner = unwrapExpression(value.operand);
    return ts.isPrefixUnaryExpression(inner) && inner.operator === SyntaxKind.ExclamationToken && isTruthinessOf(inner.operand, name);
  }
  return ts.isCallExpression(value) && calleeText(value) === "Boolean" && !!value.arguments[0] && isTruthinessOf(value.arguments[0], name);
}

/**
 * `Number(process.env.CAN_DROP) !== 1`: the result is compared with a value, and NaN equals none, so a missing or
 * malformed variable takes the "not that value" branch on purpose (a safety switch that fails closed).
 */
function isComparedWithLiteral(parse: ts.Expression): boolean {
  let outer: ts.Node = parse;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  const parent = outer.parent;
  if (!ts.isBinaryExpression(parent)) return false;
  const other = unwrapExpression(parent.left === outer ? parent.right : parent.left);
  // `parseInt(env.X) > 0`: NaN compares false with any number, so the test is all the parse is used for.
  if (relationalOperators.has(parent.operatorToken.kind)) return ts.isNumericLiteral(other);
  return isEqualityOperator(parent.operatorToken.kind) && (ts.isNumericLiteral(other) || ts.isStringLiteralLike(other));
}

const relationalOperators = new Set([SyntaxKind.GreaterThanToken, SyntaxKind.GreaterThanEqualsToken, SyntaxKind.LessThanToken, SyntaxKind.LessThanEqualsToken]);

/** Inside the argument of a `defineConfig` imported from a package: a tool's configuration, evaluated by its CLI. */
function isInToolConfig(read: ts.Node): boolean {
  for (let current = read.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (!ts.isCallExpression(current)) continue;
    const callee = current.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.name.text === "defineConfig" ? callee.expression.text : undefined;
    if (name === undefined || (ts.isIdentifier(callee) && name !== "defineConfig")) continue;
    const module = importedModuleOf(name, current);
    if (module !== undefined && !module.startsWith(".") && !module.startsWith("/")) return true;
  }
  return false;
}

/**
 * `!isNaN(parseInt(process.env.X))` itself, or the `parseInt(process.env.X)` chosen by `cond ? parseInt(process.env.X) :
 * undefined` / `if (cond) …` whose condition tests that same parse for NaN: the parse is checked where it is made.
 */
function isNanTestedWhereParsed(parse: ts.Expression): boolean {
  const text = parse.getText();
  const testsThisParse = (node: ts.Node): boolean =>
    (ts.isCallExpression(node) && nanChecks.has(calleeText(node) ?? "") && !!node.arguments[0] && unwrapExpression(node.arguments[0]).getText() === text) ||
    (ts.forEachChild(node, (child) => testsThisParse(child) || undefined) ?? false);
  // `if (parseInt(env.X) > 0) { x = parseInt(env.X) }`: where a comparison of the same parse held, it is a number.
  const heldComparison = (condition: ts.Expression): boolean => {
    const inner = unwrapExpression(condition);
    if (!ts.isBinaryExpression(inner)) return false;
    if (inner.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken) return heldComparison(inner.left) || heldComparison(inner.right);
    return relationalOperators.has(inner.operatorToken.kind) && [inner.left, inner.right].some((side) => unwrapExpression(side).getText() === text);
  };
  let child: ts.Node = parse;
  for (let parent = parse.parent; parent && !ts.isSourceFile(parent) && !isFunctionLike(parent); child = parent, parent = parent.parent) {
    if (ts.isCallExpression(parent) && nanChecks.has(calleeText(parent) ?? "") && parent.arguments[0] === child) return true;
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child && (testsThisParse(parent.condition) || heldComparison(parent.condition))) return true;
    if (ts.isIfStatement(parent) && parent.thenStatement === child && (testsThisParse(parent.expression) || heldComparison(parent.expression))) return true;
  }
  return false;
}

/**
 * `const port = Number(process.env.PORT); if (Number.isNaN(port)) …`, or a truthiness test (`if (limit) …`, which NaN
 * fails like an unset value): the parsed value is checked in its scope.
 */
function isNanChecked(parse: ts.Expression): boolean {
  const holder = parse.parent;
  if (!ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name)) return false;
  const name = holder.name.text;
  let scope: ts.Node = holder;
  while (!ts.isSourceFile(scope) && !ts.isBlock(scope)) scope = scope.parent;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    const argument = ts.isCallExpression(node) ? node.arguments[0] : undefined;
    if (argument && ts.isIdentifier(argument) && argument.text === name && nanChecks.has(calleeText(node as ts.CallExpression) ?? "")) found = true;
    else if (ts.isIdentifier(node) && node.text === name && node !== holder.name && isInCondition(node) && findDeclaration(name, node) === holder) found = true;
    else ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope, visit);
  return found;
}

/** `if (!process.env.X)`, `process.env.X === undefined`, `assert(process.env.X)`: the code handles a missing value. */
function isPresenceCheck(read: ts.Expression): boolean {
  let outer: ts.Node = read;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  if (isPresenceTest(outer) || isInCondition(outer)) return true;
  const parent = outer.parent;
  if (ts.isBinaryExpression(parent)) return isEqualityOperator(parent.operatorToken.kind);
  return ts.isCallExpression(parent) && presenceAsserts.has(calleeText(parent) ?? "");
}

/** A call that validates `process.env` with a schema; when the schema is an object literal here, where a new key goes. */
function envSchemaOf(call: ts.CallExpression, sourceFile: ts.SourceFile): EnvSchemaSummary | undefined {
  const methodName = ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : ts.isIdentifier(call.expression) ? call.expression.text : "";
  if (!schemaCalls.has(methodName)) return undefined;
  // class-validator over a class-transformer instance of `process.env`: the decorated class, defined elsewhere, is the schema.
  if (call.arguments[0] && isEnvInstance(call.arguments[0]) && calleeModuleOf(call.expression).module === "class-validator") {
    return { span: spanOf(call, sourceFile), keys: [], isAppWide: true, keysUnknown: true };
  }
  const passesEnv = call.arguments.some((argument) => isProcessEnv(argument) || (ts.isObjectLiteralExpression(argument) && argument.properties.some(isRuntimeEnvProperty)));
  if (!passesEnv) return undefined;
  const declaration = declarationHolding(call);
  const schema: EnvSchemaSummary = { span: spanOf(call, sourceFile), local: declaration && ts.isIdentifier(declaration.name) ? declaration.name.text : undefined, keys: [] };
  const runBy = moduleFunctionHolding(call);
  if (runBy !== undefined) schema.runBy = runBy;
  // envalid: `cleanEnv(process.env, validators)`, the validators an object literal here.
  if (methodName === "cleanEnv") schema.keys = keysOf(localObject(call.arguments[1]));
  const literal = ts.isPropertyAccessExpression(call.expression) ? schemaLiteral(call.expression.expression) : undefined;
  if (!literal) return schema;
  schema.keys = keysOf(literal);
  schema.insertion = insertionPoint(literal, sourceFile);
  return schema;
}

/** `plainToInstance(EnvDto, process.env)` (class-transformer), in place or through the const holding it. */
function isEnvInstance(expression: ts.Expression): boolean {
  let value = unwrapExpression(expression);
  if (ts.isIdentifier(value)) value = constInitializerOf(value) ?? value;
  return ts.isCallExpression(value) && value.arguments.some(isProcessEnv) && calleeModuleOf(value.expression).module === "class-transformer";
}

/**
 * JSON-schema env validation that reads `process.env` itself: `fastify.register(fastifyEnv, { schema })`
 * (@fastify/env) or `envSchema({ schema })` (env-schema). Its keys are the schema's `properties`.
 */
function jsonSchemaEnvOf(call: ts.CallExpression, sourceFile: ts.SourceFile): EnvSchemaSummary | undefined {
  const callee = call.expression;
  let options: ts.Expression | undefined;
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === "register") {
    const plugin = call.arguments[0] && unwrapExpression(call.arguments[0]);
    if (plugin && ts.isIdentifier(plugin) && importedModuleOf(plugin.text, plugin) === "@fastify/env") options = call.arguments[1];
  } else if (ts.isIdentifier(callee) && importedModuleOf(callee.text, callee) === "env-schema") {
    options = call.arguments[0];
  } else if (isNestConfigForRoot(callee)) {
    return nestConfigSchemaOf(call, sourceFile);
  }
  return options && schemaFromOptions(options, call, sourceFile);
}

/** `ConfigModule.forRoot(…)` with `ConfigModule` imported from `@nestjs/config` (under any local name). */
function isNestConfigForRoot(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "forRoot") return false;
  const owner = unwrapExpression(callee.expression);
  return ts.isIdentifier(owner) && importedModuleOf(owner.text, owner) === "@nestjs/config";
}

/**
 * NestJS's config module checks `process.env` while the app boots when given a `validationSchema` (Joi) or a
 * `validate` function, before any config factory runs: it validates for the whole service. The keys are read from a
 * `Joi.object({ … })` written in place; a schema defined in another module lists keys this file cannot see.
 */
function nestConfigSchemaOf(call: ts.CallExpression, sourceFile: ts.SourceFile): EnvSchemaSummary | undefined {
  const options = localObject(call.arguments[0]);
  const schema = options && (objectPropertyValue(options, "validationSchema") ?? objectPropertyValue(options, "validate"));
  if (!schema) return undefined;
  const value = unwrapExpression(schema);
  const literal = ts.isCallExpression(value) && /\.object$/.test(calleeText(value) ?? "") ? localObject(value.arguments[0]) : undefined;
  return { span: spanOf(call, sourceFile), keys: keysOf(literal), isAppWide: true, ...(literal && !spreadsUnseenKeys(literal) ? {} : { keysUnknown: true }) };
}

function objectPropertyValue(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) || property.name.text !== name) continue;
    if (ts.isPropertyAssignment(property)) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property)) return property.name;
    if (ts.isMethodDeclaration(property)) return property.name as ts.Expression;
  }
  return undefined;
}

/**
 * A plugin file @fastify/autoload registers: `export default fastifyEnv` (from @fastify/env) with its options in
 * `export const autoConfig = { schema }`.
 */
function autoloadedEnvSchemaOf(declaration: ts.VariableDeclaration, sourceFile: ts.SourceFile): EnvSchemaSummary | undefined {
  if (!ts.isIdentifier(declaration.name) || declaration.name.text !== "autoConfig" || !declaration.initializer) return undefined;
  const exportsEnvPlugin = sourceFile.statements.some(
    (statement) => ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression) && importedModuleOf(statement.expression.text, statement) === "@fastify/env",
  );
  return exportsEnvPlugin ? schemaFromOptions(declaration.initializer, declaration, sourceFile) : undefined;
}

function schemaFromOptions(options: ts.Expression, at: ts.Node, sourceFile: ts.SourceFile): EnvSchemaSummary | undefined {
  const schema = objectProperty(localObject(options), "schema");
  if (!schema) return undefined;
  const properties = objectProperty(schema, "properties");
  return { span: spanOf(at, sourceFile), keys: keysOf(properties), isAppWide: true };
}

/**
 * The keys a schema's object literal names, with those of object literals spread into it, also under a condition
 * (`...(isProduction && { SENTRY_DSN: str() })`): the schema validates them when it applies.
 */
function keysOf(literal: ts.ObjectLiteralExpression | undefined): string[] {
  if (!literal) return [];
  return literal.properties.flatMap((property) => {
    if (ts.isSpreadAssignment(property)) return spreadLiterals(property.expression).flatMap(keysOf);
    return property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? [property.name.text] : [];
  });
}

/**
 * `Joi.object({ ...mailSchema, ...redisSchema })` with the parts imported: the schema also lists keys of objects this
 * file cannot see, so which keys it lists is not known here.
 */
function spreadsUnseenKeys(literal: ts.ObjectLiteralExpression): boolean {
  return literal.properties.some((property) => {
    if (!ts.isSpreadAssignment(property)) return false;
    const parts = spreadLiterals(property.expression);
    return parts.length === 0 || parts.some(spreadsUnseenKeys);
  });
}

/** `{ … }`, a local const holding one, `cond && { … }`, `cond ? { … } : { … }`: the object literals a spread may add. */
function spreadLiterals(expression: ts.Expression): ts.ObjectLiteralExpression[] {
  const value = unwrapExpression(expression);
  if (ts.isObjectLiteralExpression(value)) return [value];
  if (ts.isIdentifier(value)) {
    const local = localObject(value);
    return local ? [local] : [];
  }
  if (ts.isBinaryExpression(value) && value.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken) return spreadLiterals(value.right);
  if (ts.isConditionalExpression(value)) return [...spreadLiterals(value.whenTrue), ...spreadLiterals(value.whenFalse)];
  return [];
}

/** An object literal written in place or bound to a local const. */
function localObject(expression: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  if (!expression) return undefined;
  let value = unwrapExpression(expression);
  if (ts.isIdentifier(value)) {
    const declaration = findDeclaration(value.text, value);
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
    value = unwrapExpression(declaration.initializer);
  }
  return ts.isObjectLiteralExpression(value) ? value : undefined;
}

function objectProperty(object: ts.ObjectLiteralExpression | undefined, key: string): ts.ObjectLiteralExpression | undefined {
  const property = propertyNamed(object, key);
  if (!property) return undefined;
  if (ts.isShorthandPropertyAssignment(property)) return localObject(property.name);
  return ts.isPropertyAssignment(property) ? localObject(property.initializer) : undefined;
}

function isRuntimeEnvProperty(property: ts.ObjectLiteralElementLike): boolean {
  return ts.isPropertyAssignment(property) && property.name.getText() === "runtimeEnv";
}

function declarationHolding(node: ts.Node): ts.VariableDeclaration | undefined {
  for (let current: ts.Node = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (ts.isVariableDeclaration(current)) return current;
    if (ts.isBlock(current)) return undefined;
  }
  return undefined;
}

/** `z.object({ … })` written in place or bound to a name in this file. */
function schemaLiteral(receiver: ts.Expression): ts.ObjectLiteralExpression | undefined {
  let expression = receiver;
  if (ts.isIdentifier(expression)) {
    const name = expression.text;
    const statement = expression.getSourceFile().statements.find(
      (s) => ts.isVariableStatement(s) && s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name),
    ) as ts.VariableStatement | undefined;
    const initializer = statement?.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === name)?.initializer;
    if (!initializer) return undefined;
    expression = initializer;
  }
  // `z.object({...}).strict()` and similar chains: the object literal is in the innermost `object(...)` call.
  while (ts.isCallExpression(expression)) {
    const [first] = expression.arguments;
    if (ts.isPropertyAccessExpression(expression.expression) && expression.expression.name.text === "object" && first && ts.isObjectLiteralExpression(first)) return first;
    if (!ts.isPropertyAccessExpression(expression.expression)) return undefined;
    expression = expression.expression.expression;
  }
  return undefined;
}

/** After the last property (and its comma), on a new line with the properties' indentation. */
function insertionPoint(literal: ts.ObjectLiteralExpression, sourceFile: ts.SourceFile): EnvSchemaSummary["insertion"] {
  const last = literal.properties[literal.properties.length - 1];
  if (!last) return { position: literal.getStart(sourceFile) + 1, indent: "  ", needsComma: false };
  const lineStart = sourceFile.text.lastIndexOf("\n", last.getStart(sourceFile)) + 1;
  const indent = /^\s*/.exec(sourceFile.text.slice(lineStart))![0];
  const hasTrailingComma = literal.properties.hasTrailingComma;
  const position: number = hasTrailingComma ? sourceFile.text.indexOf(",", last.end) + 1 : last.end;
  return { position, indent, needsComma: !hasTrailingComma };
}

/**
 * Whether `value` is handed to a library as a signing or encryption key (`crypto.createHmac(alg, value)`,
 * `jwt.sign(payload, value)`), directly or through a `const` of this file that is.
 */
export function isPassedAsKeyMaterial(value: ts.Expression): boolean {
  let outer: ts.Node = value;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  const declaration = outer.parent;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer === outer && ts.isIdentifier(declaration.name)) {
    const name = declaration.name;
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isIdentifier(node) && node !== name && node.text === name.text && findDeclaration(node.text, node) === declaration && isKeyMaterialArgument(node)) found = true;
      else ts.forEachChild(node, visit);
    };
    visit(value.getSourceFile());
    return found;
  }
  return isKeyMaterialArgument(outer as ts.Expression);
}

function isKeyMaterialArgument(argument: ts.Expression): boolean {
  const call = argument.parent;
  if (!(ts.isCallExpression(call) || ts.isNewExpression(call)) || !call.arguments?.includes(argument)) return false;
  return !!secretArgumentAt(calleeModuleOf(call.expression), call.arguments.indexOf(argument))?.isKeyMaterial;
}
