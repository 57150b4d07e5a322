// error-detail-leak: error handlers and catch blocks that send an error's message, stack, the whole error or its
// internals (SQL, file paths) to the client with no environment guard. Response sends and error handlers come from
// the responses model; this rule follows the error from its binding to the body.
import { isBuiltin } from "node:module";
import { ts } from "ts-morph";
import type { FixBuilder } from "./engine/fix-builder.js";
import { lineIndentation } from "./engine/code-style.js";
import { defineRule, type RuleContext, type Span } from "./engine/types.js";
import { randomUuidCallFor } from "./model/random-uuid.js";
import { deploymentSwitchOf, randomUuidSourceOf, type RandomUuidSource } from "./model/runtimes.js";
import { routeHandlersIn } from "./model/route-handlers.js";
import { isSignatureCheck, someDescendant } from "./model/auth-checks.js";
import { quoteNode } from "./model/secret-literals.js";
import { isStatusPosition } from "./model/auth-checks.js";
import { caughtClassesOf, errorParameterOf, exceptionMessageOf, responseBodyOf } from "./model/responses.js";
import { isNestLifecycleHook } from "./model/frameworks/nest.js";
import { jwtCall } from "./model/jwt-calls.js";
import { failsWithOwnSentences, hasWrittenMessage, isClientErrorCode, isClientErrorException, isNodeBuiltinCall, isSpecificClassName, isStatuslessErrorBase, isTemplateEngineModule, refusesWithOwnSentences } from "./model/error-kinds.js";
import { bindingNamed, calleeText, constInitializerOf, enclosingClass, enclosingFunction, endsByReturnOrThrow, escapeTemplateText, findDeclaration, functionBoundTo, hasModifier, importedModuleOf, isFallbackOperator, isFunctionLike, outermostValue, returnedExpressions, spanOf, stringValue, unchangedInitializerOf, unwrapExpression, type FunctionLike } from "./model/syntax.js";

const { SyntaxKind } = ts;

/** Error properties that carry internals: messages with SQL or paths, stacks, driver details. `code`/`name`/`status` are fine. */
const leakyProperties = new Set(["message", "stack", "sql", "sqlMessage", "detail", "details", "hint", "query", "path", "cause", "errors", "meta", "table", "constraint"]);
/** Calls that turn their argument into the text sent. */
const stringifiers = new Set(["String", "JSON.stringify", "util.inspect", "inspect", "util.format", "format"]);
/**
 * Conditions that keep details away from production clients: an environment check, a hosted-or-self-hosted switch
 * (`!IS_CLOUD ? e.message : ""`: the operator of a self-hosted install is the one reading), Koa/http-errors' `expose`,
 * Boom's `isBoom` (an error built for an HTTP answer), a
 * status below 500, or a known client-error class (`err instanceof ZodError`), but never plain `instanceof Error`.
 */
const guardCondition = /NODE_ENV|\b(is)?(Dev|Development|Prod|Production|dev|development|prod|production|debug|Debug)\b|\b(IS_CLOUD|IS_SELF_HOSTED|SELF_HOSTED|is(Cloud|SelfHosted))\b|\b(expose|isBoom)\b|status(Code)?\s*<\s*(500|5\d\d)|\binstanceof\s+(?:[\w$]+\.)*(?!Error\b)[A-Z]\w*/;
/** `if (status >= 500) return generic`: what follows runs only for client errors (`statusCode`, `httpStatus`, …). */
const serverErrorTest = /\b(\w*[sS]tatus\w*)\s*(>=\s*500|>\s*499)\b/;
/** Tests that an error was built for an HTTP answer: Boom's `isBoom`, http-errors' `expose`, `isHttpError(e)`, a specific class. */
const httpErrorKindTest = /\b(isBoom|expose)\b|\bisHttpError\s*\(|\binstanceof\s+(?:[\w$]+\.)*(?!Error\b)[A-Z]\w*/;

/**
 * What the rule asks the project: whether a function (as called in a condition) tells an error of a specific class,
 * a project type guard such as `isAppError(e)` (see rules/model/error-kinds.ts).
 */
interface GuardFacts {
  isErrorKindCheck(name: string): boolean;
  isRefusingCheck(name: string): boolean;
  failsWithOwnSentences(name: string): boolean;
  /** The library or built-in class at the root of a project class's hierarchy (see ProjectModel.rootClassOf). */
  rootClassOf(name: string): string | undefined;
  /** The call is an HTTP request of the outbound-calls model (`fetch`, axios, got...). */
  isOutboundCall(call: ts.CallExpression): boolean;
}

interface ErrorBinding {
  name: string;
  /** The catch clause or error-handler function: the error is not known outside it. */
  scope: ts.Node;
}

interface Leak {
  /** What is sent, as written (`err.message`, `err`). */
  detail: string;
  binding: ErrorBinding;
}

type Context = RuleContext<Record<string, never>>;

export default defineRule({
  id: "error-detail-leak",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    fix: "safe",
    summary: "Error messages, stacks and driver details sent to clients reveal SQL, file paths and internals to attackers.",
    fixTitle: "Send a generic message and log the error with a correlation id",
    messages: {
      leak: "`{{detail}}` is sent to the client: error details reveal queries, file paths and library versions. Log the error with a correlation id and send a generic message.",
      exception: "`{{detail}}` becomes the message of an exception the framework sends to the client. Log the error with a correlation id and throw a generic message.",
    },
  },
  check(ctx) {
    const facts: GuardFacts = {
      isErrorKindCheck: (name) => ctx.project.isErrorKindCheck(name, ctx.filePath),
      isRefusingCheck: (name) => ctx.project.isRefusingCheck(name, ctx.filePath),
      failsWithOwnSentences: (name) => ctx.project.failsWithOwnSentences(name, ctx.filePath),
      rootClassOf: (name) => ctx.project.rootClassOf(name, ctx.filePath),
      isOutboundCall: (call) => (outboundStarts ??= new Set(ctx.file.outboundCalls.map((outbound) => outbound.span.start))).has(call.getStart(ctx.sourceFile)),
    };
    let outboundStarts: Set<number> | undefined;
    const inspect = (node: ts.Node): void => {
      const response = responseBodyOf(node);
      const message = response ? undefined : exceptionMessageOf(node);
      const body = response?.body ?? message;
      if (!body || (message && (isCaughtBeforeTheFramework(node) || isStatuslessProjectError(ctx, node) || isThrownByLifecycleHook(node)))) return;
      const leak = findLeak(body, node, facts);
      if (!leak || isAnsweredOnlyToOwnCallers(ctx, node) || isBehindPresentNext(node)) return;
      const uuidSource = randomUuidSourceOf(ctx.file, ctx.settings);
      ctx.report({
        node,
        messageId: message ? "exception" : "leak",
        data: { detail: leak.detail },
        // Only a 5xx answer's detail is replaced by a safe fix. A 4xx answer's message is often what the app's client
        // shows the user (a template's syntax error, why the database in a setup form refused), and a status the error
        // carries (`err.status || 500`, `HttpException`'s own code) answers its deliberate refusals too: a person decides.
        // No fix where the runtime has no random UUID to tag the logged error with (code React Native also runs).
        fix: uuidSource && ((edit) => {
          const structured = structuredDetailIn(body, node, facts);
          const reason = answersWithClientError(node, body, facts) || mayAnswerBelowServerError(node, body, leak.binding)
            ? clientErrorReason
            : structured && `\`${structured}\` is a list or record, not text: a client that reads it as one breaks on the message put in its place`;
          sendGenericMessage(reason ? edit.offerAsSuggestion(reason) : edit, node, body, response?.format ?? "text", leak.binding, ctx, facts, uuidSource);
        }),
      });
    };
    return {
      [SyntaxKind.CallExpression]: inspect,
      [SyntaxKind.NewExpression]: inspect,
      [SyntaxKind.BinaryExpression]: inspect,
      [SyntaxKind.ThrowStatement]: inspect,
    };
  },
});

/**
 * `throw new DbError(err.message)` where the project's `DbError` extends the built-in `Error`: it carries no status, so
 * the framework answers it with a generic 500 of its own, and a leak happens only where some code sends its message.
 */
function isStatuslessProjectError(ctx: Context, thrown: ts.Node): boolean {
  const created = ts.isThrowStatement(thrown) ? unwrapExpression(thrown.expression) : undefined;
  if (!created || !ts.isNewExpression(created) || !ts.isIdentifier(created.expression)) return false;
  const root = ctx.project.rootClassOf(created.expression.text, ctx.filePath);
  return root !== undefined && root !== created.expression.text && isStatuslessErrorBase(root);
}

/** `onModuleInit() { try { … } catch (e) { throw new InternalServerErrorException(e) } }`: thrown at start-up, read only in the log. */
function isThrownByLifecycleHook(thrown: ts.Node): boolean {
  const fn = enclosingFunction(thrown);
  return !!fn && isNestLifecycleHook(fn);
}

/**
 * `next ? next(error) : res.status(401).json(error)` where `next` is the third parameter of an enclosing middleware:
 * Express always passes it, so the branch that answers the error never runs.
 */
function isBehindPresentNext(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent && !ts.isSourceFile(parent); child = parent, parent = parent.parent) {
    const condition = ts.isConditionalExpression(parent) && child === parent.whenFalse ? parent.condition : ts.isIfStatement(parent) && child === parent.elseStatement ? parent.expression : undefined;
    const tested = condition && unwrapExpression(condition);
    if (!tested || !ts.isIdentifier(tested)) continue;
    const declaration = bindingOf(tested);
    if (declaration && ts.isParameter(declaration) && isFunctionLike(declaration.parent) && declaration.parent.parameters.indexOf(declaration) === 2 && isRequiredNext(declaration)) return true;
  }
  return false;
}

/**
 * A middleware's `next`: untyped or typed as Express's `NextFunction`, and required, or optional only in the type of a
 * callback handed straight to a registration (`app.get(path, (req, res, next?) => …)`), which Express always calls with it.
 */
function isRequiredNext(parameter: ts.ParameterDeclaration): boolean {
  if (parameter.initializer || (parameter.type && !(ts.isTypeReferenceNode(parameter.type) && /^(NextFunction|Next)$/.test(parameter.type.typeName.getText())))) return false;
  return !parameter.questionToken || (ts.isIdentifier(parameter.name) && parameter.name.text === "next" && ts.isCallExpression(parameter.parent.parent));
}

/**
 * The node is in the handler of a route production never serves (`if (NODE_ENV !== "production") debugRoutes(app)`):
 * a developer's diagnostic answer, not a client's. Or in a class Nest is handed only outside production (a dev
 * websocket gateway). Or in the handler of a job endpoint only the project's own background tasks call with its secret
 * (see ProjectModel.isCalledOnlyByOwnJobs): the answer goes back to the task.
 */
function isAnsweredOnlyToOwnCallers(ctx: Context, node: ts.Node): boolean {
  const position = node.getStart(ctx.sourceFile);
  // A class (a websocket gateway, a service) that Nest is handed only outside production.
  const owner = enclosingClass(node);
  if (owner?.name && ctx.project.providedOnlyOutsideProduction(ctx.filePath, owner.name.text)) return true;
  return routeHandlersIn(ctx.project, ctx.file, ctx.sourceFile).some(
    ({ linked, handler }) =>
      handler.getStart(ctx.sourceFile) <= position && position < handler.getEnd() && (ctx.project.servedOnlyOutsideProduction(linked) || ctx.project.isCalledOnlyByOwnJobs(linked)),
  );
}

/**
 * A throw that an enclosing `try` of the same method catches without throwing again never reaches the framework:
 * `try { await db.$transaction(async (tx) => { … throw new ConflictException(err) }) } catch { return fixedCode }`.
 * Function boundaries are crossed only for callbacks of awaited or returned calls, whose rejection the `try` sees.
 */
function isCaughtBeforeTheFramework(thrown: ts.Node): boolean {
  for (let child = thrown, parent = thrown.parent; parent; child = parent, parent = parent.parent) {
    if (isFunctionLike(parent)) {
      const call = parent.parent;
      if (!ts.isCallExpression(call) || !call.arguments.includes(parent as ts.Expression) || !isAwaitedOrReturned(call)) return false;
    }
    if (ts.isTryStatement(parent) && child === parent.tryBlock && parent.catchClause) return !containsThrow(parent.catchClause.block);
  }
  return false;
}

function isAwaitedOrReturned(call: ts.CallExpression): boolean {
  const outer = outermostValue(call);
  return ts.isAwaitExpression(outer) || ts.isReturnStatement(outer.parent) || (ts.isArrowFunction(outer.parent) && outer.parent.body === outer);
}

function containsThrow(block: ts.Block): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || isFunctionLike(node)) return;
    if (ts.isThrowStatement(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(block);
  return found;
}

/** The first unguarded error detail the body carries. */
function findLeak(body: ts.Expression, send: ts.Node, facts: GuardFacts): Leak | undefined {
  return unguardedLeaks(body, send, facts)[0];
}

/**
 * Error fields that hold lists or records (a validation error's `errors`, a driver's `details` or `meta`, a `cause`):
 * a message string in their place changes the answer's shape for the clients that read them.
 */
const structuredDetails = new Set(["errors", "details", "meta", "cause"]);

/** The first structured error field the body sends, quoted. */
function structuredDetailIn(body: ts.Expression, send: ts.Node, facts: GuardFacts): string | undefined {
  const leaf = unguardedLeaks(body, send, facts).find(({ leaf }) => ts.isPropertyAccessExpression(leaf) && structuredDetails.has(leaf.name.text))?.leaf;
  return leaf && quoteNode(leaf);
}

/** Every error detail the body carries with no guard, each with the value (`leaf`) that carries it. */
function unguardedLeaks(body: ts.Expression, send: ts.Node, facts: GuardFacts): Array<Leak & { leaf: ts.Expression }> {
  return valueLeaves(body).flatMap((leaf) => {
    const leak = leakOf(leaf, 0, facts);
    if (!leak || isGuarded(leaf, leak.binding.scope, facts) || isGuarded(send, leak.binding.scope, facts) || answersOnlyTheSigner(leak.binding.scope) || catchesOnlySpecificClasses(leak.binding.scope)) return [];
    if (ts.isIdentifier(leaf) && isAllowListedBySwitch(leaf, leak.binding, send, facts)) return [];
    if (isClientErrorMessage(leaf, send) || isNotFoundMessage(leaf, send, body) || isParserVerdictOnInput(leak.binding.scope, send, body) || answersOwnChecks(leaf, leak.binding.scope, send, body, facts)) return [];
    if (isTemplateVerdictOnInput(leaf, leak.binding.scope, send, body, facts) || awaitsOnlyOwnFailures(leaf, leak.binding.scope, facts) || relaysUpstream(leaf, leak.binding.scope, facts)) return [];
    if (triesOnlyTokenDecode(leaf, leak.binding.scope)) return [];
    if (isKindTestedClientError(leaf, send, body, leak.binding.scope, facts) || isBuiltinErrorSentAsJson(leaf, leak.binding, send, body)) return [];
    if (isInRedirectErrorBranch(leaf, leak.binding) || isAllowListedMessage(leaf, leak.binding)) return [];
    return [{ ...leak, detail: quoteNode(leaf), leaf }];
  });
}

/**
 * An exception filter declared for named classes (`@Catch(MissingScopesError)`): Nest hands it only their instances,
 * so its whole body sits under what `instanceof MissingScopesError` would guard inline.
 */
function catchesOnlySpecificClasses(scope: ts.Node): boolean {
  const classes = isFunctionLike(scope) ? caughtClassesOf(scope) : [];
  return classes.length > 0 && classes.every(isSpecificClassName);
}

/**
 * A catch whose `try` opens with the check of a webhook's signature against a signature header of the request
 * (`constructEvent(raw, req.headers.get("stripe-signature"), secret)`, after synchronous set-up at most), or follows such a check that every run of the
 * function passes first (`const event = verify(...); try { … }`): it catches the check's own verdict on the signature,
 * or a failure of code that ran only for the verified sender, so only the signing provider reads the reply.
 */
function answersOnlyTheSigner(scope: ts.Node): boolean {
  if (!ts.isCatchClause(scope)) return false;
  return opensWithSignatureCheck(scope.parent.tryBlock) || statementsRunBefore(scope.parent).some((statement) => passesSignatureCheck(statement));
}

/**
 * Every run that goes past `statement` has passed a signature check: the check itself (`const event = verify(…)`), or
 * a `try` that opens with it and whose catch always leaves (`try { event = constructEvent(…) } catch (e) { return … }`).
 */
function passesSignatureCheck(statement: ts.Statement): boolean {
  if (ts.isVariableStatement(statement) || ts.isExpressionStatement(statement)) return checksSignature(statement);
  return ts.isTryStatement(statement) && !statement.finallyBlock && !!statement.catchClause && endsByReturnOrThrow(statement.catchClause.block) && opensWithSignatureCheck(statement.tryBlock);
}

/**
 * The `try` checks the signature before anything that could fail with internals: the check is its first statement, or
 * follows only synchronous set-up (`if (!sig) return; const stripe = makeStripe(); event = stripe.webhooks.constructEvent(…)`)
 * that awaits nothing and calls none of Node's own modules.
 */
function opensWithSignatureCheck(tryBlock: ts.Block): boolean {
  for (const statement of tryBlock.statements) {
    if (checksSignature(statement)) return true;
    if (awaitsOrCallsBuiltin(statement)) return false;
  }
  return false;
}

function awaitsOrCallsBuiltin(statement: ts.Statement): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || isFunctionLike(node)) return;
    if (ts.isAwaitExpression(node) || (ts.isCallExpression(node) && isNodeBuiltinCall(node))) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(statement);
  return found;
}

function checksSignature(statement: ts.Statement): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || isFunctionLike(node)) return;
    if (ts.isCallExpression(node) && isSignatureCheck(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(statement);
  return found;
}

/** The statements of the enclosing blocks, up to the function, that come before `statement` (and so run before it). */
function statementsRunBefore(statement: ts.Statement): ts.Statement[] {
  const earlier: ts.Statement[] = [];
  for (let child: ts.Node = statement, parent = statement.parent; parent && !isFunctionLike(parent); child = parent, parent = parent.parent) {
    if (ts.isBlock(parent)) earlier.push(...parent.statements.slice(0, parent.statements.indexOf(child as ts.Statement)));
  }
  return earlier;
}

/**
 * `const body = { code: err.code, message: err.message }; switch (err.type) { case KnownKind: …; default: body.message =
 * "Unknown error" }`: a switch on the error's kind whose `default` overwrites every leaking field with a literal keeps
 * the detail only for the kinds it lists (errors the project raises with client-facing text), like `instanceof
 * SpecificError`. The switch must run between the object's declaration and the send.
 */
function isAllowListedBySwitch(identifier: ts.Identifier, binding: ErrorBinding, send: ts.Node, facts: GuardFacts): boolean {
  const declaration = bindingOf(identifier);
  const initializer = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? unwrapExpression(declaration.initializer) : undefined;
  if (!initializer || !ts.isObjectLiteralExpression(initializer)) return false;
  const leakingKeys = initializer.properties.flatMap((property) => {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) return [];
    const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
    return valueLeaves(value).some((leaf) => leakOf(leaf, 1, facts)) ? [property.name.getText()] : [];
  });
  if (leakingKeys.length === 0) return false;
  let allowListed = false;
  const visit = (node: ts.Node): void => {
    if (allowListed || isFunctionLike(node)) return;
    if (ts.isSwitchStatement(node) && node.pos > declaration!.end && node.end <= send.getStart() && isAboutTheError(node.expression, binding)) {
      const fallback = node.caseBlock.clauses.find(ts.isDefaultClause);
      allowListed = !!fallback && leakingKeys.every((key) => assignsLiteral(fallback, identifier.text, key));
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(binding.scope, visit);
  return allowListed;
}

/** The switch's subject is the error's own kind: it names the error, or a local initialised from it. */
function isAboutTheError(subject: ts.Expression, binding: ErrorBinding): boolean {
  const mentions = (node: ts.Node): boolean => (ts.isIdentifier(node) && node.text === binding.name) || !!ts.forEachChild(node, (child) => mentions(child) || undefined);
  if (mentions(subject)) return true;
  const inner = unwrapExpression(subject);
  const declaration = ts.isIdentifier(inner) ? bindingOf(inner) : undefined;
  return !!declaration && ts.isVariableDeclaration(declaration) && !!declaration.initializer && mentions(declaration.initializer);
}

/** `target.key = "literal"` among the clause's statements. */
function assignsLiteral(clause: ts.DefaultClause, target: string, key: string): boolean {
  return clause.statements.some((statement) => {
    if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression) || statement.expression.operatorToken.kind !== SyntaxKind.EqualsToken) return false;
    const { left, right } = statement.expression;
    return ts.isPropertyAccessExpression(left) && left.expression.getText() === target && left.name.text === key && ts.isStringLiteralLike(unwrapExpression(right));
  });
}

/**
 * `throw new HttpException({ message: [error.message] }, 400)`: an exception the code itself gives a client-error
 * status (a 4xx literal or a `BAD_REQUEST`-style status constant) states that the failure is the caller's, and its
 * message is the answer to them: validation text written for the client. Only the message, never the whole error or
 * its stack, and only for exceptions: a response's status is the rule's guard condition (`status < 500`) instead.
 */
function isClientErrorMessage(leaf: ts.Expression, send: ts.Node): boolean {
  if (!ts.isThrowStatement(send) || !ts.isPropertyAccessExpression(leaf) || leaf.name.text !== "message") return false;
  const thrown = unwrapExpression(send.expression);
  if (!ts.isNewExpression(thrown) && !ts.isCallExpression(thrown)) return false;
  return (thrown.arguments ?? []).some((argument) => {
    const status = unwrapExpression(argument);
    if (ts.isNumericLiteral(status)) return isClientErrorCode(Number(status.text));
    return ts.isPropertyAccessExpression(status) && clientErrorStatusName.test(status.name.text);
  });
}

/** The 4xx names of status enums (`HttpStatus.BAD_REQUEST`, `StatusCodes.UNPROCESSABLE_ENTITY`). */
const clientErrorStatusName = /^(BAD_REQUEST|NOT_FOUND|CONFLICT|UNPROCESSABLE_ENTITY|PRECONDITION_FAILED|GONE|NOT_ACCEPTABLE|PAYLOAD_TOO_LARGE|UNSUPPORTED_MEDIA_TYPE|EXPECTATION_FAILED|UNPROCESSABLE_CONTENT)$/;

/** The names and property reads whose values end up in the body: through object/array literals, templates, `+`, branches. */
function valueLeaves(expression: ts.Expression): ts.Expression[] {
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isNonNullExpression(expression)) return valueLeaves(expression.expression);
  if (ts.isObjectLiteralExpression(expression)) {
    return expression.properties.flatMap((property) => {
      if (ts.isPropertyAssignment(property)) return valueLeaves(property.initializer);
      if (ts.isShorthandPropertyAssignment(property)) return [property.name];
      if (ts.isSpreadAssignment(property)) return valueLeaves(property.expression);
      return [];
    });
  }
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.flatMap((element) => valueLeaves(ts.isSpreadElement(element) ? element.expression : element));
  if (ts.isTemplateExpression(expression)) return expression.templateSpans.flatMap((span) => valueLeaves(span.expression));
  if (ts.isBinaryExpression(expression)) {
    const kind = expression.operatorToken.kind;
    if (kind === SyntaxKind.PlusToken || kind === SyntaxKind.BarBarToken || kind === SyntaxKind.QuestionQuestionToken) return [...valueLeaves(expression.left), ...valueLeaves(expression.right)];
    return [];
  }
  if (ts.isConditionalExpression(expression)) return [...valueLeaves(expression.whenTrue), ...valueLeaves(expression.whenFalse)];
  if (ts.isCallExpression(expression)) {
    if (stringifiers.has(calleeText(expression) ?? "")) return expression.arguments.flatMap(valueLeaves);
    // `err.toString()`
    if (ts.isPropertyAccessExpression(expression.expression) && expression.expression.name.text === "toString") return [expression.expression.expression];
    return [];
  }
  if (ts.isIdentifier(expression) || ts.isPropertyAccessExpression(expression)) return [expression];
  return [];
}

/** Whether `leaf` is the error (or one of its leaky properties), following local variables made from it. */
function leakOf(leaf: ts.Expression, depth: number, facts: GuardFacts): Omit<Leak, "detail"> | undefined {
  if (depth > 4) return undefined;
  if (ts.isPropertyAccessExpression(leaf)) {
    if (!leakyProperties.has(leaf.name.text)) return undefined;
    const object = unwrapExpression(leaf.expression);
    return ts.isIdentifier(object) ? wholeErrorOf(object, depth) : undefined;
  }
  if (!ts.isIdentifier(leaf)) return undefined;
  return wholeErrorOf(leaf, depth) ?? derivedValueOf(leaf, depth, facts);
}

/** The binding `identifier` names when it is the caught error or an error handler's error (or a local alias of it). */
function wholeErrorOf(identifier: ts.Identifier, depth: number): Omit<Leak, "detail"> | undefined {
  const declaration = bindingOf(identifier);
  if (!declaration) return undefined;
  if (ts.isCatchClause(declaration)) return { binding: { name: identifier.text, scope: declaration } };
  if (ts.isParameter(declaration)) {
    const fn = declaration.parent;
    return isFunctionLike(fn) && errorParameterOf(fn) === declaration ? { binding: { name: identifier.text, scope: fn } } : undefined;
  }
  // `const error = err as Error`: an alias is the error itself.
  const initializer = declaration.initializer;
  if (!initializer) return undefined;
  const inner = unwrapExpression(initializer);
  return ts.isIdentifier(inner) ? wholeErrorOf(inner, depth + 1) : undefined;
}

/** `const message = err instanceof Error ? err.message : String(err)`: a local holding an error detail. */
function derivedValueOf(identifier: ts.Identifier, depth: number, facts: GuardFacts): Omit<Leak, "detail"> | undefined {
  const declaration = bindingOf(identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  for (const leaf of valueLeaves(declaration.initializer)) {
    const leak = leakOf(leaf, depth + 1, facts);
    if (leak && !isGuarded(leaf, leak.binding.scope, facts)) return leak;
  }
  return undefined;
}

/** The catch clause, parameter or variable declaration `identifier` refers to, searching outwards. */
function bindingOf(identifier: ts.Identifier): ts.CatchClause | ts.ParameterDeclaration | ts.VariableDeclaration | undefined {
  const name = identifier.text;
  for (let scope: ts.Node | undefined = identifier.parent; scope; scope = scope.parent) {
    if (ts.isCatchClause(scope)) {
      const variable = scope.variableDeclaration;
      if (variable && ts.isIdentifier(variable.name) && variable.name.text === name) return scope;
    }
    if (ts.isFunctionLike(scope)) {
      const parameter = scope.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name);
      if (parameter) return parameter;
    }
    if (ts.isBlock(scope) || ts.isSourceFile(scope)) {
      for (const statement of scope.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        const found = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === name);
        if (found && found.getStart() < identifier.getStart()) return found;
      }
    }
  }
  return undefined;
}

/** True when an `if`, `?:` or `&&` between `node` and `scope` keeps it from production clients. */
function isGuarded(node: ts.Node, scope: ts.Node, facts: GuardFacts): boolean {
  for (let child: ts.Node = node, parent = node.parent; parent && child !== scope; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child !== parent.expression && isGuardCondition(parent.expression, facts, 0)) return true;
    if (ts.isConditionalExpression(parent) && child !== parent.condition && isGuardCondition(parent.condition, facts, 0)) return true;
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken && child === parent.right && isGuardCondition(parent.left, facts, 0)) return true;
    if (ts.isIfStatement(parent) && child === parent.thenStatement && narrowsToNamedKind(parent.expression, scope)) return true;
    if (ts.isConditionalExpression(parent) && child === parent.whenTrue && narrowsToNamedKind(parent.condition, scope)) return true;
    // An early return under a guard: `if (err instanceof ZodError) { ... }` does not cover later statements, but
    // `if (process.env.NODE_ENV === "production") return res.json(generic)` before the leak does.
    if (ts.isBlock(parent) && hasGuardedEarlyExitBefore(parent, child, node, facts)) return true;
  }
  // `if (IS_CLOUD) throw …; try { … } catch (e) { … }`: an exit before the `try` covers its catch too.
  if (ts.isCatchClause(scope)) {
    for (let child: ts.Node = scope.parent, parent = child.parent; parent && !isFunctionLike(parent); child = parent, parent = parent.parent) {
      if (ts.isBlock(parent) && hasGuardedEarlyExitBefore(parent, child, node, facts)) return true;
    }
  }
  return false;
}

/**
 * `if (err.name === "UnauthorizedError")`: comparing the error's `name` with a specific class name admits only that
 * kind, as `instanceof UnauthorizedError` would (libraries that cannot share a class across copies mark their errors
 * this way); so does comparing its `code` with an application's own code (`err.code === "invalidOrigin"`). One operand of `&&` is enough; the built-in kinds (`TypeError`, `SyntaxError`) narrow nothing, since any
 * code may raise them with any internals in their text.
 */
function narrowsToNamedKind(condition: ts.Expression, scope: ts.Node): boolean {
  const inner = unwrapExpression(condition);
  if (!ts.isBinaryExpression(inner)) return false;
  if (inner.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken) return narrowsToNamedKind(inner.left, scope) || narrowsToNamedKind(inner.right, scope);
  if (inner.operatorToken.kind !== SyntaxKind.EqualsEqualsEqualsToken && inner.operatorToken.kind !== SyntaxKind.EqualsEqualsToken) return false;
  const [left, right] = [unwrapExpression(inner.left), unwrapExpression(inner.right)];
  const [read, literal] = ts.isStringLiteralLike(right) ? [left, right] : [right, left];
  if (!ts.isPropertyAccessExpression(read) || !ts.isStringLiteralLike(literal) || !isErrorOf(unwrapExpression(read.expression), scope)) return false;
  if (read.name.text === "code") return isAppErrorCode(literal.text);
  return read.name.text === "name" && isSpecificClassName(literal.text) && !isBuiltinErrorName(literal.text);
}

/**
 * `err.code === "invalidOrigin"`: a code in lower or mixed case is one an application or SDK gave its own error kind.
 * Node's system codes (`ENOENT`, `ERR_INVALID_ARG_TYPE`), drivers' (`ER_DUP_ENTRY`, `P2002`) and SQLSTATEs (`23505`) are
 * upper case or digits, and their messages carry paths, keys and constraint names, so they narrow nothing.
 */
function isAppErrorCode(code: string): boolean {
  return /[a-z]/.test(code);
}

/** The caught error of `scope` (a catch clause), or a parameter of it (an error handler's error). */
function isErrorOf(expression: ts.Expression, scope: ts.Node): boolean {
  const binding = ts.isIdentifier(expression) ? bindingOf(expression) : undefined;
  return !!binding && (binding === scope || (ts.isParameter(binding) && binding.parent === scope));
}

/** The error classes of the language and of Node itself. */
function isBuiltinErrorName(name: string): boolean {
  return /^(Error|TypeError|RangeError|ReferenceError|SyntaxError|EvalError|URIError|AggregateError|SystemError|AbortError|Object)$/.test(name);
}

/**
 * The condition names a guard: written out (`NODE_ENV`, `expose`, `instanceof ZodError`), a call of a project function
 * that tells an error of a specific class (`isAppError(err)`), or a local made from such a condition
 * (`const operational = isOperational(err)`).
 */
function isGuardCondition(condition: ts.Expression, facts: GuardFacts, depth: number): boolean {
  if (guardCondition.test(condition.getText())) return true;
  if (depth > 3) return false;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || isFunctionLike(node)) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && facts.isErrorKindCheck(node.expression.text)) found = true;
    else if (ts.isIdentifier(node) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) found = isLocalGuard(node, facts, depth);
    if (!found) ts.forEachChild(node, visit);
  };
  visit(condition);
  return found;
}

/**
 * `if (err.message.includes("validation failed")) throw new BadRequestException(err.message)`: a client-error exception
 * (by its class's hierarchy, see error-kinds.ts), or a response with a literal 4xx status, given only for errors whose
 * message names a specific kind passes on that kind's text, which describes the caller's input. Only `.message`, and
 * only under such a test.
 */
function isKindTestedClientError(leaf: ts.Expression, send: ts.Node, body: ts.Expression, scope: ts.Node, facts: GuardFacts): boolean {
  if (!ts.isPropertyAccessExpression(leaf) || leaf.name.text !== "message" || !answersKindWithClientError(send, body, facts)) return false;
  for (let child: ts.Node = send, parent = send.parent; parent && child !== scope; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement && narrowsToMessageKind(parent.expression)) return true;
  }
  return false;
}

/** A client-error exception by its class's hierarchy (`throw new InputException(…)`), or a response with a literal 4xx status. */
function answersKindWithClientError(send: ts.Node, body: ts.Expression, facts: GuardFacts): boolean {
  if (!ts.isThrowStatement(send)) return answersOnlyWith(send, body, isClientErrorCode);
  const thrown = unwrapExpression(send.expression);
  return ts.isNewExpression(thrown) && ts.isIdentifier(thrown.expression) && isClientErrorException(facts.rootClassOf(thrown.expression.text) ?? "");
}

/** `e instanceof Error && e.message.startsWith("Content cannot be")`: one operand of `&&` is enough to narrow the branch. */
function narrowsToMessageKind(condition: ts.Expression): boolean {
  const inner = unwrapExpression(condition);
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken) return narrowsToMessageKind(inner.left) || narrowsToMessageKind(inner.right);
  return testsMessageKind(inner);
}

/**
 * `err.message.includes("validation failed") || err.message.startsWith("Cast to")`: every alternative matches the
 * message against a literal, so only errors of the kinds it names pass.
 */
function testsMessageKind(condition: ts.Expression): boolean {
  const inner = unwrapExpression(condition);
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === SyntaxKind.BarBarToken) return testsMessageKind(inner.left) && testsMessageKind(inner.right);
  if (!ts.isCallExpression(inner) || !ts.isPropertyAccessExpression(inner.expression) || !/^(includes|startsWith|endsWith)$/.test(inner.expression.name.text)) return false;
  const subject = unwrapExpression(inner.expression.expression);
  const literal = inner.arguments[0] && unwrapExpression(inner.arguments[0]);
  return ts.isPropertyAccessExpression(subject) && subject.name.text === "message" && !!literal && ts.isStringLiteralLike(literal) && literal.text.length > 0;
}

/**
 * `if ((status === 302 || status === 308) && err.path) res.redirect(err.path)`, with `status` read from the error: an
 * error carrying a redirect status is one the app raised to send the client elsewhere (I/O and library errors carry
 * none), and its fields are the app's own target, not internals.
 */
function isInRedirectErrorBranch(leaf: ts.Expression, binding: ErrorBinding): boolean {
  for (let child: ts.Node = leaf, parent = leaf.parent; parent && child !== binding.scope; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement && narrowsToRedirectStatus(parent.expression, binding.name)) return true;
  }
  return false;
}

/**
 * `if (["Invalid room", "Invalid name"].includes(err.message)) res.status(400).json({ error: err.message })`: in that
 * branch the message equals one of the written literals, so sending it sends that literal. Only the message read the
 * test names; the stack or any other field of the same error is still a leak.
 */
function isAllowListedMessage(leaf: ts.Expression, binding: ErrorBinding): boolean {
  if (!ts.isPropertyAccessExpression(leaf) || leaf.name.text !== "message") return false;
  const read = unwrapExpression(leaf.expression);
  if (!ts.isIdentifier(read)) return false;
  for (let child: ts.Node = leaf, parent = leaf.parent; parent && child !== binding.scope; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement && equalsWrittenText(parent.expression, read.text)) return true;
  }
  return false;
}

/** Every alternative pins `<errorName>.message` to literals (`=== "…"`, `[…literals].includes(…)`); one operand of `&&` is enough. */
function equalsWrittenText(condition: ts.Expression, errorName: string): boolean {
  const inner = unwrapExpression(condition);
  const isMessageRead = (node: ts.Expression): boolean => {
    const read = unwrapExpression(node);
    return ts.isPropertyAccessExpression(read) && read.name.text === "message" && ts.isIdentifier(unwrapExpression(read.expression)) && (unwrapExpression(read.expression) as ts.Identifier).text === errorName;
  };
  if (ts.isBinaryExpression(inner)) {
    const operator = inner.operatorToken.kind;
    if (operator === SyntaxKind.AmpersandAmpersandToken) return equalsWrittenText(inner.left, errorName) || equalsWrittenText(inner.right, errorName);
    if (operator === SyntaxKind.BarBarToken) return equalsWrittenText(inner.left, errorName) && equalsWrittenText(inner.right, errorName);
    if (operator !== SyntaxKind.EqualsEqualsEqualsToken && operator !== SyntaxKind.EqualsEqualsToken) return false;
    const [left, right] = [unwrapExpression(inner.left), unwrapExpression(inner.right)];
    return (isMessageRead(left) && ts.isStringLiteralLike(right)) || (isMessageRead(right) && ts.isStringLiteralLike(left));
  }
  if (!ts.isCallExpression(inner) || !ts.isPropertyAccessExpression(inner.expression) || inner.expression.name.text !== "includes" || inner.arguments.length !== 1) return false;
  const list = unwrapExpression(inner.expression.expression);
  return ts.isArrayLiteralExpression(list) && list.elements.length > 0 && list.elements.every((element) => ts.isStringLiteralLike(element)) && isMessageRead(inner.arguments[0]!);
}

/** Every alternative compares the error's status with a 3xx literal; one operand of `&&` is enough to narrow. */
function narrowsToRedirectStatus(condition: ts.Expression, errorName: string): boolean {
  const inner = unwrapExpression(condition);
  if (!ts.isBinaryExpression(inner)) return false;
  const operator = inner.operatorToken.kind;
  if (operator === SyntaxKind.AmpersandAmpersandToken) return narrowsToRedirectStatus(inner.left, errorName) || narrowsToRedirectStatus(inner.right, errorName);
  if (operator === SyntaxKind.BarBarToken) return narrowsToRedirectStatus(inner.left, errorName) && narrowsToRedirectStatus(inner.right, errorName);
  if (operator !== SyntaxKind.EqualsEqualsEqualsToken && operator !== SyntaxKind.EqualsEqualsToken) return false;
  const [left, right] = [unwrapExpression(inner.left), unwrapExpression(inner.right)];
  const isRedirectCode = (side: ts.Expression): boolean => ts.isNumericLiteral(side) && /^30\d$/.test(side.text);
  return (isRedirectCode(left) && isStatusOf(right, errorName, 0)) || (isRedirectCode(right) && isStatusOf(left, errorName, 0));
}

/** `err.status`, `err.statusCode`, also parsed (`parseInt(err.status, 10)`) or through a `const` holding it. */
function isStatusOf(expression: ts.Expression, errorName: string, depth: number): boolean {
  const value = unwrapExpression(expression);
  if (depth > 2) return false;
  if (ts.isIdentifier(value)) {
    const initializer = constInitializerOf(value);
    return !!initializer && isStatusOf(initializer, errorName, depth + 1);
  }
  if (ts.isCallExpression(value) && ts.isIdentifier(value.expression) && /^(parseInt|Number)$/.test(value.expression.text) && value.arguments[0]) return isStatusOf(value.arguments[0], errorName, depth + 1);
  if (!ts.isPropertyAccessExpression(value) || !/^(status|statusCode)$/.test(value.name.text)) return false;
  const owner = unwrapExpression(value.expression);
  return ts.isIdentifier(owner) && owner.text === errorName;
}

/** `const operational = isOperational(err)`: a `const` whose value is itself a guard condition. */
function isLocalGuard(identifier: ts.Identifier, facts: GuardFacts, depth: number): boolean {
  const declaration = bindingOf(identifier);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
  if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) return false;
  return isGuardCondition(declaration.initializer, facts, depth + 1);
}

/**
 * An earlier statement of the block that leaves for every request the leak must not reach: `if (NODE_ENV ===
 * "production") return generic`, `if (!err.isBoom) return ctx.throw(err)` (only errors built for an HTTP answer go
 * on), or `if (statusCode >= 500) return generic` when `guarded` (the send) answers with that same status (what
 * follows runs only for client errors).
 */
function hasGuardedEarlyExitBefore(block: ts.Block, statement: ts.Node, guarded: ts.Node, facts: GuardFacts): boolean {
  for (const earlier of block.statements) {
    if (earlier === statement) return false;
    if (!ts.isIfStatement(earlier) || !endsByReturnOrThrow(earlier.thenStatement)) continue;
    const condition = earlier.expression.getText();
    if (/NODE_ENV|\b(is)?(Prod|Production|prod|production)\b/.test(condition) || deploymentSwitchOf(earlier.expression) === "hosted") return true;
    if (leavesUnlessHttpError(earlier.expression, facts)) return true;
    const status = serverErrorTest.exec(condition)?.[1];
    if (status && statusIdentifiersOf(guarded).includes(status)) return true;
  }
  return false;
}

/** `!err.isBoom`, `!(e instanceof HttpError)`, `!isAppError(e)`: the negation of a test that the error was made for an HTTP answer. */
function leavesUnlessHttpError(condition: ts.Expression, facts: GuardFacts): boolean {
  const inner = unwrapExpression(condition);
  if (!ts.isPrefixUnaryExpression(inner) || inner.operator !== SyntaxKind.ExclamationToken) return false;
  const test = unwrapExpression(inner.operand);
  if (httpErrorKindTest.test(test.getText())) return true;
  return ts.isCallExpression(test) && ts.isIdentifier(test.expression) && facts.isErrorKindCheck(test.expression.text);
}

/** The names a send answers with as its status: `res.status(statusCode).json(…)`, `c.json(body, statusCode)`, `{ status }`. */
function statusIdentifiersOf(send: ts.Node): string[] {
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node)) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && /^(status|code)$/.test(callee.name.text)) names.push(...node.arguments.filter(ts.isIdentifier).map((a) => a.text));
      else if (node === send) names.push(...node.arguments.slice(1).filter(ts.isIdentifier).map((a) => a.text));
    }
    if (ts.isShorthandPropertyAssignment(node) && /status/i.test(node.name.text)) names.push(node.name.text);
    if (ts.isPropertyAssignment(node) && /^status(Code)?$/.test(node.name.getText()) && ts.isIdentifier(node.initializer)) names.push(node.initializer.text);
    ts.forEachChild(node, visit);
  };
  visit(send);
  return names;
}

/** The literal statuses a send answers with (`res.status(404).json(…)`, `c.json(body, 400)`, `{ status: 400 }`), outside its body. */
function literalStatusesOf(send: ts.Node, body: ts.Expression): number[] {
  const statuses: number[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node) || node === body) return;
    if (ts.isNumericLiteral(node) && isStatusPosition(node)) {
      const status = Number(node.text);
      if (status >= 100 && status < 600) statuses.push(status);
    }
    ts.forEachChild(node, visit);
  };
  visit(send);
  return statuses;
}

/**
 * `const status = err.statusCode || 400` then `res.status(status)`, in a `try` whose own code raises the refusals: the
 * status a project error was thrown with, else a 4xx fallback.
 */
function mayAnswerWithClientError(send: ts.Node, body: ts.Expression): boolean {
  return someStatusOf(send, body, (status) => {
    if (!ts.isBinaryExpression(status) || !isFallbackOperator(status.operatorToken.kind)) return false;
    const fallback = unwrapExpression(status.right);
    return ts.isNumericLiteral(fallback) && isClientErrorCode(Number(fallback.text)) && isCarriedStatus(unwrapExpression(status.left));
  });
}

/**
 * The send may answer below 500: a literal 2xx-4xx status (`res.status(200).json({ message: e.message })`, also as one
 * branch, `e instanceof Error && "status" in e ? e.status : 400`), or a status the error itself carries (`err.status ||
 * 500` in a handler every route's `next({ status: 404, message })` reaches, `error instanceof HttpException ?
 * error.code : 500`): the message may be a deliberate refusal or a result the client shows.
 */
function mayAnswerBelowServerError(send: ts.Node, body: ts.Expression, binding: ErrorBinding): boolean {
  return someStatusOf(send, body, (status) =>
    valueAlternatives(status).some((value) => {
      if (ts.isNumericLiteral(value)) return Number(value.text) >= 100 && Number(value.text) < 500;
      if (!ts.isPropertyAccessExpression(value)) return false;
      const carrier = unwrapExpression(value.expression);
      return isCarriedStatus(value) || (ts.isIdentifier(carrier) && carrier.text === binding.name);
    }),
  );
}

/** Some status the send answers with (outside its body, a `const` followed to its value) passes `test`. */
function someStatusOf(send: ts.Node, body: ts.Expression, test: (status: ts.Expression) => boolean): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || isFunctionLike(node) || node === body) return;
    const isCallee = (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)) && node.parent.expression === node;
    if (ts.isExpression(node) && !isCallee && isStatusPosition(node)) {
      const status = ts.isIdentifier(node) ? unchangedInitializerOf(node) : unwrapExpression(node);
      found = !!status && test(status);
    }
    ts.forEachChild(node, visit);
  };
  visit(send);
  return found || statusesSetBefore(send).some(test);
}

/**
 * The statuses the response was given by earlier statements of the blocks that enclose the send, up to its function:
 * Koa's `ctx.status = err.httpCode || 500;` before `ctx.body = …` (`ctx.response.status` and `ctx.status` set the same
 * status), Express's `res.status(err.status);` or `res.statusCode = …` before `res.json(…)`.
 */
function statusesSetBefore(send: ts.Node): ts.Expression[] {
  const response = respondingObjectOf(send);
  if (!response) return [];
  const statuses: ts.Expression[] = [];
  for (let child: ts.Node = send, parent = send.parent; parent && !isFunctionLike(parent); child = parent, parent = parent.parent) {
    if (!ts.isBlock(parent)) continue;
    for (const earlier of parent.statements.slice(0, parent.statements.indexOf(child as ts.Statement))) {
      const expression = ts.isExpressionStatement(earlier) ? unwrapExpression(earlier.expression) : undefined;
      if (expression && ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        const target = expression.left;
        if (ts.isPropertyAccessExpression(target) && /^(status|statusCode)$/.test(target.name.text) && koaContextText(target.expression) === response) statuses.push(expression.right);
      } else if (expression && ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && expression.expression.name.text === "status") {
        const status = expression.arguments[0];
        if (status && koaContextText(expression.expression.expression) === response) statuses.push(status);
      }
    }
  }
  return statuses;
}

/** The object a send answers through: `ctx` of `ctx.body = …`, `res` of `res.json(…)` / `res.send(…)`. */
function respondingObjectOf(send: ts.Node): string | undefined {
  if (ts.isBinaryExpression(send) && send.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(send.left) && send.left.name.text === "body") return koaContextText(send.left.expression);
  if (ts.isCallExpression(send) && ts.isPropertyAccessExpression(send.expression) && ts.isIdentifier(unwrapExpression(send.expression.expression))) return unwrapExpression(send.expression.expression).getText();
  return undefined;
}

/** `ctx.response` answers for `ctx`: Koa's context delegates `status` and `body` to its response. */
function koaContextText(expression: ts.Expression): string {
  const unwrapped = unwrapExpression(expression);
  return (ts.isPropertyAccessExpression(unwrapped) && unwrapped.name.text === "response" ? unwrapped.expression : unwrapped).getText();
}

/** The values an expression can take (a status, a client): both branches of a conditional and both sides of `||`/`??`, through `const` names. */
function valueAlternatives(expression: ts.Expression, depth = 0): ts.Expression[] {
  const value = unwrapExpression(expression);
  const initializer = ts.isIdentifier(value) ? constInitializerOf(value) : undefined;
  if (depth > 4) return [value];
  if (initializer) return valueAlternatives(initializer, depth + 1);
  if (ts.isConditionalExpression(value)) return [...valueAlternatives(value.whenTrue, depth + 1), ...valueAlternatives(value.whenFalse, depth + 1)];
  if (ts.isBinaryExpression(value) && isFallbackOperator(value.operatorToken.kind)) return [...valueAlternatives(value.left, depth + 1), ...valueAlternatives(value.right, depth + 1)];
  return [value];
}

/** `err.status`, `error.statusCode`: a status an object carries, set by whoever threw it (http-errors, a route's `next({ status })`). */
function isCarriedStatus(expression: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(expression) && /^(status|statusCode)$/.test(expression.name.text) && ts.isIdentifier(unwrapExpression(expression.expression));
}

/** Every literal status of the send is in `range` (and there is one). */
function answersOnlyWith(send: ts.Node, body: ts.Expression, test: (status: number) => boolean): boolean {
  const statuses = literalStatusesOf(send, body);
  return statuses.length > 0 && statuses.every(test);
}

/**
 * `c.json({ error: err.message }, 404)`: the code answers that what the caller named does not exist, so the message is
 * the not-found text (`Queue "x" not found`). Only the message; the whole error or its stack is still a leak.
 */
function isNotFoundMessage(leaf: ts.Expression, send: ts.Node, body: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(leaf) || leaf.name.text !== "message") return false;
  return answersOnlyWith(send, body, (status) => status === 404 || status === 410);
}

/**
 * `try { JSON.parse(body.meta) } catch (e) { return res.status(400).json({ message: \`Invalid JSON: ${e}\` }) }`: the
 * `try` runs nothing but the JSON parser and at most one other parser or checker of data in memory, so the caught
 * error can only be a verdict on what they were given; answered with a client-error status, that verdict is about the caller's own input. The parser is
 * `JSON.parse`, a schema's `parse`, or one synchronous call of an imported function or of a static method of an
 * imported class (`parseFilter(text)`, `Rollup.parsedType(expression)`): no `await`, no instance of a service or
 * client, no callback, so no I/O whose failure could carry a host, path or query.
 */
function isParserVerdictOnInput(scope: ts.Node, send: ts.Node, body: ts.Expression): boolean {
  if (!ts.isCatchClause(scope) || !answersWithClientError(send, body)) return false;
  const calls: ts.CallExpression[] = [];
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other) return;
    if (isFunctionLike(node) || ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isThrowStatement(node) || ts.isNewExpression(node)) other = true;
    else if (ts.isCallExpression(node)) calls.push(node);
    if (!other) ts.forEachChild(node, visit);
  };
  visit(scope.parent.tryBlock);
  const checkers = calls.filter((call) => calleeText(call) !== "JSON.parse");
  if (other || calls.length === 0 || checkers.length > 1) return false;
  return checkers.every((call) => isSchemaParse(call) || isImportedPureCall(call));
}

/**
 * `try { if (!invite) throw new Error("Invalid or expired invitation key"); … } catch (e) { res.status(400).json({
 * message: e.message }) }`: the `try` raises its own refusals with text written for the caller (itself, or through a
 * synchronous check of this file that only refuses), so the catch is how the handler answers them, with a client-error status. Only the message; the whole error or its stack is still a leak,
 * and so is a `try` that also calls Node's own modules (`fs.unlinkSync(upload.path)`), whose errors name paths and commands.
 */
function answersOwnChecks(leaf: ts.Expression, scope: ts.Node, send: ts.Node, body: ts.Expression, facts: GuardFacts): boolean {
  if (!isMessageText(leaf) || !ts.isCatchClause(scope)) return false;
  const tryBlock = scope.parent.tryBlock;
  // A `try` that waits on nothing raises only what its own synchronous code does: there a check imported from another
  // file, or the status the error carries with a 4xx fallback (`e.status || 400`), is enough to tell its refusals.
  const waits = someDescendant(tryBlock, (node) => ts.isAwaitExpression(node) && !isInNestedFunction(node, tryBlock));
  if (!answersWithClientError(send, body) && (waits || !mayAnswerWithClientError(send, body)) && !onlyReadsTestsAndAnswers(tryBlock)) return false;
  let throwsOwn = false;
  let callsBuiltin = false;
  const visit = (node: ts.Node): void => {
    if (callsBuiltin) return;
    if (ts.isThrowStatement(node) && !isInNestedFunction(node, tryBlock) && hasWrittenMessage(unwrapExpression(node.expression))) throwsOwn = true;
    if (ts.isCallExpression(node) && !isInNestedFunction(node, tryBlock) && isRefusingCheckCall(node, waits ? undefined : facts)) throwsOwn = true;
    if (ts.isCallExpression(node) && isNodeBuiltinCall(node)) callsBuiltin = true;
    ts.forEachChild(node, visit);
  };
  visit(tryBlock);
  return throwsOwn && !callsBuiltin;
}

/**
 * `try { if (code.trim() !== unlockCode) throw new Error("Wrong code"); res.send({ ok: true }) }`: a synchronous `try`
 * that only reads the request, tests text and answers can fail with no one else's text, so its own refusals are what
 * the catch answers, whatever the status. Its calls are methods of the function's own parameters (the request and
 * the response: `req.header(…)`, `res.status(…).json(…)`), a parameter called as the continuation (`next()`, which
 * Express runs behind its own catch) and text methods; any other call, `new`, `await` or callback keeps the status test.
 */
function onlyReadsTestsAndAnswers(tryBlock: ts.Block): boolean {
  const fn = enclosingFunction(tryBlock);
  if (!fn) return false;
  let only = true;
  const visit = (node: ts.Node): void => {
    if (!only) return;
    // Its own sentence is what the catch may answer; a thrown value from elsewhere is not.
    if (ts.isThrowStatement(node)) only = hasWrittenMessage(unwrapExpression(node.expression));
    else if (isFunctionLike(node) || ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) only = false;
    else if (ts.isCallExpression(node)) only = isOwnParameterCall(node, fn) || isTextMethodCall(node) || isBuiltinConversionCall(node);
    if (only && !ts.isThrowStatement(node)) ts.forEachChild(node, visit);
  };
  visit(tryBlock);
  return only;
}

/**
 * `Number(req.params.id)`, `parseInt(limit, 10)`, `Array.isArray(items)`: the language's own conversions and type tests
 * return a value for any input; the worst they raise is a TypeError about the value (a Symbol), naming nothing of the server.
 */
function isBuiltinConversionCall(call: ts.CallExpression): boolean {
  const callee = calleeText(call);
  return callee !== undefined && builtinConversions.has(callee) && !findDeclaration(callee.split(".")[0]!, call);
}

const builtinConversions = new Set(["Number", "String", "Boolean", "parseInt", "parseFloat", "isNaN", "isFinite", "Number.isInteger", "Number.isSafeInteger", "Number.isFinite", "Number.isNaN", "Number.parseInt", "Number.parseFloat", "Array.isArray"]);

/** `res.status(401).send(…)`, `req.header("x-key")`, `next()`: a call rooted at a parameter of `fn`. */
function isOwnParameterCall(call: ts.CallExpression, fn: FunctionLike): boolean {
  let root: ts.Expression = unwrapExpression(call.expression);
  while (ts.isPropertyAccessExpression(root) || ts.isCallExpression(root)) root = unwrapExpression(root.expression);
  const declaration = ts.isIdentifier(root) ? findDeclaration(root.text, call) : undefined;
  return !!declaration && ts.isParameter(declaration) && declaration.parent === fn;
}

/** `token.trim()`, `header.replace("Bearer ", "")`: a method of text, which fails at most with a TypeError about the value. */
function isTextMethodCall(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  return ts.isPropertyAccessExpression(callee) && textMethods.has(callee.name.text);
}

const textMethods = new Set(["trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "replace", "replaceAll", "split", "slice", "substring", "startsWith", "endsWith", "includes", "indexOf", "lastIndexOf", "padStart", "padEnd", "normalize", "charAt"]);

/**
 * `try { const { url } = await portalUrlFor(org.id); res.json({ url }) } catch (e) { res.status(500).json({ message:
 * e.message }) }`: everything the `try` waits on is a project function whose every failure is its own sentence (see
 * failsWithOwnSentences in error-kinds.ts: an upstream's failures turned into written text), so the caught message is
 * that text, whatever the status. Only the message; any other `await`, or a call of Node's own modules, keeps the finding.
 */
function awaitsOnlyOwnFailures(leaf: ts.Expression, scope: ts.Node, facts: GuardFacts): boolean {
  if (!isMessageText(leaf) || !ts.isCatchClause(scope)) return false;
  const tryBlock = scope.parent.tryBlock;
  let waits = false;
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other || isFunctionLike(node)) return;
    if (ts.isCallExpression(node) && isNodeBuiltinCall(node)) other = true;
    if (ts.isAwaitExpression(node)) {
      const awaited = unwrapExpression(node.expression);
      const callee = ts.isCallExpression(awaited) ? unwrapExpression(awaited.expression) : undefined;
      if (callee && ts.isIdentifier(callee) && failsWithOwnSentencesCall(callee, facts)) waits = true;
      else other = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(tryBlock);
  return waits && !other;
}

/**
 * `try { const payload = this.jwtService.decode(token); return { email: payload.email } } catch (e) { throw new
 * RpcException(e) }`: the `try` calls nothing but a non-verifying JWT decode (jwt-calls.ts), which returns null for a
 * malformed token instead of throwing, and reads the result; what it can raise is a TypeError about the caller's own
 * token, naming no query, host or path. Not the stack; a verify, any other call, `new` or callback keeps the finding.
 */
function triesOnlyTokenDecode(leaf: ts.Expression, scope: ts.Node): boolean {
  if (!ts.isCatchClause(scope) || (ts.isPropertyAccessExpression(leaf) && leaf.name.text === "stack")) return false;
  let decodes = false;
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other) return;
    if (isFunctionLike(node) || ts.isNewExpression(node) || ts.isThrowStatement(node) || ts.isTaggedTemplateExpression(node)) other = true;
    else if (ts.isCallExpression(node)) {
      if (jwtCall(node)?.member === "decode") decodes = true;
      else other = true;
    }
    if (!other) ts.forEachChild(node, visit);
  };
  visit(scope.parent.tryBlock);
  return decodes && !other;
}

/**
 * `try { const upstream = await fetch(providerUrl, init); res.status(upstream.status).end(await upstream.text()) } catch
 * (e) { res.status(500).json({ message: e.message }) }`: a gateway. Everything the `try` waits on is the upstream
 * request (an outbound call, or a method of a client made for a `baseURL`) or a read of what it returned, and the `try`
 * answers the client with what the upstream returned: the caught text is the upstream's own failure or the transport's
 * about the upstream the handler relays anyway, not this server's queries or paths. Only the message; a `try` that also
 * waits on anything else (a database write) or calls Node's own modules keeps the finding.
 */
function relaysUpstream(leaf: ts.Expression, scope: ts.Node, facts: GuardFacts): boolean {
  if (!isMessageText(leaf) || !ts.isCatchClause(scope)) return false;
  const tryBlock = scope.parent.tryBlock;
  let waits = false;
  let relays = false;
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other || isFunctionLike(node)) return;
    if (ts.isCallExpression(node) && isNodeBuiltinCall(node)) other = true;
    else if (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier)) {
      if (isUpstreamValue(node.expression, tryBlock, facts, 0)) waits = true;
      else other = true;
    } else if (!relays) {
      const sent = responseBodyOf(node)?.body;
      relays = !!sent && valueLeaves(sent).concat(callArgumentsIn(sent)).some((value) => isUpstreamValue(value, tryBlock, facts, 0));
    }
    ts.forEachChild(node, visit);
  };
  visit(tryBlock);
  return waits && relays && !other;
}

/** The arguments of the calls a sent value is made with (`decoder.decode(chunk)`, `JSON.stringify(event)`), one level deep. */
function callArgumentsIn(sent: ts.Expression): ts.Expression[] {
  const values: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node)) return;
    if (ts.isCallExpression(node)) values.push(...node.arguments);
    ts.forEachChild(node, visit);
  };
  visit(sent);
  return values;
}

/**
 * The upstream's answer or the request for it, declared in the `try`: an outbound call, a call through a client made
 * there for a base URL (`new OpenAI({ baseURL })`) or through a `const` holding the global `fetch` (`options.fetch ??
 * fetch`), and what is read from such a value (`upstream.text()`, `upstream.body.getReader()`, a `for await` chunk).
 */
function isUpstreamValue(expression: ts.Expression, tryBlock: ts.Block, facts: GuardFacts, depth: number): boolean {
  const value = unwrapExpression(expression);
  // Each name and each step of a chain is one level: `reader.read()` of `upstream.body.getReader()` of `await fetch()`.
  if (depth > 16) return false;
  if (ts.isAwaitExpression(value)) return isUpstreamValue(value.expression, tryBlock, facts, depth + 1);
  if (ts.isPropertyAccessExpression(value) || ts.isElementAccessExpression(value)) return isUpstreamValue(value.expression, tryBlock, facts, depth + 1);
  if (ts.isCallExpression(value)) {
    if (facts.isOutboundCall(value) || isUpstreamClient(calleeRoot(value), tryBlock)) return true;
    const callee = unwrapExpression(value.expression);
    return !ts.isIdentifier(callee) && isUpstreamValue(callee, tryBlock, facts, depth + 1);
  }
  if (!ts.isIdentifier(value)) return false;
  const initializer = initializerInside(value, tryBlock);
  return !!initializer && isUpstreamValue(initializer, tryBlock, facts, depth + 1);
}

/** What a name declared in the block holds: a variable's initializer (destructured or not), or a `for … of` loop's iterable. */
function initializerInside(identifier: ts.Identifier, block: ts.Block): ts.Expression | undefined {
  let declaration: ts.Node | undefined = findDeclaration(identifier.text, identifier);
  if (!declaration) {
    for (let parent: ts.Node = identifier.parent; parent !== block && !isFunctionLike(parent); parent = parent.parent) {
      if (ts.isForOfStatement(parent) && ts.isVariableDeclarationList(parent.initializer) && parent.initializer.declarations.some((d) => bindingNamed(d.name, identifier.text))) return parent.expression;
    }
    return undefined;
  }
  while (ts.isBindingElement(declaration) || ts.isObjectBindingPattern(declaration) || ts.isArrayBindingPattern(declaration)) declaration = declaration.parent;
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer || declaration.pos < block.pos || declaration.end > block.end) return undefined;
  return declaration.initializer;
}

/** A client the block makes for a base URL (`new OpenAI({ apiKey, baseURL })`), or a `const` of it holding the global `fetch`. */
function isUpstreamClient(root: ts.Expression, tryBlock: ts.Block): boolean {
  if (!ts.isIdentifier(root)) return false;
  const initializer = initializerInside(root, tryBlock);
  if (!initializer) return false;
  const made = unwrapExpression(initializer);
  if (ts.isNewExpression(made)) {
    const options = made.arguments?.[0] && unwrapExpression(made.arguments[0]);
    return !!options && ts.isObjectLiteralExpression(options) && options.properties.some((property) => /^base(URL|Url)$/.test(property.name?.getText() ?? ""));
  }
  return valueAlternatives(made).some((alternative) => ts.isIdentifier(alternative) && alternative.text === "fetch" && !findDeclaration("fetch", alternative));
}

/** The function a call names fails only with the project's own text: one of this file, or one the project model knows. */
function failsWithOwnSentencesCall(callee: ts.Identifier, facts: GuardFacts): boolean {
  const local = functionBoundTo(callee.text, callee);
  return local ? failsWithOwnSentences(local) : facts.failsWithOwnSentences(callee.text);
}

/**
 * `try { const render = handlebars.compile(command.template); html = render(data) } catch (e) { throw new
 * BadRequestException(e.message) }`: the `try` only compiles and renders a template with a template engine (the
 * engine imported, or made by a synchronous function of this file that returns it), so the error is the engine's
 * verdict on the template the caller wrote: a parse error quoting their own text, or a helper's complaint about
 * their data. Only its text (`e.message`, `${e}`), answered as a client error; an `await`, a `new` or any other call
 * keeps the finding.
 */
function isTemplateVerdictOnInput(leaf: ts.Expression, scope: ts.Node, send: ts.Node, body: ts.Expression, facts: GuardFacts): boolean {
  if (!isMessageText(leaf) || !ts.isCatchClause(scope) || !answersWithClientError(send, body, facts)) return false;
  let renders = false;
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other) return;
    if (isFunctionLike(node) || ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isNewExpression(node) || ts.isThrowStatement(node)) other = true;
    else if (ts.isCallExpression(node)) {
      if (isTemplateEngineValue(node, 0) || isTemplateEngineValue(calleeRoot(node), 0)) renders = true;
      else other = true;
    }
    if (!other) ts.forEachChild(node, visit);
  };
  visit(scope.parent.tryBlock);
  return renders && !other;
}

/** The name or `this` a call chain starts from: `engine` in `engine.compile(text)` and in `engine.parse(a).render(b)`. */
function calleeRoot(call: ts.CallExpression): ts.Expression {
  let root: ts.Expression = unwrapExpression(call.expression);
  while (ts.isPropertyAccessExpression(root) || ts.isCallExpression(root)) root = unwrapExpression(root.expression);
  return root;
}

/**
 * A template engine or what it made: its import (`Handlebars`), a `const` holding one (`const render =
 * engine.compile(text)`), a call on one, or a call of a synchronous function of this file that returns one and does
 * no I/O of Node's own (`createEngine(i18n)`, which registers helpers on `Handlebars.create()`).
 */
function isTemplateEngineValue(expression: ts.Expression, depth: number): boolean {
  const value = unwrapExpression(expression);
  if (depth > 8) return false;
  if (ts.isIdentifier(value)) {
    if (isTemplateEngineModule(importedModuleOf(value.text, value) ?? "")) return true;
    const initializer = constInitializerOf(value);
    return !!initializer && isTemplateEngineValue(initializer, depth + 1);
  }
  if (ts.isPropertyAccessExpression(value)) return isTemplateEngineValue(value.expression, depth + 1);
  if (!ts.isCallExpression(value)) return false;
  const callee = unwrapExpression(value.expression);
  const fn = ts.isIdentifier(callee) ? functionBoundTo(callee.text, callee) : undefined;
  if (!fn) return isTemplateEngineValue(calleeRoot(value), depth + 1);
  if (!fn.body || hasModifier(fn, SyntaxKind.AsyncKeyword) || fn.asteriskToken) return false;
  // Helpers it registers run while the template renders: none may wait on anything or touch Node's own I/O either.
  if (someDescendant(fn.body, (node) => ts.isAwaitExpression(node) || (ts.isCallExpression(node) && isNodeBuiltinCall(node)))) return false;
  const returned = returnedExpressions(fn);
  return !!returned && returned.length > 0 && returned.every((expression) => isTemplateEngineValue(expression, depth + 1));
}

/**
 * `err.message`, or a `const` holding only the error's text (`const text = err instanceof Error ? err.message :
 * String(err)`): `String(err)` and `${err}` show the name and message, never the stack or a driver's other fields.
 */
function isMessageText(leaf: ts.Expression): boolean {
  if (isErrorText(leaf)) return true;
  const initializer = ts.isIdentifier(leaf) ? constInitializerOf(leaf) : undefined;
  return !!initializer && valueLeaves(initializer).every((inner) => (ts.isPropertyAccessExpression(inner) && !leakyProperties.has(inner.name.text)) || isErrorText(inner));
}

/** `err.message`, `String(err)`, `${err}`: the error's text, never its stack or a driver's other fields. */
function isErrorText(leaf: ts.Expression): boolean {
  if (ts.isPropertyAccessExpression(leaf)) return leaf.name.text === "message";
  const parent = outermostValue(leaf).parent;
  return (ts.isCallExpression(parent) && calleeText(parent) === "String") || ts.isTemplateSpan(parent);
}

function isInNestedFunction(node: ts.Node, block: ts.Block): boolean {
  for (let parent = node.parent; parent && parent !== block; parent = parent.parent) if (isFunctionLike(parent)) return true;
  return false;
}

/**
 * `try { JSON.parse(raw).includes(kind) } catch (e) { res.status(500).send(e) }`: the `try` runs nothing but `JSON.parse`,
 * `JSON.stringify` and methods of values `JSON.parse` made there, so the error is a built-in `SyntaxError` or
 * `TypeError`, whose message and stack are not enumerable own properties: the whole error serialised as JSON is `{}`.
 * Only the whole error, reaching JSON through object and array literals: `String(e)` or a template would show its text.
 */
function isBuiltinErrorSentAsJson(leaf: ts.Expression, binding: ErrorBinding, send: ts.Node, body: ts.Expression): boolean {
  if (!ts.isCatchClause(binding.scope) || !ts.isIdentifier(leaf) || leaf.text !== binding.name) return false;
  let viaStringify = false;
  for (let node: ts.Node = leaf; node !== body; node = node.parent) {
    const parent = node.parent;
    if (ts.isCallExpression(parent) && calleeText(parent) === "JSON.stringify" && parent.arguments[0] === node) viaStringify = true;
    else if (!(ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent) || ts.isObjectLiteralExpression(parent) || ts.isArrayLiteralExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent))) return false;
  }
  return (viaStringify || sendsAsJson(send)) && runsOnlyJsonBuiltins(binding.scope.parent.tryBlock);
}

/** `res.json(value)` in any framework, or Express's `res.send(value)`, which answers an object with `res.json`. */
function sendsAsJson(send: ts.Node): boolean {
  if (!ts.isCallExpression(send) || !ts.isPropertyAccessExpression(send.expression)) return false;
  const method = send.expression.name.text;
  if (method === "json") return true;
  if (method !== "send") return false;
  let receiver: ts.Expression = send.expression.expression;
  while (ts.isCallExpression(receiver) || ts.isPropertyAccessExpression(receiver)) receiver = receiver.expression;
  const declaration = ts.isIdentifier(receiver) ? findDeclaration(receiver.text, receiver) : undefined;
  const type = declaration && ts.isParameter(declaration) ? declaration.type : undefined;
  return !!type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && importedModuleOf(type.typeName.text, type) === "express";
}

/** Every call is `JSON.parse`, `JSON.stringify` or a method of a local made by `JSON.parse` in the block; no `await`, `new`, `throw` or callback. */
function runsOnlyJsonBuiltins(block: ts.Block): boolean {
  let only = true;
  const visit = (node: ts.Node): void => {
    if (!only) return;
    if (isFunctionLike(node) || ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isThrowStatement(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) only = false;
    else if (ts.isCallExpression(node)) only = /^JSON\.(parse|stringify)$/.test(calleeText(node) ?? "") || isMethodOfParsedLocal(node, block);
    if (only) ts.forEachChild(node, visit);
  };
  visit(block);
  return only;
}

function isMethodOfParsedLocal(call: ts.CallExpression, block: ts.Block): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return false;
  const initializer = constInitializerOf(callee.expression);
  return !!initializer && initializer.pos >= block.pos && initializer.end <= block.end && ts.isCallExpression(initializer) && calleeText(initializer) === "JSON.parse";
}

/**
 * The send answers with a 4xx status: a literal status, or a thrown client-error exception (`BadRequestException`, or
 * with `facts` a project class built on one, as `class ApiException extends BadRequestException`).
 */
function answersWithClientError(send: ts.Node, body: ts.Expression, facts?: GuardFacts): boolean {
  if (answersOnlyWith(send, body, isClientErrorCode)) return true;
  if (!ts.isThrowStatement(send)) return false;
  const thrown = unwrapExpression(send.expression);
  const callee = ts.isNewExpression(thrown) || ts.isCallExpression(thrown) ? calleeText(thrown) : undefined;
  return !!callee && (isClientErrorException(callee) || isClientErrorException(facts?.rootClassOf(callee) ?? ""));
}

const clientErrorReason = "the answer is or may be a 4xx, whose message the app's own client may show";

/** `schema.parse(x)`, `Schema.safeParse(x)`: a schema's verdict on its argument (never `JSON`, `qs` or `Date`). */
function isSchemaParse(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  return ts.isPropertyAccessExpression(callee) && /^(parse|safeParse)$/.test(callee.name.text) && !/^(JSON|qs|querystring|url|URL|path|Date|cookie|yaml|YAML|Number)$/.test(calleeText(call)?.split(".")[0] ?? "");
}

/** `parseFilter(text)` or `Formula.valueType(expression)` where the function or class is imported (not a local instance). */
function isImportedPureCall(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  const root = ts.isIdentifier(callee) ? callee : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? callee.expression : undefined;
  if (!root || (root !== callee && !/^[A-Z]/.test(root.text))) return false;
  const module = importedModuleOf(root.text, root);
  // Node's own modules do I/O synchronously (`readFileSync`, `execSync`): their errors name paths and commands.
  return module !== undefined && !isBuiltin(module);
}

/**
 * `validateUrl(url)`, or an imported `assertRoleAllowed(org, role)` when `facts` are given: a synchronous function, of
 * this file or another, whose every `throw` states its own refusal and that calls none of Node's own modules
 * (error-kinds.ts), so what it raises is its verdict on the arguments.
 */
function isRefusingCheckCall(call: ts.CallExpression, facts: GuardFacts | undefined): boolean {
  const callee = unwrapExpression(call.expression);
  if (!ts.isIdentifier(callee)) return false;
  const local = functionBoundTo(callee.text, callee);
  // Without facts (a `try` that awaits), only a check that throws its sentences itself counts.
  return local ? refusesWithOwnSentences(local, facts !== undefined) : !!facts?.isRefusingCheck(callee.text);
}

/**
 * Replaces each leaking value with a generic message that carries a correlation id, and logs the error with that id
 * once, at the top of the catch block or error handler: the rest of the response (a JSON-RPC envelope, a status, other
 * fields) stays as the client expects it, and several sends in one block share one `errorId`.
 */
function sendGenericMessage(edit: FixBuilder, send: ts.Node, body: ts.Expression, format: "json" | "text", binding: ErrorBinding, ctx: Context, facts: GuardFacts, uuidSource: RandomUuidSource): void {
  // `JSON.stringify({ error: err.message })` keeps its JSON: the object inside is what gets replaced.
  const unwrapped = unwrapExpression(body);
  const stringified = ts.isCallExpression(unwrapped) && calleeText(unwrapped) === "JSON.stringify" ? unwrapped.arguments[0] : undefined;
  const replaced = stringified ?? body;
  const scopeBody = errorIdScopeOf(send, binding);
  const sentObject = builtObjectOf(unwrapped, scopeBody);
  // `const data = { path, error: err.message }; res.json(data)`: the leaking fields of `data` are replaced where it is
  // built, so its other fields stay and every other use of it (`res.render("500", data)`) is mended too.
  const carriers = withBranchesMerged(unguardedLeaks(sentObject ?? body, send, facts).map((leak) => carrierOf(leak.leaf)));
  const message = "Internal server error (reference ${errorId})";
  // The body is the error or its detail itself (`res.json(err)`, `res.send(String(err))`, `JSON.stringify(err)`): it
  // is what gets replaced.
  const wholeCarrier = carriers.find((carrier) => carrier === replaced || carrier === unwrapExpression(replaced) || carrier === unwrapped);
  // `res.send(err)` answers the error object as JSON (Express and Koa serialise objects), so its replacement stays JSON;
  // a thrown `new ConflictException(err)` keeps the framework's own envelope around a message.
  const sendsErrorObject = !ts.isThrowStatement(send) && wholeCarrier !== undefined && ts.isIdentifier(wholeCarrier) && wholeCarrier.text === binding.name;
  const isJson = format === "json" || stringified !== undefined || ts.isObjectLiteralExpression(unwrapped) || sendsErrorObject;
  const replacements: Array<{ span: Span; text: string }> = wholeCarrier
    ? [{ span: spanOf(replaced), text: isJson ? (errorEnvelopeOf(ctx.sourceFile, message) ?? `{ error: "Internal server error", errorId }`) : `\`${message}\`` }]
    : carriers.map((carrier) => replacementOf(carrier, message, ctx.text));
  const uuid = randomUuidCallFor(ctx.file.imports, uuidSource);
  if (scopeBody && ts.isBlock(scopeBody)) {
    const unused = unusedAfterFix(carriers, scopeBody);
    const first = scopeBody.statements[0];
    if (!declaresErrorId(scopeBody)) {
      const indent = first ? lineIndentation(ctx.text, first.getStart()) : lineIndentation(ctx.text, scopeBody.getStart()) + "  ";
      // The try's own refusals (`throw new RpcException("Tenant required")`) were meant for the caller: they pass on as
      // they are, and only what the try did not write itself is masked.
      const refusals = ts.isThrowStatement(send) ? ownRefusalClassesOf(binding) : [];
      const passOn = refusals.map((name) => `if (${binding.name} instanceof ${name}) throw ${binding.name};\n${indent}`).join("");
      const declaration = `${passOn}const errorId = ${uuid.text};\n${indent}console.error(errorId, ${binding.name});`;
      // A dead first statement makes room for the declaration; edits never overlap.
      if (first && unused.includes(first as ts.VariableStatement)) edit.replace(first, declaration);
      else if (first) edit.insertBefore(first, `${declaration}\n${indent}`);
      else edit.insertAfter(scopeBody.getStart() + 1, `\n${indent}${declaration}`);
      if (uuid.importFrom) edit.addNamedImport(uuid.importFrom, uuid.imported);
    }
    for (const { span, text } of replacements) edit.replace(span, text);
    for (const local of unused) if (local !== first || declaresErrorId(scopeBody)) edit.remove(lineSpanOf(local, ctx.text));
    return;
  }
  // An expression-bodied arrow (`(err, c) => c.json({ error: err.message }, 500)`) gets a block.
  const arrow = enclosingArrow(send);
  if (!arrow) return;
  if (uuid.importFrom) edit.addNamedImport(uuid.importFrom, uuid.imported);
  const indent = lineIndentation(ctx.text, arrow.getStart());
  const arrowBody = arrow.body;
  let bodyText = "";
  let position = arrowBody.getStart();
  for (const { span, text } of [...replacements].sort((a, b) => a.span.start - b.span.start)) {
    bodyText += ctx.text.slice(position, span.start) + text;
    position = span.end;
  }
  bodyText += ctx.text.slice(position, arrowBody.getEnd());
  edit.replace(arrowBody, `{\n${indent}  const errorId = ${uuid.text};\n${indent}  console.error(errorId, ${binding.name});\n${indent}  return ${bodyText};\n${indent}}`);
}

/**
 * The classes the catch's own try block throws with a sentence it wrote (`throw new RpcException("Missing tenant ID")`),
 * outside nested functions, other than the statusless built-ins an `instanceof` could not tell from a foreign error.
 */
function ownRefusalClassesOf(binding: ErrorBinding): string[] {
  const tryStatement = binding.scope.parent;
  if (!ts.isCatchClause(binding.scope) || !ts.isTryStatement(tryStatement)) return [];
  const classes = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node)) return;
    if (ts.isThrowStatement(node)) {
      const thrown = unwrapExpression(node.expression);
      if (ts.isNewExpression(thrown) && ts.isIdentifier(thrown.expression) && isSpecificClassName(thrown.expression.text) && !isStatuslessErrorBase(thrown.expression.text) && hasWrittenMessage(thrown)) classes.add(thrown.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tryStatement.tryBlock);
  return [...classes];
}

/**
 * The error answer this file already sends elsewhere (`{ status: "Fail", message: error.message, data: null }` in a
 * catch block), with its message made generic: a whole error object replaced by it keeps the fields the app's own
 * client reads. Only an envelope whose other fields are literals qualifies, so the copy reads nothing out of scope.
 */
function errorEnvelopeOf(sourceFile: ts.SourceFile, message: string): string | undefined {
  let envelope: string | undefined;
  const inCatch = (block: ts.Node, caught: string): void => {
    if (envelope) return;
    if (ts.isObjectLiteralExpression(block) && ts.isCallExpression(block.parent)) {
      const isMessage = (value: ts.Expression): boolean => {
        const read = unwrapExpression(value);
        return ts.isPropertyAccessExpression(read) && read.name.text === "message" && ts.isIdentifier(read.expression) && read.expression.text === caught;
      };
      const isLiteral = (value: ts.Expression): boolean => ts.isStringLiteralLike(value) || ts.isNumericLiteral(value) || [ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(value.kind);
      const properties = block.properties.filter(ts.isPropertyAssignment);
      const detail = properties.filter((property) => isMessage(property.initializer));
      if (properties.length === block.properties.length && detail.length === 1 && properties.every((property) => isMessage(property.initializer) || isLiteral(property.initializer))) {
        const text = sourceFile.text;
        const carrier = detail[0]!.initializer;
        envelope = text.slice(block.getStart(), carrier.getStart()) + `\`${message}\`` + text.slice(carrier.getEnd(), block.getEnd());
        return;
      }
    }
    ts.forEachChild(block, (child) => inCatch(child, caught));
  };
  const visit = (node: ts.Node): void => {
    if (envelope) return;
    if (ts.isCatchClause(node) && node.variableDeclaration && ts.isIdentifier(node.variableDeclaration.name)) inCatch(node.block, node.variableDeclaration.name.text);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return envelope;
}

/**
 * Where the fix declares `errorId`: the body of a function inside the error's scope that holds the send (an error
 * handler's inner `defaultHandler`), so the id is made and the error logged only on the path that sends it, not for
 * every case the handler answers otherwise (a 404, a CSRF refusal); else the catch block or the handler's body.
 */
function errorIdScopeOf(send: ts.Node, binding: ErrorBinding): ts.Node | undefined {
  const inner = enclosingFunction(send);
  const isInside = inner !== undefined && inner !== binding.scope && inner.getStart() >= binding.scope.getStart() && inner.getEnd() <= binding.scope.getEnd();
  if (isInside && inner.body && ts.isBlock(inner.body)) return inner.body;
  return ts.isCatchClause(binding.scope) ? binding.scope.block : isFunctionLike(binding.scope) ? binding.scope.body : undefined;
}

/**
 * The object literal a const of the catch or handler body holds, when `sent` names it (`const data = { … }`, declared
 * in the body, where the `errorId` the fix declares at the body's top is in scope).
 */
function builtObjectOf(sent: ts.Expression, scopeBody: ts.Node | undefined): ts.ObjectLiteralExpression | undefined {
  if (!ts.isIdentifier(sent) || !scopeBody || !ts.isBlock(scopeBody)) return undefined;
  const declaration = findDeclaration(sent.text, sent);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !(declaration.parent.flags & ts.NodeFlags.Const)) return undefined;
  const initializer = unwrapExpression(declaration.initializer);
  const first = scopeBody.statements[0];
  const inside = first !== undefined && declaration.getStart() >= first.getStart() && declaration.getEnd() <= scopeBody.getEnd();
  return inside && ts.isObjectLiteralExpression(initializer) ? initializer : undefined;
}

/** The expression that is only the leaked value made text: `String(err)`, `err.toString()`, `(err as Error).message`. */
function carrierOf(leaf: ts.Expression): ts.Expression {
  let carrier: ts.Expression = leaf;
  for (let parent = carrier.parent; ; parent = carrier.parent) {
    if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isNonNullExpression(parent)) carrier = parent;
    else if (ts.isCallExpression(parent) && parent.arguments.length === 1 && parent.arguments[0] === carrier && stringifiers.has(calleeText(parent) ?? "")) carrier = parent;
    else if (ts.isPropertyAccessExpression(parent) && parent.name.text === "toString" && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) carrier = parent.parent;
    else return carrier;
  }
}

/** `err instanceof Error ? err.message : String(err)`: when both branches carry the error, the whole test does. */
function withBranchesMerged(carriers: ts.Expression[]): ts.Expression[] {
  const merged = carriers.map((carrier) => {
    const test = carrier.parent;
    if (!ts.isConditionalExpression(test) || test.condition === carrier) return carrier;
    return carriers.includes(test.whenTrue === carrier ? test.whenFalse : test.whenTrue) ? carrierOf(test) : carrier;
  });
  return [...new Set(merged)];
}

/**
 * The generic message in place of one leaked value, written for where it sits: inside a template its `${…}` becomes
 * the text itself; a shorthand property (`{ message }`) keeps its name.
 */
function replacementOf(carrier: ts.Expression, message: string, text: string): { span: Span; text: string } {
  const parent = carrier.parent;
  // `err.message || "Failed to load the file."`: the project's own text for the failure becomes the generic message,
  // rather than staying behind it as a fallback that can never be reached.
  const fallsBack = ts.isBinaryExpression(parent) && parent.left === carrier && isFallbackOperator(parent.operatorToken.kind);
  const fallback = fallsBack ? stringValue(unwrapExpression(parent.right)) : undefined;
  if (fallback) return { span: spanOf(parent), text: `\`${escapeTemplateText(fallback)} (reference \${errorId})\`` };
  // `err.message || statusText[err.status]`: behind the generic message the fallback could never be reached.
  if (fallsBack) return { span: spanOf(parent), text: `\`${message}\`` };
  if (ts.isTemplateSpan(parent) && parent.expression === carrier) {
    const start = text.lastIndexOf("${", carrier.getStart());
    const end = text.indexOf("}", carrier.getEnd()) + 1;
    return { span: { start, end }, text: message };
  }
  if (ts.isShorthandPropertyAssignment(parent)) return { span: spanOf(parent), text: `${parent.name.text}: \`${message}\`` };
  return { span: spanOf(carrier), text: `\`${message}\`` };
}

/**
 * The statements declaring a local that only held the detail (`const message = err instanceof Error ? err.message : …`)
 * and that nothing but the replaced send reads: left behind, they would be dead code (and an error under noUnusedLocals).
 */
function unusedAfterFix(carriers: ts.Expression[], scope: ts.Block): ts.VariableStatement[] {
  return carriers.flatMap((carrier) => {
    if (!ts.isIdentifier(carrier)) return [];
    const declaration = bindingOf(carrier);
    if (!declaration || !ts.isVariableDeclaration(declaration)) return [];
    const statement = declaration.parent.parent;
    if (!ts.isVariableStatement(statement) || statement.declarationList.declarations.length !== 1 || statement.parent !== scope) return [];
    let references = 0;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === carrier.text && node !== declaration.name && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) references++;
      ts.forEachChild(node, visit);
    };
    visit(scope);
    return references === 1 ? [statement] : [];
  });
}

/** The whole lines `node` spans, its line break included. */
function lineSpanOf(node: ts.Node, text: string): Span {
  const start = text.lastIndexOf("\n", node.getStart()) + 1;
  const lineEnd = text.indexOf("\n", node.getEnd());
  return { start, end: lineEnd === -1 ? text.length : lineEnd + 1 };
}

/** The block already opens with the correlation id another fix of this rule declared. */
function declaresErrorId(block: ts.Block): boolean {
  return block.statements.some(
    (statement) => ts.isVariableStatement(statement) && statement.declarationList.declarations.some((declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === "errorId"),
  );
}

function enclosingArrow(node: ts.Node): ts.ArrowFunction | undefined {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (ts.isArrowFunction(current)) return ts.isBlock(current.body) ? undefined : current;
  }
  return undefined;
}

/** The indentation of the line `node` starts on. */
