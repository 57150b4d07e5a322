// error-detail-leak: error handlers and catch blocks that send an error's message, stack, the whole error or its
// internals (SQL, file paths) to the client with no environment guard. Response sends and error handlers come from
// the responses model; this rule follows the error from its binding to the body.
import { ts } from "ts-morph";
import { defineRule } from "./engine/types.js";
import { randomUuidSourceOf } from "./model/runtimes.js";
import { routeHandlersIn } from "./model/route-handlers.js";
import { exceptionMessageOf, responseBodyOf } from "./model/responses.js";
import { isNestLifecycleHook } from "./model/frameworks/nest.js";
import { isStatuslessErrorBase } from "./model/error-kinds.js";
import { enclosingClass, enclosingFunction, isFunctionLike, outermostValue, unwrapExpression } from "./model/syntax.js";
import type { Context, ErrorBinding, GuardFacts } from "./error-detail-leak/types.js";
import { findLeak, structuredDetailIn } from "./error-detail-leak/leaks.js";
import { answersWithClientError, clientErrorReason, mayAnswerBelowServerError } from "./error-detail-leak/statuses.js";
import { sendGenericMessage } from "./error-detail-leak/fix.js";
import { bindingOf } from "./error-detail-leak/values.js";
import { answersSentErrorsWithTheirStatus } from "./model/frameworks/fastify.js";

const { SyntaxKind } = ts;

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
          // `reply.send(err)` in Fastify answers the error's own status: a plain object in its place would answer 200.
          const sendsErrorWithItsStatus = isTheError(body, leak.binding) && answersSentErrorsWithTheirStatus(ctx.project, ctx.filePath);
          const reason = answersWithClientError(node, body, facts) || mayAnswerBelowServerError(node, body, leak.binding) || sendsErrorWithItsStatus
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

/** The body is the caught error itself (`reply.send(err)`), not a field of it. */
function isTheError(body: ts.Expression, binding: ErrorBinding): boolean {
  const sent = unwrapExpression(body);
  return ts.isIdentifier(sent) && sent.text === binding.name;
}
