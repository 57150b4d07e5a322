// Rate limiters a route can sit behind: library limiters by their module, and a project's own limiter by what it does
// (counts requests per key and answers 429). Names go to `summary.rateLimiters` for the link step; it never reports.
import { ts } from "ts-morph";
import type { MemberMemo } from "../engine/member-memo.js";
import { isStatusPosition, someDescendant } from "./auth-checks.js";
import type { Extractor } from "./summarize.js";
import type { FileSummary } from "./types.js";
import { calleeText, constInitializerOf, dottedName, functionBoundTo, importedModuleOfRoot, isFunctionLike, isPropertyName, isShortCircuit, requiredModule, spanOf, stringValue, textMatches, unwrapExpression, type FunctionLike } from "./syntax.js";

/** express-rate-limit, rate-limiter-flexible, @fastify/rate-limit, hono-rate-limiter, Upstash Ratelimit, koa-ratelimit, @nestjs/throttler... */
const limiterModules = /^(express-rate-limit|express-slow-down|express-brute|rate-limiter-flexible|@fastify\/rate-limit|fastify-rate-limit|hono-rate-limiter|@hono-rate-limiter\/[\w-]+|@upstash\/ratelimit|koa-ratelimit|koa2-ratelimit|@nestjs\/throttler|limiter|bottleneck)$/;
/**
 * App builders that assemble the whole middleware stack from a config and rate-limit every request unless it says
 * `rateLimit: false`: @ladjs/web and @ladjs/api (koa-simple-ratelimit, on outside development).
 */
const limitingAppBuilders = /^@ladjs\/(web|api)$/;
/** Calls that count a hit against a key: Redis `incr`, a limiter's `consume`/`limit`/`hit`. */
const countingCall = /^(incr|incrBy|increment|hincrby|consume|limit|hit|removeTokens|tryRemoveTokens)$/i;
const tooManyRequestsName = /toomanyrequests|ratelimit\w*(error|exception)|throttl\w*(error|exception)/i;
const tooManyRequestsHint = /429|TOO_MANY_REQUESTS|toomanyrequests|ratelimit|throttl/i;

export const rateLimiters: Extractor = {
  kinds: [ts.SyntaxKind.ImportDeclaration, ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.CallExpression, ts.SyntaxKind.NewExpression, ts.SyntaxKind.ExportAssignment],
  visit(node, { summary, memo }) {
    if (ts.isImportDeclaration(node)) recordLimiterImports(node, summary);
    else if (ts.isNewExpression(node)) {
      if (buildsRateLimitedApp(node)) summary.buildsRateLimitedApp = true;
    }
    // `export default ratelimit({...})`: the module's default export is the limiter its importers mount.
    else if (ts.isExportAssignment(node)) {
      if (isLimiterValue(node.expression, node) || isProjectLimiter(node.expression)) addLimiter(summary, "default");
    }
    else if (ts.isCallExpression(node)) recordLimiterPlugin(node, summary);
    else if (ts.isVariableDeclaration(node)) {
      if (!ts.isIdentifier(node.name) || !node.initializer) return;
      if (isLimiterValue(node.initializer, node) || isProjectLimiter(node.initializer)) addLimiter(summary, node.name.text);
      else if (isFunctionLike(unwrapExpression(node.initializer))) noteCallers(summary, node.name.text, node.initializer);
    } else if (ts.isFunctionDeclaration(node)) {
      if (node.name && node.body && isProjectLimiter(node)) addLimiter(summary, node.name.text);
      else if (node.name && node.body) noteCallers(summary, node.name.text, node);
    } else if (ts.isClassDeclaration(node) && node.name) {
      const base = node.heritageClauses?.flatMap((clause) => clause.types.map((type) => dottedName(type.expression) ?? ""))[0];
      // A class is walked whole at every keystroke (a Nest controller naming its throttler): its methods answer from the memo.
      if ((base && isLimiterName(base, node)) || isProjectLimiter(node, memo)) addLimiter(summary, node.name.text);
    }
  },
  /**
   * A middleware factory that charges a request through a limiter of this file (`rateLimiter(config)` → `consume(ctx)`)
   * limits too, as does a factory that builds one (`(max) => new Ratelimit(...)`). Callers of imported functions wait
   * in `summary.limiterCallers` for the project to resolve them (a route wrapper charging through a helper module).
   */
  finish({ summary }) {
    const callers = pendingCallers.get(summary);
    if (!callers) return;
    for (let changed = !!summary.rateLimiters; changed; ) {
      changed = false;
      for (const [name, callees] of callers) {
        if (summary.rateLimiters!.includes(name) || !callees.some((callee) => summary.rateLimiters!.includes(callee))) continue;
        addLimiter(summary, name);
        changed = true;
      }
    }
    const imported = new Set(summary.imports.map((binding) => binding.local));
    for (const [name, callees] of callers) {
      const importedCallees = callees.filter((callee) => imported.has(callee));
      if (!summary.rateLimiters?.includes(name) && importedCallees.length > 0) (summary.limiterCallers ??= []).push({ name, callees: importedCallees });
    }
  },
};

/** Per file, the plain functions each local function calls or constructs, for `finish` to find limiters that charge through another. */
const pendingCallers = new WeakMap<FileSummary, Map<string, string[]>>();

function noteCallers(summary: FileSummary, name: string, definition: ts.Node): void {
  if (!textMatches(definition, limiterCallHint)) return;
  const callees = new Set<string>();
  collectCalleesOnEveryPath(definition, callees);
  let callers = pendingCallers.get(summary);
  if (!callers) pendingCallers.set(summary, (callers = new Map()));
  callers.set(name, [...callees]);
}

/**
 * The plain functions `node` calls or constructs whichever way it branches: of an `if`/`else` or `a ? b : c`, only
 * what both sides call. A wrapper that charges only its API-key branch (`if (apiKey) limit(key) else session()`)
 * leaves the other way in unlimited. An `if` with no `else` counts: it is how a limiter made on first use is charged
 * (`if (!exists(path)) { create(path); charge() }`, the request already charged by an app-wide one otherwise).
 */
function collectCalleesOnEveryPath(node: ts.Node, into: Set<string>): void {
  if (ts.isIfStatement(node) || ts.isConditionalExpression(node)) {
    const [condition, whenTrue, whenFalse] = ts.isIfStatement(node) ? [node.expression, node.thenStatement, node.elseStatement] : [node.condition, node.whenTrue, node.whenFalse];
    collectCalleesOnEveryPath(condition, into);
    if (!whenFalse) return collectCalleesOnEveryPath(whenTrue, into);
    const [trueCallees, falseCallees] = [new Set<string>(), new Set<string>()];
    collectCalleesOnEveryPath(whenTrue, trueCallees);
    collectCalleesOnEveryPath(whenFalse, falseCallees);
    for (const callee of trueCallees) if (falseCallees.has(callee)) into.add(callee);
    return;
  }
  if (ts.isBinaryExpression(node) && isShortCircuit(node.operatorToken.kind)) return collectCalleesOnEveryPath(node.left, into);
  if (ts.isCaseClause(node) || ts.isDefaultClause(node) || ts.isCatchClause(node)) return;
  if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression)) into.add(node.expression.text);
  ts.forEachChild(node, (child) => collectCalleesOnEveryPath(child, into));
}

const limiterCallHint = /consume|limit|throttl/i;

/** True when `node` answers 429 or throws a too-many-requests error. */
export function answersTooManyRequests(node: ts.Node, memo?: MemberMemo): boolean {
  // Every such answer spells 429 or a too-many-requests name: a native string test spares most bodies the walk.
  if (!textMatches(node, tooManyRequestsHint)) return false;
  return someNodeUnder(node, "answers-429", isTooManyRequestsAnswer, memo);
}

function isTooManyRequestsAnswer(candidate: ts.Node): boolean {
  if (ts.isNumericLiteral(candidate) && candidate.text === "429") return isStatusPosition(candidate);
  if (ts.isPropertyAccessExpression(candidate)) return candidate.name.text === "TOO_MANY_REQUESTS";
  if (ts.isCallExpression(candidate) || ts.isNewExpression(candidate)) return tooManyRequestsName.test(calleeText(candidate) ?? "");
  return false;
}

/** `someDescendant`, with each method of a class answering from `memo` (`test` reads a node and its parent only). */
function someNodeUnder(node: ts.Node, kind: string, test: (node: ts.Node) => boolean, memo: MemberMemo | undefined): boolean {
  if (!memo || !ts.isClassLike(node)) return someDescendant(node, test);
  const inMember = (child: ts.Node): boolean => (ts.isMethodDeclaration(child) ? memo.reuse(kind, node, child, () => someDescendant(child, test)) : someDescendant(child, test));
  return test(node) || ts.forEachChild(node, (child) => inMember(child) || undefined) === true;
}

/**
 * `const { success } = await limiter.limit(key)` followed by `if (!success) return 429`: the request is counted and
 * turned away when over its budget. Nothing a guard must prevent happens here, so a check that follows still counts.
 */
export function isThrottleCheck(statement: ts.Statement, next: ts.Statement | undefined): boolean {
  if (!ts.isVariableStatement(statement) || !next || !ts.isIfStatement(next) || !answersTooManyRequests(next.thenStatement)) return false;
  return statement.declarationList.declarations.every((declaration) => {
    const value = declaration.initializer && unwrapExpression(declaration.initializer);
    const call = value && ts.isAwaitExpression(value) ? unwrapExpression(value.expression) : undefined;
    return !!call && ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && countingCall.test(call.expression.name.text);
  });
}

/**
 * A one-shot setup route: before any other work the handler answers 409 Conflict when a check that reads nothing from
 * the request finds the installation already set up (`if (await isTeamExisting()) return res.status(409)...`). The
 * route serves its first caller only and refuses everyone after: there is nothing to guess or spam at full speed. A
 * refusal that depends on the request (`if (await findUser(email)) return 409`) is an ordinary duplicate check.
 */
export function closesOnceSetUp(handler: FunctionLike): boolean {
  const body = handler.body;
  if (!body || !ts.isBlock(body) || !textMatches(body, conflictHint)) return false;
  const locals = new Set(handler.parameters.flatMap((parameter) => boundNames(parameter.name)));
  let statements: readonly ts.Statement[] = body.statements;
  if (statements.length === 1 && ts.isTryStatement(statements[0]!)) statements = statements[0].tryBlock.statements;
  for (const statement of statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) for (const name of boundNames(declaration.name)) locals.add(name);
      continue;
    }
    return ts.isIfStatement(statement) && !statement.elseStatement && isRequestFreeCheck(statement.expression, locals) && answersConflict(statement.thenStatement);
  }
  return false;
}

const conflictHint = /\b409\b/;

/** A condition that calls something (a lookup) and names no request value: no handler parameter, no local of the handler. */
function isRequestFreeCheck(condition: ts.Expression, locals: ReadonlySet<string>): boolean {
  return someDescendant(condition, ts.isCallExpression) && !someDescendant(condition, (node) => ts.isIdentifier(node) && locals.has(node.text) && !isPropertyName(node));
}

/** `return res.status(409).json(...)`, `return c.json(body, 409)`, `throw new ConflictException()`-style answers carrying 409. */
function answersConflict(branch: ts.Statement): boolean {
  const last = ts.isBlock(branch) ? branch.statements.at(-1) : branch;
  if (!last || !(ts.isReturnStatement(last) || ts.isThrowStatement(last))) return false;
  return someDescendant(branch, (node) => ts.isNumericLiteral(node) && node.text === "409" && isStatusPosition(node));
}

function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : boundNames(element.name)));
}

/** A project limiter counts hits (`count++`, `redis.incr(key)`, `limiter.consume(ip)`) and answers 429. */
function isProjectLimiter(node: ts.Node, memo?: MemberMemo): boolean {
  return answersTooManyRequests(node, memo) && someNodeUnder(node, "function", isFunctionLike, memo) && someNodeUnder(node, "counts", isCountingStep, memo);
}

/** A step that counts a hit: `++`, `+=`, a counting call, or a call of a function of this file that counts (`incrWithExpiry(key, ttl)`). */
function isCountingStep(node: ts.Node): boolean {
  if (countsInPlace(node)) return true;
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return false;
  const helper = functionBoundTo(node.expression.text, node);
  return !!helper && someDescendant(helper, countsInPlace);
}

function countsInPlace(node: ts.Node): boolean {
  if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) && node.operator === ts.SyntaxKind.PlusPlusToken) return true;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) return true;
  if (!ts.isCallExpression(node)) return false;
  const name = calleeText(node) ?? "";
  const method = name.slice(name.lastIndexOf(".") + 1);
  return countingCall.test(method) || (method === "eval" && runsCountingScript(node.arguments[0]));
}

/** `redis.eval(INCR_WITH_EXPIRY, 1, key, ttl)`: a Lua script, written here or in a const, that calls Redis `INCR`. */
function runsCountingScript(script: ts.Expression | undefined): boolean {
  const value = script && unwrapExpression(script);
  const text = value && (ts.isIdentifier(value) ? constInitializerOf(value) : value);
  return !!text && (ts.isStringLiteralLike(text) || ts.isTemplateExpression(text)) && /redis\.call\(\s*["']INCR(BY)?["']/i.test(text.getText());
}

function recordLimiterImports(node: ts.ImportDeclaration, summary: FileSummary): void {
  const module = stringValue(node.moduleSpecifier);
  const clause = node.importClause;
  if (!module || !clause || !limiterModules.test(module)) return;
  if (clause.name) addLimiter(summary, clause.name.text);
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) addLimiter(summary, bindings.name.text);
  else if (bindings) for (const element of bindings.elements) addLimiter(summary, element.name.text);
}

/**
 * `fastify.register(rateLimit, { max: 100 })`: @fastify/rate-limit limits every route of that registration context
 * unless `global: false`, and decorates it with `fastify.rateLimit()` for per-route hooks.
 */
function recordLimiterPlugin(call: ts.CallExpression, summary: FileSummary): void {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "register") return;
  const owner = dottedName(callee.expression);
  const [plugin, options] = call.arguments;
  if (!plugin) return;
  const loaded = loadedModule(unwrapExpression(plugin));
  // `register(import("@fastify/rate-limit"), {...})`: the module loaded in place is the plugin, known by its name.
  const pluginName = loaded !== undefined ? (limiterModules.test(loaded) ? loaded : undefined) : dottedName(unwrapExpression(plugin));
  if (!owner || !pluginName || (loaded === undefined && !isLimiterName(pluginName, call))) return;
  if (loaded !== undefined) addLimiter(summary, pluginName);
  addLimiter(summary, `${owner}.rateLimit`);
  if (options && isGlobalDisabled(unwrapExpression(options))) return;
  summary.uses.push({ owner, prefix: "", middleware: [{ name: pluginName, kind: "hook", span: spanOf(plugin) }], mounts: [], span: spanOf(call), appliesToEarlierRoutes: true });
}

/** `new Web(config)` of a limiting app builder whose config, when written in place, does not turn the limiter off. */
function buildsRateLimitedApp(construction: ts.NewExpression): boolean {
  const name = ts.isIdentifier(construction.expression) ? construction.expression.text : undefined;
  if (!name || !limitingAppBuilders.test(importedModuleOfRoot(name, construction) ?? "")) return false;
  const config = construction.arguments?.[0] && unwrapExpression(construction.arguments[0]);
  return !(config && ts.isObjectLiteralExpression(config) && config.properties.some(
    (property) => ts.isPropertyAssignment(property) && property.name.getText() === "rateLimit" && property.initializer.kind === ts.SyntaxKind.FalseKeyword,
  ));
}

/** `import("m")` or `require("m")` written in place: the module `m`. */
function loadedModule(expression: ts.Expression): string | undefined {
  const isImport = ts.isCallExpression(expression) && expression.expression.kind === ts.SyntaxKind.ImportKeyword;
  return isImport ? stringValue(expression.arguments[0]) : requiredModule(expression);
}

/** `{ global: false }`: @fastify/rate-limit then limits only the routes that opt in. */
export function isGlobalDisabled(options: ts.Expression): boolean {
  if (!ts.isObjectLiteralExpression(options)) return false;
  return options.properties.some(
    (property) => ts.isPropertyAssignment(property) && property.name.getText() === "global" && property.initializer.kind === ts.SyntaxKind.FalseKeyword,
  );
}

/** `rateLimit({...})`, `new Ratelimit({...})`, `new RateLimiterRedis({...})`, `require("express-rate-limit")`. */
function isLimiterValue(initializer: ts.Expression, from: ts.Node): boolean {
  const value = unwrapExpression(initializer);
  if (!ts.isCallExpression(value) && !ts.isNewExpression(value)) return false;
  const name = calleeText(value);
  if (name === "require") return limiterModules.test(stringValue(value.arguments?.[0]) ?? "");
  return !!name && isLimiterName(name, from);
}

/** `name` (or its root, `limiter.x`) is imported from a rate-limiting library. */
export function isLimiterName(name: string, from: ts.Node): boolean {
  return limiterModules.test(importedModuleOfRoot(name, from) ?? "");
}

function addLimiter(summary: FileSummary, name: string): void {
  const names = (summary.rateLimiters ??= []);
  if (!names.includes(name)) names.push(name);
}
