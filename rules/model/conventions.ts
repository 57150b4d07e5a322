// A project's own guards and validators, found by what their bodies do rather than by their names: a function that
// reads a credential and answers 401/403 is an auth guard (`gatekeeper`, `mustBeSignedIn`); one that runs a schema
// over its input is a validator. Names go to `summary.authGuards` / `summary.validators` for the link step.
import { ts } from "ts-morph";
import { admitsOnlySentSecretHolders, answersConstantTimeCompare, answersSentSecretMatch, answersOnlyVerified, answersKeyedHmac, answersNothingWhenCaught, callRefusedAsUnauthenticated, comparesPasswordHash, continuesOnlyWithCredential, createsQstashReceiver, dispatchesOnlyToCheckedEntries, guardScopeOf, onlyAnswers, readsClientAddress, readsCredential, refusesFailedCredential, refusesMissingCredential, rejectsUnauthenticated, switchesAuthOff, throwsUnauthenticated, throwsWithoutIdentity, verifiedTokenParameter, verifiesSignature } from "./auth-checks.js";
import type { Extractor } from "./summarize.js";
import { descendantsOfKind } from "../engine/node-index.js";
import type { GuardShapeSummary, MiddlewareArrayCandidate } from "./types.js";
import type { ChainSource } from "./validation-chains.js";
import { boundMethodOf, calleeModuleOf, constInitializerOf, dottedName, functionBoundTo, hasModifier, importedModuleOf, isCommonJsExports, isFunctionLike, returnedExpressions, stringValue, textMatches, unwrapExpression, type FunctionLike } from "./syntax.js";
import { knownAuthGuards } from "./known-names.js";
import { rejectsRequest } from "./responses.js";
import { inlineExportName } from "./module-bindings.js";
import { racesHandedCallAgainstTimer } from "./outbound-calls.js";

const schemaMethods = new Set(["parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "validateSync", "validateAsync", "isValid", "isValidSync"]);
/** Receivers whose `.parse`/`.validate` is not schema validation. */
const nonSchemaReceiver = /^(JSON|Date|url|URL|path|qs|querystring|cookie|yaml|YAML|Number|csv|marked|dayjs|moment)$/;
/** Libraries whose free functions validate: `assert(data, User)` (superstruct), `v.parse(schema, data)` (valibot), typia. */
const functionalValidators = /^(superstruct|valibot|typia|@sinclair\/typebox)/;

/** Every schema call names one of these methods; functional validators are recognised by their import instead. */
const schemaCallHint = new RegExp(`\\b(${[...schemaMethods, "compile"].join("|")})\\b`);
const functionalValidatorSpelling = /superstruct|valibot|typia|typebox/;

export const conventions: Extractor = {
  kinds: [ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.MethodDeclaration, ts.SyntaxKind.PropertyAssignment, ts.SyntaxKind.ExportAssignment, ts.SyntaxKind.BinaryExpression, ts.SyntaxKind.CallExpression],
  visit(node, { summary }) {
    if (ts.isCallExpression(node)) {
      const decorated = decoratedFunction(node);
      if (!decorated) return;
      if (!(summary.decoratedFunctions ?? []).includes(decorated.name)) (summary.decoratedFunctions ??= []).push(decorated.name);
      if (guardsCredential(decorated.body) && !(summary.decoratedAuthGuards ?? []).includes(decorated.name)) (summary.decoratedAuthGuards ??= []).push(decorated.name);
      return;
    }
    // Only the members of a module's own object are named definitions (see objectMemberName).
    if (ts.isPropertyAssignment(node) && objectMemberName(node) === undefined) return;
    const instance = classInstance(node);
    if (instance) (summary.classInstances ??= []).push(instance);
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && ts.isSourceFile(node.parent.parent.parent) && createsQstashReceiver(node)) {
      (summary.qstashReceivers ??= []).push(node.name.text);
    }
    const mapped = mappedObject(node);
    if (mapped) (summary.mappedObjects ??= []).push(mapped);
    const chain = middlewareArray(node);
    if (chain) {
      // `export const protectedChain = [withDb, withAuth, limiter]`, spread into `app.use(...protectedChain)`: it runs
      // each element, so it authenticates when one of them does.
      (summary.middlewareArrays ??= []).push(chain);
      return;
    }
    const produced = factoryResults(node);
    if (produced.length > 0) {
      // `const requireKey = makeKeyGuard({ readOnly: false })`, applied later as `app.post("/", requireKey, ...)`.
      (summary.factoryResults ??= []).push(...produced);
      // An object of them may also hold functions of its own, looked at below.
      if (!produced[0]!.name.includes(".")) return;
    }
    const definition = namedDefinition(node) ?? staticMethodDefinition(node) ?? objectMemberDefinition(node);
    if (!definition) {
      // A service method that verifies a signature (`validateRequest(raw, signature, secret)` returning `constructEvent(...)`)
      // is reached through an injected instance: kept as `Class.method` for the handlers that call it.
      const method = instanceMethodName(node);
      if (method === undefined) return;
      if (verifiesSignature(node) && !(summary.signatureVerifiers ?? []).includes(method)) (summary.signatureVerifiers ??= []).push(method);
      // A guard method (`sessionAuth(req, res, next)`) guards through every instance of its class (`export default new Access()`).
      else if (guardsCredential(node as ts.MethodDeclaration) && !summary.authGuards.includes(method)) summary.authGuards.push(method);
      return;
    }
    const { name, body } = definition;
    const returned = isFunctionLike(body) ? returnedObjectMembers(body) : [];
    if (returned.length > 0) (summary.returnedMembers ??= []).push(...returned.map((member) => ({ name, ...member })));
    const readsCredentials = readsCredential(body);
    if (!summary.authGuards.includes(name) && guardsCredential(body)) {
      summary.authGuards.push(name);
      if (throwsUnauthenticated(body)) (summary.throwingAuthGuards ??= []).push(name);
      (summary.guardShapes ??= []).push(guardShape(name, body));
    } else if (isFunctionLike(body) && !summary.authGuards.includes(name) && throwsWithoutIdentity(body)) {
      // A helper that throws for an anonymous caller (`getServerProfile()`): the handlers that await it first stop there.
      summary.authGuards.push(name);
      (summary.throwingAuthGuards ??= []).push(name);
    } else if (isFunctionLike(body) && !summary.authGuards.includes(name) && admitsOnlySentSecretHolders(body)) {
      // A middleware that admits only callers holding a secret the project handed out (a token in the URL, looked up).
      summary.authGuards.push(name);
    } else if (isFunctionLike(body) && !summary.authGuards.includes(name) && dispatchesOnlyToCheckedEntries(body)) {
      // A dispatcher whose every entry checks the caller first (`routeHandlers[key](req, res)`); its shape tells the
      // fix it is no wrapper to put around another handler.
      summary.authGuards.push(name);
      (summary.guardShapes ??= []).push(guardShape(name, body));
    } else if (isFunctionLike(body) && appliesLibraryGuard(body)) {
      // `(roles) => (req, res, next) => passport.authenticate("jwt", opts, check(roles))(req, res, next)`, or a factory
      // returning `passport.authenticate(provider, opts)`: it authenticates as the library guard it runs.
      (summary.authDelegates ??= []).push({ name, callees: [appliesLibraryGuard(body)!, ...calledNames(body, name)] });
      (summary.guardShapes ??= []).push(guardShape(name, body));
    } else if (readsCredentials || answersFailedCallAsUnauthenticated(body)) {
      const callees = calledNames(body, name);
      if (callees.length > 0) {
        (summary.authDelegates ??= []).push({ name, callees });
        (summary.guardShapes ??= []).push(guardShape(name, body));
      }
    } else if (rejectsUnauthenticated(body)) {
      // `function denied() { return Response.json(..., { status: 401 }) }`: a delegate that reads a credential and calls it refuses through it.
      (summary.refusalResponders ??= []).push(name);
    }
    if (isFunctionLike(body) && runsHandedChains(body)) (summary.chainRunners ??= []).push(name);
    if (!summary.validators.includes(name) && validatesParameter(body)) {
      summary.validators.push(name);
      const schemaOption = isFunctionLike(body) ? schemaOptionOf(body) : undefined;
      if (schemaOption) (summary.schemaOptionValidators ??= []).push({ name, ...schemaOption });
    } else {
      const callee = forwardedConfigCallee(body);
      if (callee && callee !== name) (summary.configForwarders ??= []).push({ name, callee });
    }
    const built = isFunctionLike(body) ? soleReturnedCall(body) : undefined;
    if (built && ts.isIdentifier(built.expression) && built.expression.text !== name && !handsFunction(built)) (summary.builderDelegates ??= []).push({ name, callee: built.expression.text });
    // `requirePrivateApi() { return Auth.requireBasic(settings.users) }`: it makes what the factory it calls makes.
    const madeBy = built && !handsFunction(built) ? dottedName(built.expression) : undefined;
    if (madeBy && madeBy !== name && !summary.authGuards.includes(name) && !(summary.authDelegates ?? []).some((delegate) => delegate.name === name)) (summary.authDelegates ??= []).push({ name, callees: [madeBy] });
    const middleware = isFunctionLike(body) ? handedMiddleware(body) : undefined;
    if (middleware) (summary.middlewareHandOffs ??= []).push({ name, middleware });
    if (verifiesSignature(body) || (isFunctionLike(body) && answersOnlyVerified(body))) {
      if (!(summary.signatureVerifiers ?? []).includes(name)) (summary.signatureVerifiers ??= []).push(name);
      // Its shape tells the fix it is no guard to put around another handler (`return Response.json(await runHook(req))` uses it).
      if (!(summary.guardShapes ?? []).some((shape) => shape.name === name)) (summary.guardShapes ??= []).push(guardShape(name, body));
    } else {
      // Verifies through a receiver imported from another module: which module made it is the link step's to learn.
      let receiver: string | undefined;
      let comparer: string | undefined;
      if (verifiesSignature(body, (local) => ((receiver = local), true))) (summary.receiverSignatureVerifiers ??= []).push({ name, receiver: receiver! });
      // Or compares the HMAC with a function of its own or another module, which must compare in constant time.
      else if (verifiesSignature(body, undefined, (local) => ((comparer = local), true))) (summary.comparedSignatureVerifiers ??= []).push({ name, comparer: comparer! });
    }
    if (isFunctionLike(body) && comparesPasswordHash(body)) (summary.passwordComparers ??= []).push(name);
    if (isFunctionLike(body) && body.parameters.length === 2 && answersConstantTimeCompare(body)) (summary.constantTimeCompares ??= []).push(name);
    let sentComparer: string | undefined;
    if (isFunctionLike(body) && answersSentSecretMatch(body, (local) => ((sentComparer ??= local), sentComparer === local))) (summary.sentSecretMatchers ??= []).push({ name, ...(sentComparer !== undefined && { comparer: sentComparer }) });
    if (isFunctionLike(body) && answersKeyedHmac(body)) (summary.keyedHmacs ??= []).push(name);
    const verifiedToken = isFunctionLike(body) ? verifiedTokenParameter(body) : undefined;
    if (verifiedToken !== undefined) (summary.tokenVerifiers ??= []).push({ name, parameter: verifiedToken, ...(answersNothingWhenCaught(body as FunctionLike) && { falsyUnlessVerified: true as const }) });
    if (isFunctionLike(body) && onlyAnswers(body, { echoes: true })) (summary.answerHelpers ??= []).push(name);
    if (isFunctionLike(body) && racesHandedCallAgainstTimer(body)) (summary.timeoutWrappers ??= []).push(name);
    if (isFunctionLike(body) && onlyForwards(body)) (summary.transparentWrappers ??= []).push(name);
    if (isFunctionLike(body) && mapsMembers(body)) (summary.memberMappers ??= []).push(name);
    if (readsClientAddress(body)) {
      if (!(summary.clientAddressReaders ?? []).includes(name)) (summary.clientAddressReaders ??= []).push(name);
    } else if (textMatches(body, addressHelperSpelling)) {
      const callees = calledNames(body, name);
      if (callees.length > 0) (summary.clientAddressDelegates ??= []).push({ name, callees });
    }
  },
};

/** `fastify.decorate("authenticate", async (request, reply) => { … })`: a function set on the instance under a name. */
function decoratedFunction(call: ts.CallExpression): { name: string; body: FunctionLike } | undefined {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "decorate" || call.arguments.length !== 2) return undefined;
  const name = stringValue(call.arguments[0]);
  const body = unwrapExpression(call.arguments[1]!);
  return name !== undefined && isFunctionLike(body) ? { name, body } : undefined;
}

/** Only bodies that mention an address or an IP can hand one on: the gate saves a walk of every other function. */
const addressHelperSpelling = /IP|Ip|\bip\b|[aA]ddr/;

/**
 * `const controllers = wrapAll(rawControllers)` at module level: a call of a plain function handed one imported name
 * (only an imported module's members can be followed, so other calls are not kept in the summary).
 */
function mappedObject(node: ts.Node): { local: string; mapper: string; source: string } | undefined {
  if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer || !ts.isSourceFile(node.parent.parent.parent)) return undefined;
  const call = unwrapExpression(node.initializer);
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.arguments.length !== 1) return undefined;
  const [source] = call.arguments;
  if (!source || !ts.isIdentifier(source) || importedModuleOf(source.text, source) === undefined) return undefined;
  return { local: node.name.text, mapper: call.expression.text, source: source.text };
}

const returnSpelling = /\breturn\b/;
const memberIterationSpelling = /\bObject\b|\bfor\b/;

/**
 * `(controller) => { Object.keys(controller).forEach((key) => { result[key] = wrap(controller[key]); }); return result; }`:
 * a function that gives what it returns a member for each member of the object it is handed, under the same name.
 */
function mapsMembers(fn: FunctionLike): boolean {
  const [handed] = fn.parameters;
  if (!handed || !ts.isIdentifier(handed.name) || !fn.body) return false;
  // Asked of every named function: only a body that returns and spells `Object.keys`/`entries` or a `for … in` can map.
  if (!textMatches(fn.body, returnSpelling) || !textMatches(fn.body, memberIterationSpelling)) return false;
  const object = handed.name.text;
  let iterates = false;
  let readsMember = false;
  let returns = false;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && /^Object\.(keys|entries)$/.test(dottedName(node.expression) ?? "")) {
      const [argument] = node.arguments;
      if (argument && ts.isIdentifier(unwrapExpression(argument)) && (unwrapExpression(argument) as ts.Identifier).text === object) iterates = true;
    }
    if (ts.isForInStatement(node) && ts.isIdentifier(unwrapExpression(node.expression)) && (unwrapExpression(node.expression) as ts.Identifier).text === object) iterates = true;
    if (ts.isElementAccessExpression(node) && ts.isIdentifier(unwrapExpression(node.expression)) && (unwrapExpression(node.expression) as ts.Identifier).text === object) readsMember = true;
    if (ts.isReturnStatement(node) && node.expression) returns = true;
    if (!isFunctionLike(node) || node === fn || ts.isArrowFunction(node)) ts.forEachChild(node, visit);
  };
  visit(fn.body);
  return iterates && readsMember && returns;
}

/**
 * `function name(...) {}` or `const name = <function>` — also a factory (`(role) => (req, res, next) => …`) and a
 * function handed to a helper (`createMiddleware(async (c, next) => …)`). Returns the node to inspect.
 */
function namedDefinition(node: ts.Node): { name: string; body: ts.Node } | undefined {
  if (ts.isFunctionDeclaration(node)) return node.name && node.body ? { name: node.name.text, body: node } : undefined;
  // `exports.requireLogin = function (req, res, next) { … }`: known by `exports.<member>` (see inlineExportName).
  // `module.exports = async (req, res, next) => { … }` or `export default (req, res, next) => …`: the module's default,
  // which a `require` or default import binds (see middlewareArray).
  const wholeModule = ts.isExportAssignment(node) ? node.expression : ts.isBinaryExpression(node) && isWholeModuleExport(node) ? node.right : undefined;
  if (wholeModule) {
    const value = unwrapExpression(wholeModule);
    return isFunctionLike(value) ? { name: "default", body: value } : undefined;
  }
  if (ts.isBinaryExpression(node)) {
    const member = commonJsExportMember(node);
    const value = member !== undefined ? unwrapExpression(node.right) : undefined;
    return value && isFunctionLike(value) ? { name: inlineExportName(member!), body: value } : undefined;
  }
  if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return undefined;
  const initializer = unwrapExpression(node.initializer);
  if (isFunctionLike(initializer)) return { name: node.name.text, body: initializer };
  if (ts.isCallExpression(initializer) && initializer.arguments.some((argument) => isFunctionLike(unwrapExpression(argument)))) {
    return { name: node.name.text, body: initializer };
  }
  return undefined;
}

/**
 * `(fn) => (...args) => Promise.resolve(fn(...args)).catch(args[args.length - 1])`, or a `try { await fn(req, res, next) }
 * catch (e) { next(e) }` inside: a wrapper that calls the function it is handed with the arguments it gets and does
 * nothing else but pass a failure on. Whatever the wrapped function does, the wrapped call does.
 */
function onlyForwards(wrapper: FunctionLike): boolean {
  const [handed] = wrapper.parameters;
  if (wrapper.parameters.length !== 1 || !handed || !ts.isIdentifier(handed.name)) return false;
  const wrapped = handed.name.text;
  const inner = returnedFunction(wrapper);
  const body = inner?.body;
  if (!inner || !body) return false;
  const own = new Set(inner.parameters.flatMap((parameter) => (ts.isIdentifier(parameter.name) ? [parameter.name.text] : [])));
  if (own.size === 0 || own.size !== inner.parameters.length) return false;
  let forwards = false;
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other) return;
    if (ts.isCallExpression(node)) {
      const callee = unwrapExpression(node.expression);
      if (ts.isIdentifier(callee) && callee.text === wrapped) {
        // `process.env.DEMO ? next() : fn(req, res, next)`: a wrapper that runs the function only on some paths skips it.
        if (runsOnSomePaths(node, body)) other = true;
        forwards ||= node.arguments.every((argument) => {
          const value = ts.isSpreadElement(argument) ? argument.expression : argument;
          return ts.isIdentifier(value) && own.has(value.text);
        });
      } else if (!isForwardingStep(callee, own)) other = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return forwards && !other;
}

/** `node` sits in a branch below `body`: an `if`'s, a `?:`'s, a `switch` case's, or the right side of `&&`, `||`, `??`. */
function runsOnSomePaths(node: ts.Node, body: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent && child !== body; child = parent, parent = parent.parent) {
    if ((ts.isIfStatement(parent) && child !== parent.expression) || (ts.isConditionalExpression(parent) && child !== parent.condition) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) return true;
    if (ts.isBinaryExpression(parent) && child === parent.right && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(parent.operatorToken.kind)) return true;
  }
  return false;
}

/** `Promise.resolve(x)`, `.catch(next)`, `.then(...)`, `next(error)`: how a forwarding wrapper passes a result or failure on. */
function isForwardingStep(callee: ts.Expression, own: ReadonlySet<string>): boolean {
  if (ts.isIdentifier(callee)) return own.has(callee.text);
  if (ts.isElementAccessExpression(callee)) return ts.isIdentifier(callee.expression) && own.has(callee.expression.text);
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const method = callee.name.text;
  return method === "catch" || method === "then" || method === "finally" || dottedName(callee) === "Promise.resolve";
}

/**
 * `const writeGuard = makeKeyGuard({ readOnly: false })` at module level: a const holding what a plain function returns
 * when given no function of its own (that would be a definition, see namedDefinition). The link step asks what the
 * function's result does: the const authenticates when the factory builds a guard.
 */
/**
 * Module consts holding what a factory returned: `const requireKey = makeKeyGuard({ readOnly: false })`, and each
 * property of an object of them (`const auth = { required: jwt({...}), optional: jwt({ credentialsRequired: false }) }`,
 * applied as `auth.required`). A result made with options that switch its auth off is marked so.
 */
function factoryResults(node: ts.Node): Array<{ name: string; callee: string; member?: string; switchedOff?: true }> {
  if (!ts.isVariableDeclaration(node) || !node.initializer) return [];
  if (!(ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const) || !ts.isVariableStatement(node.parent.parent) || !ts.isSourceFile(node.parent.parent.parent)) return [];
  const value = unwrapExpression(node.initializer);
  // `const { basic: requireStaff, jwt } = getAuthHandlers()`: each name holds that member of what the factory returns.
  if (ts.isObjectBindingPattern(node.name)) {
    const produced = factoryCall(value);
    // `const { a } = require("./a")` is an import (module-bindings.ts), not a factory's result.
    if (!produced || produced.switchedOff || produced.callee === "require") return [];
    return node.name.elements.flatMap((element) => {
      const member = element.propertyName ?? element.name;
      if (element.dotDotDotToken || !ts.isIdentifier(element.name) || !ts.isIdentifier(member)) return [];
      return [{ name: element.name.text, callee: produced.callee, member: member.text }];
    });
  }
  if (!ts.isIdentifier(node.name)) return [];
  const name = node.name.text;
  if (!ts.isObjectLiteralExpression(value)) {
    const produced = factoryCall(value);
    return produced ? [{ name, ...produced }] : [];
  }
  return objectLiteralMembers(value, (member, initializer) => {
    const produced = factoryCall(unwrapExpression(initializer));
    return produced ? [{ name: `${name}.${member}`, ...produced }] : [];
  });
}

function factoryCall(value: ts.Expression): { callee: string; switchedOff?: true } | undefined {
  if (!ts.isCallExpression(value) || !ts.isIdentifier(value.expression)) return undefined;
  if (value.arguments.some((argument) => isFunctionLike(unwrapExpression(argument)))) return undefined;
  const switchedOff = value.arguments.some((argument) => ts.isObjectLiteralExpression(argument) && switchesAuthOff(argument));
  return { callee: value.expression.text, ...(switchedOff && { switchedOff: true as const }) };
}

/**
 * `function getAuthHandlers() { const handlers = {}; handlers.basic = checkBasic; handlers.jwt = makeJwtCheck("jwt");
 * return handlers }`, or `return { basic: checkBasic, jwt: makeJwtCheck("jwt") }`: the members of the one object the
 * function returns, each a function named in the module (`value`) or what a call of one returns (`called`).
 */
function returnedObjectMembers(fn: FunctionLike): Array<{ member: string; value: string; called?: true }> {
  const returned = returnedExpressions(fn) ?? [];
  const object = returned.length === 1 && returned[0] ? unwrapExpression(returned[0]) : undefined;
  if (!object) return [];
  const valueOf = (member: string, expression: ts.Expression): Array<{ member: string; value: string; called?: true }> => {
    const value = unwrapExpression(expression);
    if (ts.isIdentifier(value)) return [{ member, value: value.text }];
    const produced = factoryCall(value);
    return produced && !produced.switchedOff ? [{ member, value: produced.callee, called: true }] : [];
  };
  if (ts.isObjectLiteralExpression(object)) return objectLiteralMembers(object, valueOf);
  if (!ts.isIdentifier(object) || !fn.body || !ts.isBlock(fn.body)) return [];
  // A local object filled member by member in the function's own statements before it is returned.
  const local = object.text;
  const members: Array<{ member: string; value: string; called?: true }> = [];
  for (const statement of fn.body.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const initial = declaration.initializer && unwrapExpression(declaration.initializer);
        if (ts.isIdentifier(declaration.name) && declaration.name.text === local && initial && ts.isObjectLiteralExpression(initial)) members.push(...objectLiteralMembers(initial, valueOf));
      }
    }
    if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression) || statement.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
    const target = statement.expression.left;
    if (ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.expression) && target.expression.text === local) members.push(...valueOf(target.name.text, statement.expression.right));
  }
  return members;
}

/** What `valueOf` makes of each member an object literal names: `{ basic: checkBasic }` and the shorthand `{ checkBasic }`. */
function objectLiteralMembers<T>(object: ts.ObjectLiteralExpression, valueOf: (member: string, expression: ts.Expression) => T[]): T[] {
  return object.properties.flatMap((property) => {
    if (ts.isShorthandPropertyAssignment(property)) return valueOf(property.name.text, property.name);
    return ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) ? valueOf(property.name.text, property.initializer) : [];
  });
}

/** `static check(req, res) { ... }` of a named class: the project calls it as `Class.check(...)`, and it is recorded by that name. */
function staticMethodDefinition(node: ts.Node): { name: string; body: ts.Node } | undefined {
  if (!ts.isMethodDeclaration(node) || !node.body || !ts.isIdentifier(node.name) || !ts.isClassDeclaration(node.parent) || !node.parent.name) return undefined;
  const isStatic = (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
  return isStatic ? { name: `${node.parent.name.text}.${node.name.text}`, body: node } : undefined;
}

/**
 * `const Auth = { requireLogin() { return function (req, res, next) { … } }, check: (req, res, next) => … }` at module
 * level: a function of an object the module keeps under a name, known by `Auth.requireLogin` as a static method is; a
 * function of the object a module exports whole, by the name of its in-place export (see collectedMembers).
 */
function objectMemberDefinition(node: ts.Node): { name: string; body: ts.Node } | undefined {
  if (!ts.isMethodDeclaration(node) && !ts.isPropertyAssignment(node)) return undefined;
  const body = ts.isMethodDeclaration(node) ? (node.body ? node : undefined) : unwrapExpression(node.initializer);
  if (!body || !isFunctionLike(body)) return undefined;
  const name = objectMemberName(node);
  return name === undefined ? undefined : { name, body };
}

/** The name a member of a module's object is known by (see objectMemberDefinition), or undefined for any other object. */
function objectMemberName(member: ts.MethodDeclaration | ts.PropertyAssignment): string | undefined {
  const object = member.parent;
  if (!ts.isObjectLiteralExpression(object) || !ts.isIdentifier(member.name)) return undefined;
  const holder = object.parent;
  if (ts.isVariableDeclaration(holder) && holder.initializer === object && ts.isIdentifier(holder.name) && ts.isSourceFile(holder.parent.parent.parent) && holder.parent.flags & ts.NodeFlags.Const) {
    return `${holder.name.text}.${member.name.text}`;
  }
  // `export default { check(req, res, next) { … } }`, `module.exports = { check: … }`: the module's in-place exports.
  const exportedWhole = ts.isExportAssignment(holder) || (ts.isBinaryExpression(holder) && holder.right === object && isWholeModuleExport(holder));
  return exportedWhole ? inlineExportName(member.name.text) : undefined;
}

/** Refuses a caller without a credential: answers 401/403, or a middleware that stops when none was sent. */
/**
 * The body reads a credential and refuses without it: answers 401/403 or throws an auth error, or (a middleware) ends
 * the request when a credential it reads off the request is missing, which is itself the credential read.
 */
function guardsCredential(body: ts.Node): boolean {
  return (readsCredential(body) && rejectsUnauthenticated(body)) || (isFunctionLike(body) && (refusesMissingCredential(body) || refusesFailedCredential(body) || continuesOnlyWithCredential(body)));
}

/** `const access = new Access()` or `export default new Access()`: a name (`default` for the latter) bound to an instance of a class. */
function classInstance(node: ts.Node): { name: string; className: string } | undefined {
  const bound = ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? { name: node.name.text, value: node.initializer } : ts.isExportAssignment(node) && !node.isExportEquals ? { name: "default", value: node.expression } : undefined;
  const created = bound?.value && unwrapExpression(bound.value);
  return created && ts.isNewExpression(created) && ts.isIdentifier(created.expression) ? { name: bound.name, className: created.expression.text } : undefined;
}

/** `Class.method` for a method of a named class that is not static (those are `staticMethodDefinition`'s). */
function instanceMethodName(node: ts.Node): string | undefined {
  if (!ts.isMethodDeclaration(node) || !node.body || !ts.isIdentifier(node.name) || !ts.isClassDeclaration(node.parent) || !node.parent.name) return undefined;
  return hasModifier(node, ts.SyntaxKind.StaticKeyword) ? undefined : `${node.parent.name.text}.${node.name.text}`;
}

/**
 * `const chain = [withDb, withAuth, rateLimiter({...})]`: an array of middleware, kept as a delegate that authenticates
 * when one of its elements does (followed by the link step). Arrays of anything else are not middleware arrays.
 * Each candidate is one array the name may hold: a conditional's branches (`flag ? [a, b] : [c]`) and, for a `let`,
 * every array later assigned to it, each with the flags that choose it (see MiddlewareArrayCandidate).
 */
function middlewareArray(node: ts.Node): { name: string; candidates: MiddlewareArrayCandidate[] } | undefined {
  // `export default [requireLogin, ownerOnly]` or `module.exports = [...]`: the module's default is the array, which the
  // link step reaches as the local `default` of a default import or `require` (as `export default new Access()`).
  const exported = ts.isExportAssignment(node) ? node.expression : ts.isBinaryExpression(node) && isWholeModuleExport(node) ? node.right : undefined;
  if (exported) {
    const elements = middlewareElements(unwrapExpression(exported));
    return elements && { name: "default", candidates: [{ elements }] };
  }
  // `const Access = { teamMember: [requireLogin(), loadTeam] }`, or a member that makes one (`(kind) => [requireLogin(), …]`).
  if (ts.isPropertyAssignment(node)) {
    const value = unwrapExpression(node.initializer);
    const made = ts.isArrowFunction(value) && !ts.isBlock(value.body) ? unwrapExpression(value.body) : value;
    const elements = ts.isArrayLiteralExpression(made) ? middlewareElements(made) : undefined;
    const name = objectMemberName(node);
    return elements && name !== undefined ? { name, candidates: [{ elements }] } : undefined;
  }
  if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return undefined;
  const name = node.name.text;
  const reassigned = node.parent.flags & ts.NodeFlags.Const ? [] : assignmentsOf(node.getSourceFile(), name);
  const candidates: MiddlewareArrayCandidate[] = [];
  for (const { value, when } of [...branchesOf(node.initializer, []), ...reassigned.flatMap((assignment) => branchesOf(assignment.right, enclosingFlags(assignment)))]) {
    const elements = middlewareElements(value);
    if (!elements) return undefined;
    candidates.push({ elements, ...(when.length > 0 && { when }) });
  }
  return { name, candidates };
}

type FlagTest = NonNullable<MiddlewareArrayCandidate["when"]>[number];

/** The values a conditional chooses between (`a ? x : b ? y : z` → x, y, z), each with the flags that choose it, or the expression itself. */
function branchesOf(expression: ts.Expression, when: FlagTest[]): Array<{ value: ts.Expression; when: FlagTest[] }> {
  const value = unwrapExpression(expression);
  if (!ts.isConditionalExpression(value)) return [{ value, when }];
  const flag = flagTestOf(value.condition);
  return [...branchesOf(value.whenTrue, flag ? [...when, flag] : when), ...branchesOf(value.whenFalse, flag ? [...when, { ...flag, value: !flag.value }] : when)];
}

/** `loginOn` → loginOn is true; `!loginOn` → it is false. Other conditions name no flag. */
function flagTestOf(condition: ts.Expression): FlagTest | undefined {
  const expression = unwrapExpression(condition);
  if (ts.isIdentifier(expression)) return { flag: expression.text, value: true };
  if (ts.isPrefixUnaryExpression(expression) && expression.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = flagTestOf(expression.operand);
    return inner && { ...inner, value: !inner.value };
  }
  return undefined;
}

/** The flags of the `if` statements an assignment sits under (`if (inCi) { chain = [...] }` → inCi is true). */
function enclosingFlags(node: ts.Node): FlagTest[] {
  const flags: FlagTest[] = [];
  for (let child = node, parent = node.parent; parent && !ts.isSourceFile(parent); child = parent, parent = parent.parent) {
    if (!ts.isIfStatement(parent) || child === parent.expression) continue;
    const flag = flagTestOf(parent.expression);
    if (flag) flags.push(child === parent.thenStatement ? flag : { ...flag, value: !flag.value });
  }
  return flags;
}

/** Every `name = value` in `file`, wherever it sits: the values a `let` may hold besides its initializer. */
function assignmentsOf(file: ts.SourceFile, name: string): ts.BinaryExpression[] {
  return descendantsOfKind<ts.BinaryExpression>(file, ts.SyntaxKind.BinaryExpression).filter(
    (assignment) => assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(assignment.left) && assignment.left.text === name,
  );
}

/**
 * The names an array literal of middleware (or hono/combine's `every(...)`) runs: identifiers and members (`passport.authenticate("session")` →
 * `passport.authenticate`), a bound method as the method (`guards.apiKey.bind(guards)` → `guards.apiKey`), and a
 * spread array by its own name (`[...apiAuth, scope("write")]` → `apiAuth`, resolved as a chain in turn).
 */
function middlewareElements(value: ts.Expression): string[] | undefined {
  const listed = ts.isArrayLiteralExpression(value) ? value.elements : runsEachInTurn(value) ? value.arguments : undefined;
  if (!listed || listed.length === 0) return undefined;
  const elements: string[] = [];
  for (const element of listed) {
    const expression = unwrapExpression(ts.isSpreadElement(element) ? element.expression : element);
    const callee = ts.isCallExpression(expression) && !ts.isSpreadElement(element) ? (boundMethodOf(expression) ?? unwrapExpression(expression.expression)) : expression;
    const name = dottedName(callee);
    if (name !== undefined) elements.push(name);
    // An inline middleware (`function ownerOnly(req, res, next) { … }`) adds no name to follow; the named ones decide.
    else if (!ts.isCallExpression(expression) && !isFunctionLike(expression)) return undefined;
  }
  return elements.length > 0 ? elements : undefined;
}

/** `exports.x = …`, `module.exports.x = …` as a statement: the member `x` of the module object it assigns. */
function commonJsExportMember(node: ts.BinaryExpression): string | undefined {
  const target = node.left;
  if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isPropertyAccessExpression(target) || !ts.isExpressionStatement(node.parent)) return undefined;
  return isCommonJsExports(target.expression) ? target.name.text : undefined;
}

/** `module.exports = …` as a statement: the whole module is the value. */
function isWholeModuleExport(node: ts.BinaryExpression): boolean {
  return node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isExpressionStatement(node.parent) && ts.isPropertyAccessExpression(node.left) && isCommonJsExports(node.left);
}

/** hono/combine's `every(a, b)`: one middleware that runs each of its arguments in turn, as an array of them would. */
function runsEachInTurn(value: ts.Expression): value is ts.CallExpression {
  if (!ts.isCallExpression(value)) return false;
  const { module, member } = calleeModuleOf(value.expression);
  return module === "hono/combine" && member === "every";
}

/** How a guard is applied and whom it admits, for a fix that reuses it (see GuardShapeSummary). */
function guardShape(name: string, body: ts.Node): GuardShapeSummary {
  const scope = guardScopeOf(body);
  if (!isFunctionLike(body)) return { name, ...(scope && { scope }), returnsFunction: false };
  const requiredParameters = body.parameters.filter((parameter) => !parameter.questionToken && !parameter.initializer && !parameter.dotDotDotToken).length;
  const returned = returnedFunction(body);
  const call = returned && handlerCallOf(body, returned);
  return { name, ...(scope && { scope }), requiredParameters, returnsFunction: returned !== undefined, ...(returned && { returnedParameters: returned.parameters.length }), ...call };
}

/** The function `definition` returns: `(handler) => async (req) => ...`, or `return async function (req) { ... }`. */
function returnedFunction(definition: FunctionLike): FunctionLike | undefined {
  const body = definition.body;
  if (!body) return undefined;
  if (!ts.isBlock(body)) {
    const value = unwrapExpression(body);
    return isFunctionLike(value) ? value : undefined;
  }
  for (const statement of body.statements) {
    if (!ts.isReturnStatement(statement) || !statement.expression) continue;
    const value = unwrapExpression(statement.expression);
    if (isFunctionLike(value)) return value;
    // `return handlerFor;` with `const handlerFor = async (req) => ...` declared above it
    if (ts.isIdentifier(value)) {
      for (const earlier of body.statements) {
        if (!ts.isVariableStatement(earlier)) continue;
        const declared = earlier.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === value.text);
        const initializer = declared?.initializer && unwrapExpression(declared.initializer);
        if (initializer && isFunctionLike(initializer)) return initializer;
      }
    }
  }
  return undefined;
}

/**
 * How the returned function calls the wrapper's first parameter: with its own parameters passed on in order
 * ("forwards"), with one object literal ("object"), or "other". Undefined when it does not call it (not a wrapper).
 */
function handlerCallOf(definition: FunctionLike, returned: FunctionLike): Pick<GuardShapeSummary, "handlerCall" | "forwardedArguments"> | undefined {
  const first = definition.parameters[0]?.name;
  if (!first || !ts.isIdentifier(first)) return undefined;
  const handler = first.text;
  const forwarded = returned.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : undefined));
  const kinds = new Set<NonNullable<GuardShapeSummary["handlerCall"]>>();
  let forwardedArguments = Infinity;
  let mentions = 0;
  let calls = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === handler) mentions++;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === handler) {
      calls++;
      const args = node.arguments;
      if (args.length === 1 && ts.isObjectLiteralExpression(unwrapExpression(args[0]!))) kinds.add("object");
      else if (args.every((argument, index) => ts.isIdentifier(argument) && argument.text === forwarded[index])) {
        kinds.add("forwards");
        forwardedArguments = Math.min(forwardedArguments, args.length);
      }
      else kinds.add("other");
    }
    ts.forEachChild(node, visit);
  };
  if (returned.body) visit(returned.body);
  if (mentions === 0) return undefined;
  // Passed on as well as called (`run(handler)`), or called in several ways: what it receives cannot be read here.
  const handlerCall = kinds.size === 1 && mentions === calls ? [...kinds][0]! : "other";
  return handlerCall === "forwards" ? { handlerCall, forwardedArguments } : { handlerCall };
}

/**
 * Plain function names `definition` calls (`authenticateRequest(req)`), for the link step to ask whether one of them
 * authenticates: a wrapper whose check sits a few helpers deep (`withApi({ handler })` → `authenticate(req)` → 401).
 */
function calledNames(definition: ts.Node, self: string): string[] {
  const names = new Set<string>();
  for (const call of descendantsOfKind<ts.CallExpression>(definition, ts.SyntaxKind.CallExpression)) {
    if (ts.isIdentifier(call.expression) && call.expression.text !== self) names.add(call.expression.text);
  }
  return [...names];
}

/**
 * A library guard written as a member (`passport.authenticate`) that the function returns whole, or runs on the request
 * it is handed (`passport.authenticate(...)(req, res, next)`): the guard's name, for the link step to recognise.
 */
function appliesLibraryGuard(definition: FunctionLike): string | undefined {
  if (!definition.body || !textMatches(definition.body, libraryGuardSpelling)) return undefined;
  for (const call of descendantsOfKind<ts.CallExpression>(definition.body, ts.SyntaxKind.CallExpression)) {
    const name = ts.isPropertyAccessExpression(call.expression) ? dottedName(call.expression) : undefined;
    if (!name || !knownAuthGuards.includes(name)) continue;
    const applied = ts.isCallExpression(call.parent) && call.parent.expression === call && call.parent.arguments.length > 0;
    if (applied || (returnedExpressions(definition) ?? []).some((returned) => unwrapExpression(returned) === call)) return name;
  }
  return undefined;
}

const libraryGuardSpelling = new RegExp(knownAuthGuards.filter((name) => name.includes(".")).map((name) => name.replace(".", "\\.")).join("|"));

/**
 * `(config) => createRoute({ ...config, errorFormat: "v2" })`: a factory whose whole result is another function's, given
 * its own parameter (as is, or spread into an object with a few settings added). It does what that function does with
 * the config: validates its schemas, authenticates its handler. Returns the function it hands the config to.
 */
function forwardedConfigCallee(definition: ts.Node): string | undefined {
  if (!isFunctionLike(definition) || !definition.body) return undefined;
  const parameters = new Set<string>();
  for (const parameter of definition.parameters) collectNames(parameter.name, parameters);
  const call = soleReturnedCall(definition);
  if (!call || !ts.isIdentifier(call.expression)) return undefined;
  const handsParameter = call.arguments.some((argument) => {
    const value = unwrapExpression(argument);
    if (ts.isIdentifier(value)) return parameters.has(value.text);
    return ts.isObjectLiteralExpression(value) && value.properties.some((property) => ts.isSpreadAssignment(property) && mentionsAny(property.expression, parameters));
  });
  return handsParameter ? call.expression.text : undefined;
}

/**
 * The call is handed a function of this module (`build(handler)`, `build({ check: requireUser })`, an inline callback):
 * what it builds then depends on that function, so it is not simply the builder's product. What an imported name holds
 * (a schema, a constant table, a function) this module cannot tell, so it does not count.
 */
function handsFunction(call: ts.CallExpression): boolean {
  const isFunction = (value: ts.Expression): boolean => {
    const inner = unwrapExpression(value);
    return isFunctionLike(inner) || (ts.isIdentifier(inner) && functionBoundTo(inner.text, inner) !== undefined);
  };
  return call.arguments.some((argument) => {
    const value = unwrapExpression(argument);
    if (!ts.isObjectLiteralExpression(value)) return isFunction(value);
    return value.properties.some((property) => ts.isMethodDeclaration(property) || (ts.isPropertyAssignment(property) && isFunction(property.initializer)) || (ts.isShorthandPropertyAssignment(property) && isFunction(property.name)));
  });
}

/** `return build({ … })` as the function's only statement (or its expression body): the call whose result is all it gives. */
function soleReturnedCall(definition: FunctionLike): ts.CallExpression | undefined {
  if (!definition.body) return undefined;
  let result: ts.Expression | undefined;
  if (ts.isBlock(definition.body)) {
    const only = definition.body.statements.length === 1 ? definition.body.statements[0] : undefined;
    result = only && ts.isReturnStatement(only) ? only.expression : undefined;
  } else result = definition.body;
  const call = result && unwrapExpression(result);
  return call && ts.isCallExpression(call) ? call : undefined;
}

/**
 * `return withMiddleware(handler, emailProviderMiddleware, options)` on every path: a wrapper factory whose result is
 * another factory's, handed the caller's handler and a named function to run with it. It authenticates when that
 * function does (the link step follows it); one handed no function (`withMiddleware(handler, undefined)`) proves nothing.
 */
function handedMiddleware(definition: FunctionLike): string[] | undefined {
  const parameters = new Set<string>();
  for (const parameter of definition.parameters) collectNames(parameter.name, parameters);
  const returned = returnedExpressions(definition);
  if (!returned?.length) return undefined;
  const handed = new Set<string>();
  for (const result of returned) {
    const call = unwrapExpression(result);
    if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
    const names = call.arguments.map(unwrapExpression).filter(ts.isIdentifier);
    if (!names.some((argument) => parameters.has(argument.text))) return undefined;
    const functions = names.filter((argument) => !parameters.has(argument.text) && (functionBoundTo(argument.text, argument) !== undefined || importedModuleOf(argument.text, argument) !== undefined));
    if (functions.length === 0) return undefined;
    for (const handedFunction of functions) handed.add(handedFunction.text);
  }
  return [...handed];
}

/** A schema run over one of the function's (or its returned middleware's) parameters: `schema.safeParse(req.body)`, `ajv.compile(s)`. */
function validatesParameter(definition: ts.Node): boolean {
  if (!textMatches(definition, schemaCallHint) && !textMatches(definition.getSourceFile(), functionalValidatorSpelling)) return false;
  const parameters = new Set<string>();
  for (const kind of functionKinds) {
    for (const fn of descendantsOfKind<FunctionLike>(definition, kind)) for (const parameter of fn.parameters) collectNames(parameter.name, parameters);
  }
  // `const object = pick(req, keys)`: a value built from a parameter carries it to the schema.
  for (const declaration of descendantsOfKind<ts.VariableDeclaration>(definition, ts.SyntaxKind.VariableDeclaration)) {
    if (declaration.initializer && mentionsAny(declaration.initializer, parameters)) collectNames(declaration.name, parameters);
  }
  return descendantsOfKind<ts.CallExpression>(definition, ts.SyntaxKind.CallExpression).some((call) => isSchemaCall(call, parameters));
}

const validationResultSpelling = /\bvalidationResult\b/;

/**
 * `validate(...chains)` returning `compose([...chains, check])` where `check` runs express-validator's
 * `validationResult(req)` and answers 4xx (or throws) when it is not empty: it runs the chains it is handed and turns
 * the request away when one fails. What it validates is what those chains name, read at each use (see chainRunners).
 */
function runsHandedChains(definition: FunctionLike): boolean {
  if (!textMatches(definition, validationResultSpelling)) return false;
  const handed = new Set<string>();
  for (const parameter of definition.parameters) collectNames(parameter.name, handed);
  const returned = returnedExpressions(definition);
  if (handed.size === 0 || !returned?.some((result) => mentionsAny(result, handed))) return false;
  return descendantsOfKind<ts.IfStatement>(definition, ts.SyntaxKind.IfStatement).some(rejectsFailedResult);
}

/**
 * `if (!result.isEmpty()) res.status(422)…`, `if (result.isEmpty()) next(); else …` or `if (result.isEmpty()) return
 * next();` followed by the refusal, with `result = validationResult(req)`.
 */
function rejectsFailedResult(statement: ts.IfStatement): boolean {
  let condition = unwrapExpression(statement.expression);
  const negated = ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken;
  if (ts.isPrefixUnaryExpression(condition)) condition = unwrapExpression(condition.operand);
  if (!ts.isCallExpression(condition) || !ts.isPropertyAccessExpression(condition.expression) || condition.expression.name.text !== "isEmpty") return false;
  if (!isValidationResult(condition.expression.expression)) return false;
  if (negated) return rejectsRequest(statement.thenStatement);
  if (statement.elseStatement) return rejectsRequest(statement.elseStatement);
  // The passing branch returns: what follows it in the block runs only for a failed result.
  const block = statement.parent;
  if (!leavesBranch(statement.thenStatement) || !ts.isBlock(block)) return false;
  return block.statements.slice(block.statements.indexOf(statement) + 1).some(rejectsRequest);
}

/** `return next();` or a block ending so. */
function leavesBranch(branch: ts.Statement): boolean {
  const last = ts.isBlock(branch) ? branch.statements[branch.statements.length - 1] : branch;
  return !!last && ts.isReturnStatement(last);
}

/** `validationResult(req)` from express-validator, in place or through the `const` holding it. */
function isValidationResult(node: ts.Expression): boolean {
  let value = unwrapExpression(node);
  if (ts.isIdentifier(value)) value = constInitializerOf(value) ?? value;
  if (!ts.isCallExpression(value) || !ts.isIdentifier(value.expression)) return false;
  return value.expression.text === "validationResult" && importedModuleOf("validationResult", value.expression) === "express-validator";
}

/** The kinds `isFunctionLike` accepts. */
const functionKinds = [ts.SyntaxKind.ArrowFunction, ts.SyntaxKind.FunctionExpression, ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.MethodDeclaration];

function isSchemaCall(call: ts.CallExpression, parameters: ReadonlySet<string>): boolean {
  const callee = unwrapExpression(call.expression);
  const usesParameter = call.arguments.some((argument) => parameters.has(rootName(argument) ?? ""));
  if (ts.isPropertyAccessExpression(callee)) {
    const receiver = rootName(callee.expression) ?? "";
    if (ajvSchemaLookups.has(callee.name.text) && /ajv/i.test(receiver)) return true;
    if (!schemaMethods.has(callee.name.text) || nonSchemaReceiver.test(receiver)) return false;
    return parameters.has(receiver) || usesParameter;
  }
  if (ts.isIdentifier(callee)) return usesParameter && functionalValidators.test(importedModuleOf(callee.text, callee) ?? "");
  return false;
}

/** Ajv's ways to a validating function: compiling a schema, or fetching one added before by its key. */
const ajvSchemaLookups = new Set(["compile", "getSchema"]);

/**
 * `function route(opts) { const validate = ajv.getSchema(opts.requestBody); return (req, res, next) => { if
 * (!validate(req.body)) throw …; next(); } }`: the factory validates with the schema one option of its parameter names,
 * so only where a call names that option, and it hands that schema `req.body`: the option and the request part.
 */
function schemaOptionOf(factory: FunctionLike): { option: string; source: ChainSource } | undefined {
  const options = new Set<string>();
  for (const parameter of factory.parameters) collectNames(parameter.name, options);
  for (const call of descendantsOfKind<ts.CallExpression>(factory, ts.SyntaxKind.CallExpression)) {
    const callee = unwrapExpression(call.expression);
    const [argument] = call.arguments;
    if (!ts.isPropertyAccessExpression(callee) || !ajvSchemaLookups.has(callee.name.text) || !argument) continue;
    const named = unwrapExpression(argument);
    if (!ts.isPropertyAccessExpression(named) || !ts.isIdentifier(named.expression) || !options.has(named.expression.text)) continue;
    const holder = validatingFunctionName(call);
    if (holder === undefined) continue;
    const handed = descendantsOfKind<ts.CallExpression>(factory, ts.SyntaxKind.CallExpression).flatMap((use) => {
      const usedCallee = unwrapExpression(use.expression);
      return ts.isIdentifier(usedCallee) && usedCallee.text === holder && use.arguments[0] ? [unwrapExpression(use.arguments[0])] : [];
    });
    if (handed.length === 0) continue;
    const parts = new Set(handed.map((value) => (ts.isPropertyAccessExpression(value) && requestParts.has(value.name.text) ? value.name.text : "all")));
    const [source] = parts;
    return { option: named.name.text, source: parts.size === 1 ? (source as ChainSource) : "all" };
  }
  return undefined;
}
const requestParts = new Set(["body", "query", "params", "headers"]);

/** `const validate = ajv.getSchema(…)` or `validate = ajv.getSchema(…)`: the local the validating function is kept in. */
function validatingFunctionName(call: ts.CallExpression): string | undefined {
  let value: ts.Node = call;
  // Through `cond ? ajv.getSchema(opts.x) : undefined` too: where the lookup runs, its result is the validator.
  while (ts.isParenthesizedExpression(value.parent) || ts.isAsExpression(value.parent) || ts.isNonNullExpression(value.parent) || (ts.isConditionalExpression(value.parent) && value.parent.condition !== value)) value = value.parent;
  const parent = value.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isBinaryExpression(parent) && parent.right === value && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(parent.left)) return parent.left.text;
  return undefined;
}

/** `req.body.items` → `req`; `await req.json()` → `req`. */
function rootName(node: ts.Expression): string | undefined {
  let current = unwrapExpression(node);
  while (ts.isAwaitExpression(current) || ts.isCallExpression(current) || ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) {
    current = unwrapExpression(current.expression);
  }
  return ts.isIdentifier(current) ? current.text : dottedName(current);
}

function mentionsAny(node: ts.Node, names: ReadonlySet<string>): boolean {
  if (ts.isIdentifier(node)) return names.has(node.text);
  return ts.forEachChild(node, (child) => mentionsAny(child, names) || undefined) === true;
}

function collectNames(binding: ts.BindingName, into: Set<string>): void {
  if (ts.isIdentifier(binding)) into.add(binding.text);
  else for (const element of binding.elements) if (!ts.isOmittedExpression(element)) collectNames(element.name, into);
}

/**
 * How many routes sharing one cause make it one question rather than a gap a route: routes through one unproven wrapper
 * (the project's convention), or open routes of one file in a package that authenticates nowhere (missing-auth).
 */
export const projectConventionSize = 3;
/** In a folder, a wrapper most of whose routes go through it, and at least this many, is the folder's convention. */
const folderConventionSize = 2;

/** Routes (of any shape) grouped by the wrapper Harden could not prove authenticates: the project's or a folder's convention. */
export interface WrapperConvention<Route> {
  /** The wrapper's key: where it is defined and its name. */
  key: string;
  scope: "project" | "folder";
  /** The folder whose routes follow it, for a folder convention. */
  folder?: string;
  /** The routes that go through it (in the folder, for `byFolder`), in a stable order; the first carries the one finding. */
  routes: Route[];
  /** With a folder: how many routes of the folder must be guarded. */
  folderSize?: number;
}

/**
 * The conventions sibling routes follow, from the routes that must be guarded: `wrapperOf` gives a route's outermost
 * unproven wrapper (its key), `folderOf` the folder whose routes are its siblings. A wrapper used by
 * `projectConventionSize` routes of the project is the project's convention; otherwise one used by most (and at least
 * `folderConventionSize`) of the routes of a folder is that folder's. Answers, per route, the convention it follows,
 * and, per folder, the one its routes follow (against which a route without any wrapper deviates).
 */
export function wrapperConventions<Route>(
  routes: readonly Route[],
  wrapperOf: (route: Route) => string | undefined,
  folderOf: (route: Route) => string,
): { followed: Map<Route, WrapperConvention<Route>>; byFolder: Map<string, WrapperConvention<Route>> } {
  const byWrapper = new Map<string, Route[]>();
  const folders = new Map<string, { size: number; byWrapper: Map<string, Route[]> }>();
  for (const route of routes) {
    const folder = folderOf(route);
    const entry = folders.get(folder) ?? { size: 0, byWrapper: new Map<string, Route[]>() };
    folders.set(folder, entry);
    entry.size++;
    const key = wrapperOf(route);
    if (key === undefined) continue;
    byWrapper.set(key, [...(byWrapper.get(key) ?? []), route]);
    entry.byWrapper.set(key, [...(entry.byWrapper.get(key) ?? []), route]);
  }
  const followed = new Map<Route, WrapperConvention<Route>>();
  const byFolder = new Map<string, WrapperConvention<Route>>();
  for (const [key, users] of byWrapper) {
    if (users.length < projectConventionSize) continue;
    const convention: WrapperConvention<Route> = { key, scope: "project", routes: users };
    for (const route of users) followed.set(route, convention);
  }
  for (const [folder, entry] of folders) {
    for (const [key, users] of entry.byWrapper) {
      if (users.length < folderConventionSize || users.length * 2 <= entry.size) continue;
      const isProjectWide = followed.has(users[0]!);
      const convention: WrapperConvention<Route> = { key, scope: isProjectWide ? "project" : "folder", folder, routes: users, folderSize: entry.size };
      byFolder.set(folder, convention);
      if (!isProjectWide) for (const route of users) followed.set(route, convention);
    }
  }
  return { followed, byFolder };
}

/**
 * `try { await requireRole("admin"); return null } catch { return Response.json(…, { status: 401 }) }`: the function
 * answers a throw of what it awaits first as unauthenticated. Whether it authenticates is whether that call does (a
 * delegate: the link step asks its callees), however the errors are named.
 */
function answersFailedCallAsUnauthenticated(body: ts.Node): boolean {
  if (!isFunctionLike(body) || !body.body || !ts.isBlock(body.body)) return false;
  return body.body.statements.some((statement) => callRefusedAsUnauthenticated(statement) !== undefined);
}
