// missing-rate-limit: authentication endpoints and expensive public endpoints with no rate limiter in their chain or
// handler. Routes, chains and limiters come from the model (rate-limiters.ts); this rule decides which routes need one.
import { ts } from "ts-morph";
import { defineRule, type RuleContext } from "./engine/types.js";
import type { LinkedRoute } from "./model/project-model.js";
import { isPasswordHashing, someDescendant } from "./model/auth-checks.js";
import { answersTooManyRequests, closesOnceSetUp } from "./model/rate-limiters.js";
import { frameworkOfModule } from "./model/frameworks/server-apps.js";
import { handlerFunctionOf } from "./model/route-handlers.js";
import { isNestRequestParameter, isReference, takesNoRequestInput } from "./model/request-inputs.js";
import { routeReportSpan } from "./model/route-report-span.js";
import { storageWritesAt } from "./model/storage-writes.js";
import { calleeText, enclosingFunction, importedModuleOfRoot, isInCondition, outermostValue, referencesOf, unwrapExpression, type FunctionLike } from "./model/syntax.js";
import { methodChecks } from "./model/frameworks/next.js";
import { requestTaintOf } from "./model/request-taint.js";

type Context = RuleContext<Record<string, never>>;

const readMethods = new Set(["GET", "HEAD", "OPTIONS"]);
/** Path segments (and handler names, in kebab case) of credential endpoints: each request is a guess an attacker gets for free. */
const authEndpoint =
  /^(login|log-in|signin|sign-in|signup|sign-up|register|forgot-password|reset-password|password-reset|otp|verify-otp|send-otp|resend-otp|2fa|mfa|totp|two-factor|verify-code|send-code|magic-link|passwordless)$/;
/** `/password/reset`, `/password/forgot`: two segments that together name a reset endpoint. */
const passwordSegment = /^passwords?$/;
/** Calls that cost money or a third party's quota on every request: LLM completions, embeddings, image generation, email and SMS. */
const expensiveCall =
  /(^|\.)(chat\.completions\.create|completions\.create|responses\.create|messages\.create|embeddings\.create|images\.generate|generateText|streamText|generateObject|streamObject|generateContent|sendMail|emails\.send|sendEmail|sendSms|verifications\.create)$/;

export default defineRule({
  id: "missing-rate-limit",
  meta: {
    category: "security",
    severity: "warn",
    needsTypes: false,
    fix: "none",
    summary: "Authentication endpoints and expensive public endpoints need a rate limiter in their chain.",
    messages: {
      authRoute: "{{method}} {{path}} is an authentication endpoint with no rate limiter: credentials and codes can be guessed at full speed.",
      expensiveRoute: "{{method}} {{path}} is public and calls `{{call}}` on every request with no rate limiter: anyone can run up the bill.",
    },
  },
  check: (ctx) => ({
    onEnd() {
      for (const linked of ctx.project.routesIn(ctx.filePath)) checkRoute(ctx, linked);
    },
  }),
});

function checkRoute(ctx: Context, linked: LinkedRoute): void {
  const { route } = linked;
  const handler = handlerFunctionOf(linked.route, ctx.sourceFile);
  const data = { method: route.method === "ALL" ? "ANY" : route.method, path: linked.fullPath || route.path || "(dynamic path)" };
  const isAuthEndpoint = !readMethods.has(route.method) && namesAuthEndpoint(ctx, linked, handler);
  const call = isAuthEndpoint ? undefined : publicExpensiveCall(ctx, linked, handler);
  if (!isAuthEndpoint && !call) return;
  if (isAuthEndpoint && handler && (closesOnceSetUp(handler) || submitsNothing(ctx, linked, handler) || setsPasswordCheckingNothing(ctx, linked, handler))) return;
  if (isRateLimited(ctx, linked, handler)) return;
  const span = routeReportSpan(route, ctx.sourceFile);
  if (isAuthEndpoint) ctx.report({ span, messageId: "authRoute", data });
  else ctx.report({ span, messageId: "expensiveRoute", data: { ...data, call: call! } });
}

/** The path's segments, or the handler's name (`resetPassword` → `reset-password`), name a credential endpoint. */
function namesAuthEndpoint(ctx: Context, linked: LinkedRoute, handler: FunctionLike | undefined): boolean {
  const segments = (linked.fullPath || linked.route.path).toLowerCase().split("/").filter(Boolean);
  // The return leg of an OAuth or SAML sign-in: the identity provider issued and checks the code, nothing is guessed here.
  if (segments.at(-1) === "callback") return false;
  // Enrolling a second factor behind a session: the code it confirms comes from the secret that same session is
  // handed at setup, so whoever could guess the code can read the secret instead.
  const isSecondFactor = segments.some((segment) => secondFactor.test(segment));
  if (isSecondFactor && enrolStep.test(segments.at(-1) ?? "") && isSignedInBeforeHandler(ctx, linked, false)) return false;
  if (isSecondFactor && handler && isSignedInBeforeHandler(ctx, linked, false) && comparesOnlySubmittedValues(ctx, linked, handler)) return false;
  // Behind its own guard, registering (a passkey, a listener) is a step of someone already signed in. Not so a sign-in
  // path: its guard may be the strategy that checks the submitted password.
  const guessable = segments.filter((segment) => authEndpoint.test(segment));
  // So is setting a password behind a guard of the route's own (the caller's own password, or another's by an admin):
  // no emailed code is checked.
  if (guessable.length > 0) {
    return !guessable.every((segment) => signUpName.test(segment) || (passwordResetName.test(segment) && isSignedInBeforeHandler(ctx, linked, true))) || !isGuardedAtRoute(ctx, linked);
  }
  if (segments.some((segment, index) => passwordSegment.test(segment) && /^(reset|forgot)$/.test(segments[index + 1] ?? ""))) return true;
  const name = linked.route.handlerName ?? (linked.route.framework === "nest" ? ctx.text.slice(linked.route.span.start, linked.route.span.end) : "");
  const named = kebabCase(name.slice(name.lastIndexOf(".") + 1));
  // Behind a session guard a handler named for signing in or up is an account step of someone already signed in
  // (`signup` creating their organisation); a second factor checked there still needs a limit.
  if (signInName.test(named) && isAuthenticated(ctx, linked)) return false;
  return authEndpoint.test(named);
}

/**
 * The checks this method's statements decide on compare only values of the same request: a check (a call whose answer
 * decides a branch, in place or through a const) handed two or more request values and nothing else (`verifyTotp(secret,
 * code)` with both from the body: enrolling a secret the caller chose), and no check that hands a request value
 * together with a value the server holds (`user.totpSecret`). The caller writes both sides of the comparison, so there
 * is nothing of the server's to guess.
 */
function comparesOnlySubmittedValues(ctx: Context, linked: LinkedRoute, handler: FunctionLike): boolean {
  const branch = methodChecks(handler).find((check) => check.span.start === linked.route.span.start)?.branch;
  const scope = branch ?? (handler.body && ts.isBlock(handler.body) ? handler.body.statements : undefined);
  if (!scope) return false;
  const taint = requestTaintOf(handler, ctx.sourceFile, linked.route.framework);
  const fromRequest = (argument: ts.Expression): boolean => taint.valueOf(argument) !== undefined;
  let pairs = 0;
  let mixed = false;
  for (const statement of scope) {
    someDescendant(statement, (node) => {
      if (!ts.isCallExpression(node) || node.arguments.length === 0 || !decidesBranch(node)) return false;
      const submitted = node.arguments.filter(fromRequest).length;
      if (submitted >= 2 && submitted === node.arguments.length) pairs++;
      else if (submitted > 0 && node.arguments.some((argument) => !fromRequest(argument) && isHeldValue(argument))) mixed = true;
      return mixed;
    });
  }
  return pairs > 0 && !mixed;
}

/** `if (!check(…))`, or `const ok = check(…)` (awaited or not) with `ok` tested by a later condition. */
function decidesBranch(call: ts.CallExpression): boolean {
  const outer = ts.isAwaitExpression(call.parent) ? call.parent : call;
  if (isInCondition(outer)) return true;
  const holder = outer.parent;
  if (!ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name)) return false;
  const scope = enclosingFunction(holder);
  return !!scope && referencesOf(holder, scope).some((reference) => isInCondition(reference));
}

/** A value read from something the server holds (`user.totpSecret`, `account.secret`), not a literal, callback, options object or template. */
function isHeldValue(argument: ts.Expression): boolean {
  const value = unwrapExpression(argument);
  return ts.isIdentifier(value) || ts.isPropertyAccessExpression(value) || ts.isElementAccessExpression(value);
}

const signInName = /^(login|log-in|signin|sign-in|signup|sign-up|register)$/;
const signUpName = /^(signup|sign-up|register)$/;
const passwordResetName = /^(reset-password|password-reset)$/;
const secondFactor = /^(2fa|mfa|totp|two-factor)$/;
const enrolStep = /^(setup|enable|activate|active|confirm)$/;

/**
 * The request carries nothing to guess: the handler takes no body, query, path parameter or header, and no guard
 * could have read a credential for it either (no guard at all, or session guards on a step past signing in).
 * A sign-in path keeps its finding: its strategy guard (`AuthGuard("local")`) reads the submitted password.
 */
function submitsNothing(ctx: Context, linked: LinkedRoute, handler: FunctionLike): boolean {
  if (!takesNoRequestInput(handler, linked.route.framework)) return false;
  if (linked.guards.length === 0) return true;
  const segments = (linked.fullPath || linked.route.path).toLowerCase().split("/").filter(Boolean);
  return !segments.some((segment) => signInName.test(segment)) && isAuthenticated(ctx, linked);
}

/**
 * A password set whose handler checks nothing the request submits: every request value is only bound to a name, hashed
 * as the new password, or written into a stored record (`update({ where: { id }, data: { password: hash } })`). No code
 * or token is compared, so there is nothing to guess; who may set it is the guard's question, not a limiter's. A guard
 * of the route's own (middleware, hook, decorator) may be what checks the emailed code, so it keeps the finding.
 */
function setsPasswordCheckingNothing(ctx: Context, linked: LinkedRoute, handler: FunctionLike): boolean {
  const segments = (linked.fullPath || linked.route.path).toLowerCase().split("/").filter(Boolean);
  if (!segments.some((segment) => passwordResetName.test(segment))) return false;
  if (linked.route.guards.some((guard) => !inHandlerGuardKinds.has(guard.kind))) return false;
  const branch = methodChecks(handler).find((check) => check.span.start === linked.route.span.start)?.branch;
  const scope: readonly ts.Node[] = branch ?? (handler.body ? [handler.body] : []);
  if (scope.length === 0) return false;
  // The taint follows a Nest input bound to one name; a destructured one (`@Body() { token, password }`) it does not see.
  if (handler.parameters.some((parameter) => !ts.isIdentifier(parameter.name) && isNestRequestParameter(parameter))) return false;
  const taint = requestTaintOf(handler, ctx.sourceFile, linked.route.framework);
  const isSubmitted = (node: ts.Node): boolean => ts.isExpression(node) && !(ts.isIdentifier(node) && !isReference(node)) && taint.valueOf(node) !== undefined;
  return !scope.some((statement) =>
    someDescendant(statement, (node) => isSubmitted(node) && !(ts.isExpression(node.parent) && isSubmitted(node.parent)) && !endsInWriteOrHash(node)),
  );
}

const inHandlerGuardKinds = new Set(["inline", "call", "verifier"]);

/** The submitted value is bound to a name, handed to a password hash, or held (inside object literals) by an argument of a storage write. */
function endsInWriteOrHash(node: ts.Node): boolean {
  const value = outermostValue(node);
  const parent = value.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === value) return true;
  if (ts.isCallExpression(parent) && isPasswordHashing(parent) && parent.arguments[0] === value) return true;
  let holder: ts.Node = value;
  while (ts.isPropertyAssignment(holder.parent) || ts.isShorthandPropertyAssignment(holder.parent) || ts.isObjectLiteralExpression(holder.parent)) holder = holder.parent;
  const call = holder.parent;
  return ts.isCallExpression(call) && storageWritesAt(call, call.arguments.indexOf(holder as ts.Expression)).length > 0;
}

/** An auth guard on the route itself (its decorators, its own middleware, a check in its handler), not only at a mount. */
function isGuardedAtRoute(ctx: Context, linked: LinkedRoute): boolean {
  return linked.route.guards.some((guard) => ctx.project.isAuthGuard(guard, linked.filePath));
}

/**
 * An auth guard signs the caller in before the handler runs: on the route itself when `atRoute`, else anywhere in its
 * chain (an app-wide session check counts). The route's own inline refusal does not: a handler's 401 may be its check
 * of the very code the request submits.
 */
function isSignedInBeforeHandler(ctx: Context, linked: LinkedRoute, atRoute: boolean): boolean {
  const own = new Set(linked.route.guards.map((guard) => guard.span.start));
  return linked.guards.some((guard) => {
    const isOwn = guard.filePath === linked.filePath && own.has(guard.span.start);
    return (isOwn ? guard.kind !== "inline" : !atRoute) && ctx.project.isAuthGuard(guard, guard.filePath);
  });
}

function isAuthenticated(ctx: Context, linked: LinkedRoute): boolean {
  return linked.guards.some((guard) => ctx.project.isAuthGuard(guard, guard.filePath));
}

/** The expensive call of a handler whose chain has no auth guard. */
function publicExpensiveCall(ctx: Context, linked: LinkedRoute, handler: FunctionLike | undefined): string | undefined {
  if (!handler || isAuthenticated(ctx, linked)) return undefined;
  if (linked.route.framework === "nest" && ctx.project.globalGuardsOf(linked.filePath).some((guard) => ctx.project.isAuthGuard(guard, guard.filePath))) return undefined;
  let found: string | undefined;
  someDescendant(handler, (node) => {
    const name = ts.isCallExpression(node) ? calleeText(node) : undefined;
    if (name && expensiveCall.test(name) && !isFrameworkHelper(name, node)) found = name;
    return found !== undefined;
  });
  return found;
}

/** `streamText` from `hono/streaming` writes a response; only the AI SDK's costs a model call. */
function isFrameworkHelper(name: string, at: ts.Node): boolean {
  return frameworkOfModule(importedModuleOfRoot(name, at)) !== undefined;
}

/**
 * A limiter in the chain (middleware, hook, Nest guard, global guard), one an app builder of the package installs on
 * every Koa request, one the package's only app runs first for a router it mounts where Harden cannot see, a limiter
 * called in the handler, or a 429 the handler answers itself.
 */
function isRateLimited(ctx: Context, linked: LinkedRoute, handler: FunctionLike | undefined): boolean {
  if (linked.route.framework === "koa" && ctx.project.isLimitedByAppBuilder(linked.filePath)) return true;
  if (linked.guards.some((guard) => ctx.project.isRateLimiter(guard.name, guard.filePath))) return true;
  if (linked.route.framework === "nest" && ctx.project.globalGuardsOf(linked.filePath).some((guard) => ctx.project.isRateLimiter(guard.name, guard.filePath))) return true;
  // Asked after the chain: it looks at every file of the package.
  const { owner, framework } = linked.route;
  if (owner && (framework === "koa" || framework === "express") && ctx.project.limitedByOnlyAppOfPackage(linked.filePath, owner, framework)) return true;
  if (!handler) return false;
  if (answersTooManyRequests(handler)) return true;
  return someDescendant(handler, (node) => {
    const name = ts.isCallExpression(node) ? calleeText(node) : undefined;
    return !!name && ctx.project.isRateLimiter(name, ctx.filePath);
  });
}

function kebabCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}
