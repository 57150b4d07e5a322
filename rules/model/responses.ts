// What a handler sends back to the client, across frameworks: the body of `res.json(...)`, `reply.send(...)`,
// `c.json(...)`, `ctx.body = ...`, `new Response(...)`, `NextResponse.json(...)`, framework exceptions whose message
// becomes the body; and error handlers' error parameters. Syntax only; it never judges what is sent.
import { ts } from "ts-morph";
import { isStatusPosition } from "./auth-checks.js";
import { isClientErrorCode } from "./error-kinds.js";
import { decoratorName } from "./frameworks/nest.js";
import { calleeText, findDeclaration, importedModuleOf, isFunctionLike, isModuleExportsObject, primitiveTypeKinds, propertyNamed, unwrapExpression, type FunctionLike } from "./syntax.js";

const { SyntaxKind } = ts;

export interface ResponseBody {
  /** The expression that becomes the body. */
  body: ts.Expression;
  /** A JSON body (`res.json`, `c.json`, `Response.json`) or text/any (`res.send`, `new Response`, `ctx.body`). */
  format: "json" | "text";
}

const jsonMethods = new Set(["json", "jsonp"]);
const textMethods = new Set(["send", "end", "text", "html", "write"]);
/** Receivers whose `.send`/`.write`/`.end` is not an HTTP response. */
const nonResponseReceivers = /^(JSON|console|process|stream|fs|socket|ws|io|emitter|channel|queue|mail|mailer|transporter|sgMail|resend|client)$/i;
/** Exceptions whose message the framework sends to the client: NestJS `HttpException`s, Hono's `HTTPException`, http-errors. */
const clientFacingException = /^(HttpException|HTTPException|\w+Exception|createError|createHttpError|httpErrors\.\w+)$/;

/** The body a call or assignment sends to the client, if it is a response send. */
export function responseBodyOf(node: ts.Node): ResponseBody | undefined {
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.EqualsToken) {
    // Koa: `ctx.body = ...`, `ctx.response.body = ...`.
    const target = node.left;
    if (ts.isPropertyAccessExpression(target) && target.name.text === "body" && /^(ctx|context|ctx\.response|context\.response)$/.test(target.expression.getText())) {
      return { body: node.right, format: "text" };
    }
    return undefined;
  }
  if (ts.isNewExpression(node)) {
    const callee = calleeText(node);
    const [first] = node.arguments ?? [];
    if ((callee === "Response" || callee === "NextResponse") && first) return { body: first, format: "text" };
    return undefined;
  }
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
  const method = node.expression.name.text;
  const [first] = node.arguments;
  if (!first) return undefined;
  const receiver = node.expression.expression;
  const receiverText = calleeText(node)?.slice(0, -(method.length + 1));
  if (receiverText === "Response" || receiverText === "NextResponse") return method === "json" ? { body: first, format: "json" } : undefined;
  if (!jsonMethods.has(method) && !textMethods.has(method)) return undefined;
  const root = rootOf(receiver);
  if (!root || (ts.isIdentifier(root) && (nonResponseReceivers.test(root.text) || isMadeByPackage(root) || isModuleObject(root)))) return undefined;
  return { body: first, format: jsonMethods.has(method) ? "json" : "text" };
}

/** `throw new InternalServerErrorException(err.message)`, `throw new HTTPException(500, { message })`: the message argument. */
export function exceptionMessageOf(node: ts.Node): ts.Expression | undefined {
  if (!ts.isThrowStatement(node)) return undefined;
  const thrown = unwrapExpression(node.expression);
  if (!ts.isNewExpression(thrown) && !ts.isCallExpression(thrown)) return undefined;
  const callee = calleeText(thrown);
  if (!callee || callee === "Error" || !clientFacingException.test(callee)) return undefined;
  const message = (thrown.arguments ?? []).find((argument) => !ts.isNumericLiteral(argument));
  // Hono: `new HTTPException(500, { message })`.
  const property = propertyNamed(message, "message");
  if (property) return ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
  return message;
}

/**
 * True when `branch` turns the request away: it throws, answers a client-error status (`res.status(415)`,
 * `ctx.throw(400)`, `{ status: 413 }`, `c.json(body, 415)`) or hands an error to a callback (`cb(new Error(...))`).
 * Nested functions are not entered: what they do happens later, if at all.
 */
export function rejectsRequest(branch: ts.Node): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || isFunctionLike(node)) return;
    if (ts.isThrowStatement(node) || (ts.isNumericLiteral(node) && isClientErrorStatus(node)) || isErrorPassedOn(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(branch);
  return found;
}

function isClientErrorStatus(literal: ts.NumericLiteral): boolean {
  return isClientErrorCode(Number(literal.text)) && isStatusPosition(literal);
}

/** `cb(new Error("unsupported type"))`, `next(new HttpError(415))`: an error handed on as a call's argument. */
function isErrorPassedOn(node: ts.Node): boolean {
  if (!ts.isNewExpression(node) || !ts.isCallExpression(node.parent)) return false;
  const callee = calleeText(node);
  return !!callee && /(Error|Exception)$/.test(callee);
}

/** The first identifier of `res.status(500).json`'s receiver chain (`res`), skipping calls and property reads. */
function rootIdentifier(node: ts.Expression): string | undefined {
  const root = rootOf(node);
  return root && (ts.isIdentifier(root) ? root.text : "this");
}

function rootOf(node: ts.Expression): ts.Identifier | ts.ThisExpression | undefined {
  let current = node;
  for (;;) {
    if (ts.isIdentifier(current)) return current;
    if (ts.isCallExpression(current) || ts.isPropertyAccessExpression(current) || ts.isParenthesizedExpression(current) || ts.isNonNullExpression(current)) current = current.expression;
    else return current.kind === SyntaxKind.ThisKeyword ? (current as ts.ThisExpression) : undefined;
  }
}

/** Node's stream module: a stream made there may be piped to the client and carry its answer. */
const streamModule = /^(node:)?stream(\/|$)/;

/** A module the file imports or requires (`Basic.write(env, path, data)` on `require("./basic")`), or its own `module.exports`: no response. */
function isModuleObject(root: ts.Identifier): boolean {
  return importedModuleOf(root.text, root) !== undefined || isModuleExportsObject(root);
}

/**
 * `const log = createWriteStream(path)` or `const events = new Inngest(…)` with the factory or class imported from a
 * package: an object the package made for this code (a file, an event bus client), which answers no request whatever
 * its method is called. A stream of Node's stream module may be piped to the client and is not one of them.
 */
function isMadeByPackage(root: ts.Identifier): boolean {
  const declaration = findDeclaration(root.text, root);
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
  let made = unwrapExpression(declaration.initializer);
  if (ts.isAwaitExpression(made)) made = unwrapExpression(made.expression);
  if (!ts.isNewExpression(made) && !ts.isCallExpression(made)) return false;
  let factory = unwrapExpression(made.expression);
  if (ts.isPropertyAccessExpression(factory)) factory = unwrapExpression(factory.expression);
  const module = ts.isIdentifier(factory) ? importedModuleOf(factory.text, factory) : undefined;
  // Not a relative, absolute or root-alias (`@/`, `~/`, `#/`) specifier: the project's own helpers may return a response.
  return module !== undefined && !/^([./]|[@~#]\/)/.test(module) && !streamModule.test(module);
}

/**
 * `(err, req, res, next) => …`: four parameters are not enough (a response helper may take a message and three
 * options), so the first must not be declared a primitive and the function must act as middleware: answer through
 * its third parameter (`res.status(500).json(…)`) or pass on through its fourth (`next(err)`).
 */
function isExpressErrorMiddleware(fn: FunctionLike): boolean {
  const [error, , response, next] = fn.parameters;
  if (!error || !response || !next || !ts.isIdentifier(response.name) || !ts.isIdentifier(next.name)) return false;
  if (error.type && primitiveTypeKinds.has(error.type.kind)) return false;
  const responseName = response.name.text;
  const nextName = next.name.text;
  let acts = false;
  const visit = (node: ts.Node): void => {
    if (acts) return;
    if (ts.isCallExpression(node)) {
      const callee = unwrapExpression(node.expression);
      acts = (ts.isIdentifier(callee) && callee.text === nextName) || (ts.isPropertyAccessExpression(callee) && rootIdentifier(callee.expression) === responseName);
    }
    if (!acts) ts.forEachChild(node, visit);
  };
  if (fn.body) visit(fn.body);
  return acts;
}

/** The `@Catch(...)` decorator of the exception filter whose `catch` method `fn` is. */
function filterCatchDecorator(fn: FunctionLike): ts.Decorator | undefined {
  const owner = fn.parent;
  if (!ts.isMethodDeclaration(fn) || fn.name.getText() !== "catch" || !ts.isClassDeclaration(owner)) return undefined;
  return (ts.getDecorators(owner) ?? []).find((d) => decoratorName(d) === "Catch");
}

/**
 * The classes a NestJS exception filter's `catch(exception, host)` receives, as named in `@Catch(NotEnoughScopes)`:
 * Nest hands the filter only instances of them. Empty for `@Catch()`, which receives every exception.
 */
export function caughtClassesOf(fn: FunctionLike): string[] {
  const decorator = filterCatchDecorator(fn);
  if (!decorator || !ts.isCallExpression(decorator.expression)) return [];
  return decorator.expression.arguments.map((argument) => argument.getText());
}

/**
 * The error parameter of an error handler: Express's four-argument middleware, Fastify's `setErrorHandler`, Hono's
 * `onError`, a NestJS exception filter's `catch(exception, host)`.
 */
export function errorParameterOf(fn: FunctionLike): ts.ParameterDeclaration | undefined {
  const [first] = fn.parameters;
  if (!first || !ts.isIdentifier(first.name)) return undefined;
  if (fn.parameters.length === 4 && !ts.isMethodDeclaration(fn)) return isExpressErrorMiddleware(fn) ? first : undefined;
  if (ts.isMethodDeclaration(fn)) return filterCatchDecorator(fn) ? first : undefined;
  const call = fn.parent;
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  const method = call.expression.name.text;
  return (method === "setErrorHandler" || method === "onError") && isFunctionLike(unwrapExpression(call.arguments[0] ?? call)) ? first : undefined;
}
