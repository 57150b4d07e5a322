// Project functions that check an argument before trusting it, found by what their bodies do: a parameter run through
// a schema validator (`schema.parse(input)`, class-validator on `plainToInstance(Dto, input)`), or one whose every use
// is a check — `typeof`, `instanceof`, an equality, a `switch`, an allow-list, a predicate deciding a branch, a
// conversion (`String(v)`, `!!v`) — or sits behind one (`typeof v === "string" ? v : null`, `if (!Array.isArray(v))
// throw …` before the rest). Recorded per function (`name`, `Class.method`, `object.method`) in
// `summary.checkedParameters`, so a handler that hands a request
// input to it, in this file or another, has that input checked. Also the functions that set up a protocol server
// (`summary.protocolServerFactories`): a handler that hands its input only to such a server's methods has it checked by
// the protocol. Also which class each class extends (`summary.classBases`), so a static method a class inherits is
// found on its base. Records only; never reports.
import { ts } from "ts-morph";
import type { Extractor } from "./summarize.js";
import type { FileSummary } from "./types.js";
import { isNestJwtVerify, jwtCall } from "./jwt-calls.js";
import { inlineExportName } from "./module-bindings.js";
import { identifiersNamed } from "../engine/node-index.js";
import { calleeModuleOf, calleeText, endsByReturnOrThrow, findDeclaration, functionBoundTo, projectCalleeName, importedModuleOf, importedModuleOfCallee, isCommonJsExports, isFunctionLike, isInCondition, packageOf, textMatches, unwrapExpression, type FunctionLike } from "./syntax.js";

/** Methods that check a value against a schema the receiver holds (`schema.safeParse(x)`, `Joi.attempt`, `validator.validate`). */
const schemaMethods = new Set(["parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "validateSync", "validateAsync", "validateOrReject", "attempt", "Check", "Decode", "assert", "is"]);
/** Receivers whose `parse` reads text rather than checking a shape. */
const textParsers = /^(JSON|qs|querystring|url|URL|path|Date|cookie|yaml|YAML|toml|Papa|csv|Number)$/;
/**
 * Modules whose every export validates what it is given (`z.object(...).parse`, `v.parse`, `assert(data, Struct)`,
 * `validate(dto)` of class-validator): the one list request reads and parameter checks ask.
 */
const validatorModules: ReadonlySet<string> = new Set([
  "zod",
  "zod/v4",
  "zod/mini",
  "valibot",
  "joi",
  "yup",
  "ajv",
  "superstruct",
  "class-validator",
  "@sinclair/typebox",
  "@sinclair/typebox/value",
  "io-ts",
  "arktype",
  "runtypes",
  "simple-runtypes",
  "typia",
  "effect",
  "@effect/schema",
  "express-validator",
  // `s.string().run(x)` / `.parse(x)` / `.is(x)` check `x` against the schema the chain built.
  "@sapphire/shapeshift",
  // `makeBadge(format)` throws unless each field it draws is text and `style` one of its names.
  "badge-maker",
]);

/**
 * Middleware packages whose every export, used in a route's chain, validates the request: express-openapi-validator
 * checks each request against the operation its OpenAPI document declares (body schema, declared query parameters).
 */
const validationMiddlewareModule =
  /^(celebrate|express-validation|express-validator|express-joi-validation|express-json-validator-middleware|express-openapi-validator|zod-express-middleware|express-zod-safe|zod-express|hono\/validator|@hono\/[\w-]+-validator|@sinclair\/typebox|zod|joi|yup|valibot|ajv)$/;

/** Whether `specifier` names a package whose middleware validates the requests of the routes it is mounted before. */
export function isValidationMiddlewareModule(specifier: string): boolean {
  return validationMiddlewareModule.test(specifier);
}

/** Whether `specifier` (`zod`, `npm:valibot@1`, `https://esm.sh/zod`) names a module whose every export validates. */
export function isValidatorModule(specifier: string): boolean {
  return validatorModules.has(packageOf(specifier));
}
/** Calls that turn whatever they are given into a number, text or boolean (`Number(x)`, `String(x)`). */
export const coercions: ReadonlySet<string> = new Set(["Number", "parseInt", "parseFloat", "String", "Boolean", "BigInt", "Number.parseInt", "Number.parseFloat"]);

/**
 * `sanitizeHtml(value, options)` (sanitize-html): whatever it is handed, it answers a string, the text it kept; a value
 * that is no text comes out as its text form or empty, so what goes on is text, as after `String(value)`.
 */
export function isTextSanitizerCall(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  return ts.isIdentifier(callee) && importedModuleOf(callee.text, callee) === "sanitize-html";
}

/** `!!x`: whatever `x` is, a boolean. */
export function isDoubleNegation(node: ts.Node): boolean {
  return ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken && ts.isPrefixUnaryExpression(node.parent) && node.parent.operator === ts.SyntaxKind.ExclamationToken;
}

/** Calls whose answer about their argument is a type or range check. */
const typeTests = new Set(["Array.isArray", "Number.isFinite", "Number.isInteger", "Number.isSafeInteger", "Number.isNaN", "isNaN", "isFinite", "Buffer.isBuffer"]);

/**
 * Protocol servers that check every message they are handed against the protocol itself: MCP transports parse each
 * JSON-RPC message with the protocol's schemas; SAML and OAuth/OIDC servers verify a SAML response's signature and
 * reject a grant whose parameters, code or PKCE verifier do not match what they issued.
 */
export const protocolServerModules = /^(@modelcontextprotocol\/sdk(\/.*)?|@hono\/mcp|@boxyhq\/saml-jackson|oidc-provider|oauth2-server|@node-oauth\/oauth2-server|samlify|@node-saml\/node-saml)$/;
const protocolServerSpelling = /modelcontextprotocol|@hono\/mcp|saml|oidc-provider|oauth2-server/;

/**
 * Functions, by module and export, that take a whole request and check it themselves, as a protocol server's methods
 * do: `@vercel/blob`'s `handleUpload({ body, request })` accepts only its own event types and verifies the signature of
 * the upload-completed callback before calling the project back.
 */
const requestConsumingExports: ReadonlyMap<string, ReadonlySet<string>> = new Map([["@vercel/blob/client", new Set(["handleUpload"])]]);

/** A call of a request-consuming export, imported by name (also renamed) or through the module's namespace. */
export function isRequestConsumingCall(call: ts.CallExpression): boolean {
  const { module, member } = calleeModuleOf(call.expression);
  return !!module && requestConsumingExports.get(module)?.has(member) === true;
}

export const parameterChecks: Extractor = {
  kinds: [ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.MethodDeclaration, ts.SyntaxKind.Constructor, ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.BinaryExpression],
  visit(node, { summary, sourceFile, memo }) {
    if (ts.isClassDeclaration(node)) {
      // `class UploadCommand extends ScopedCommand`: a static method it inherits (`UploadCommand.create(input)`) is the base's.
      const base = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
      if (node.name && base && ts.isIdentifier(base)) (summary.classBases ??= []).push({ name: node.name.text, base: base.text });
      return;
    }
    for (const { name, definition } of namedFunctions(node)) {
      const { checked, forwards, fieldChecks } = parameterFactsOf(definition, sourceFile, memo !== undefined);
      if (checked.length > 0) record(summary, name, checked);
      for (const fieldCheck of fieldChecks) (summary.carriedParameters ??= []).push({ name, ...fieldCheck });
      const joined = textMatches(definition, joinCall) ? joinedParameterIndices(definition) : [];
      if (joined.length > 0) (summary.joinedParameters ??= []).push({ name, parameters: joined });
      for (const forward of forwards) (summary.forwardedParameters ??= []).push({ name, ...forward });
      if (!name.includes(".") && textMatches(sourceFile, protocolServerSpelling) && setsUpProtocolServer(definition)) {
        const factories = (summary.protocolServerFactories ??= []);
        if (!factories.includes(name)) factories.push(name);
      }
    }
  },
};

interface ParameterFacts {
  checked: number[];
  forwards: Array<{ parameter: number; callee: string; index: number }>;
  /** Parameters whose every use is a check or carries its values into arguments of project functions (see carriedInto). */
  fieldChecks: Array<{ parameter: number; landings: Array<{ callee: string; index: number }> }>;
}

/**
 * What a function does with its parameters, remembered for functions declared at the top of the file (or as methods of
 * its top-level classes and objects): their answers rest on their own text, kept whole while an edit elsewhere lets the
 * parser reuse their node, and on the file's top-level names, which the key holds. A keystroke in one handler of a large
 * controller works out that handler's facts again, not every method's. Only an open document (`remembers`, it has a
 * member memo) is parsed again from its previous tree: a file read from disk is summarised once, and its key not built.
 */
function parameterFactsOf(definition: FunctionLike | ts.ConstructorDeclaration, sourceFile: ts.SourceFile, remembers: boolean): ParameterFacts {
  const scope = remembers && isDeclaredAtTop(definition) ? topLevelNamesOf(sourceFile) + classMembersOf(definition, sourceFile) : undefined;
  const known = scope === undefined ? undefined : factsByDefinition.get(definition);
  if (known && known.scope === scope) return known.facts;
  // The references of every parameter, found once for both questions.
  const references = parameterReferences(definition);
  const carried = new Map<number, Carried>();
  const checked = checkedParameterIndices(definition, references, carried);
  const facts = { checked, forwards: forwardedParameters(definition, checked, references), fieldChecks: carriedParameters(carried) };
  if (scope !== undefined) factsByDefinition.set(definition, { scope, facts });
  return facts;
}

const factsByDefinition = new WeakMap<ts.Node, { scope: string; facts: ParameterFacts }>();

/** No function encloses the definition: every name it does not declare itself is one of the file's top-level names. */
function isDeclaredAtTop(definition: ts.Node): boolean {
  for (let node = definition.parent; !ts.isSourceFile(node); node = node.parent) {
    if (ts.isFunctionLike(node) || ts.isBlock(node) || ts.isModuleBlock(node) || ts.isClassStaticBlockDeclaration(node)) return false;
  }
  return true;
}

/** The file's imports and top-level declarations (with what each `require` names): all that resolving a name outside a top-level function reads. */
function topLevelNamesOf(sourceFile: ts.SourceFile): string {
  let names = topLevelNames.get(sourceFile);
  if (names === undefined) {
    const parts: string[] = [];
    for (const statement of sourceFile.statements) {
      if (ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement)) parts.push(statement.getText(sourceFile));
      else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) parts.push(statement.name.text);
      else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) parts.push(`${declaration.name.getText(sourceFile)}=${requiredSpecifier(declaration.initializer) ?? ""}`);
      }
    }
    names = parts.join("\n");
    topLevelNames.set(sourceFile, names);
  }
  return names;
}

const topLevelNames = new WeakMap<ts.SourceFile, string>();

/**
 * A method's class's fields and constructor parameters, which name the classes its `this.member.method(...)` calls reach;
 * kept per class, whose every method asks (a reused class node has the same text).
 */
function classMembersOf(definition: ts.Node, sourceFile: ts.SourceFile): string {
  const owner = definition.parent;
  if (!ts.isClassLike(owner)) return "";
  let members = membersByClass.get(owner);
  if (members === undefined) membersByClass.set(owner, (members = classMembersText(owner, sourceFile)));
  return members;
}

const membersByClass = new WeakMap<ts.ClassLikeDeclaration, string>();

function classMembersText(owner: ts.ClassLikeDeclaration, sourceFile: ts.SourceFile): string {
  return owner.members
    .filter((member) => ts.isPropertyDeclaration(member) || ts.isConstructorDeclaration(member))
    .map((member) => (ts.isConstructorDeclaration(member) ? member.parameters.map((parameter) => parameter.getText(sourceFile)).join(",") : member.getText(sourceFile)))
    .join("\n");
}

/** `require("x")` or `require("x").member`: "x". */
function requiredSpecifier(initializer: ts.Expression | undefined): string | undefined {
  let value = initializer && unwrapExpression(initializer);
  if (value && ts.isPropertyAccessExpression(value)) value = unwrapExpression(value.expression);
  return value && ts.isCallExpression(value) && calleeText(value) === "require" ? stringLiteralText(value.arguments[0]) : undefined;
}

/**
 * The function makes a protocol server and returns what it made: it calls into a protocol-server package (`new
 * StreamableHTTPServerTransport()`, `controllers(options)`, `(await import("@boxyhq/saml-jackson")).controllers(…)`) and
 * returns a value.
 */
function setsUpProtocolServer(definition: FunctionLike | ts.ConstructorDeclaration): boolean {
  const body = definition.body;
  if (!body) return false;
  let makes = false;
  let returns = !ts.isBlock(body);
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node) && node.expression) returns = true;
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && isProtocolServerCall(node)) makes = true;
    if (!(makes && returns)) ts.forEachChild(node, visit);
  };
  visit(body);
  return makes && returns;
}

/**
 * OAuth client libraries whose code-exchange methods (`codeExchangeMethods`) send the authorization code to the
 * provider's token endpoint, which refuses a code it did not issue for this client and redirect URI.
 */
export const oauthClientModules = /^(simple-oauth2|google-auth-library|googleapis|openid-client)$/;
/** simple-oauth2 `AuthorizationCode#getToken`, google-auth-library `OAuth2Client#getToken`, openid-client `callback`/`authorizationCodeGrant`. */
export const codeExchangeMethods: ReadonlySet<string> = new Set(["getToken", "callback", "authorizationCodeGrant"]);

/** A call or `new` on something imported from a protocol-server package (or `modules`), or on a dynamic import of one. */
export function isProtocolServerCall(call: ts.CallExpression | ts.NewExpression, modules: RegExp = protocolServerModules): boolean {
  let root: ts.Expression = unwrapExpression(call.expression);
  while (ts.isPropertyAccessExpression(root) || ts.isCallExpression(root) || ts.isAwaitExpression(root) || ts.isParenthesizedExpression(root)) {
    if (ts.isCallExpression(root) && root.expression.kind === ts.SyntaxKind.ImportKeyword) return modules.test(stringLiteralText(root.arguments[0]) ?? "");
    root = unwrapExpression(root.expression);
  }
  return ts.isIdentifier(root) && modules.test(importedModuleOf(root.text, root) ?? "");
}

function stringLiteralText(node: ts.Node | undefined): string | undefined {
  return node && ts.isStringLiteralLike(node) ? node.text : undefined;
}

function record(summary: FileSummary, name: string, parameters: number[]): void {
  const list = (summary.checkedParameters ??= []);
  if (!list.some((entry) => entry.name === name)) list.push({ name, parameters });
}

/** `exports` or `module.exports`. */
/**
 * `function f`, `const f = () => …`, `exports.f = () => …` (CommonJS, as `exports.f`: see inlineExportName), `class C { m() {} }` as `C.m` (its
 * constructor as `C.constructor`), `const o = { m() {} }` as `o.m`.
 */
function namedFunctions(node: ts.Node): Array<{ name: string; definition: FunctionLike | ts.ConstructorDeclaration }> {
  if (ts.isBinaryExpression(node)) {
    // Every binary expression of every file comes here: syntax kinds first, text never.
    const target = node.left;
    if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isPropertyAccessExpression(target) || !ts.isExpressionStatement(node.parent)) return [];
    const value = unwrapExpression(node.right);
    return isFunctionLike(value) && isCommonJsExports(target.expression) ? [{ name: inlineExportName(target.name.text), definition: value }] : [];
  }
  if (ts.isFunctionDeclaration(node)) return node.name && node.body ? [{ name: node.name.text, definition: node }] : [];
  if ((ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node)) && node.body) {
    const owner = node.parent;
    const member = ts.isConstructorDeclaration(node) ? "constructor" : ts.isIdentifier(node.name) ? node.name.text : undefined;
    if (!member) return [];
    if (ts.isClassDeclaration(owner) && owner.name) return [{ name: `${owner.name.text}.${member}`, definition: node }];
    const variable = ts.isObjectLiteralExpression(owner) ? owner.parent : undefined;
    if (variable && ts.isVariableDeclaration(variable) && ts.isIdentifier(variable.name)) return [{ name: `${variable.name.text}.${member}`, definition: node }];
    return [];
  }
  if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return [];
  const initializer = unwrapExpression(node.initializer);
  if (isFunctionLike(initializer)) return [{ name: node.name.text, definition: initializer }];
  if (!ts.isObjectLiteralExpression(initializer)) return [];
  // `const service = { create: async (input) => … }`; method shorthand is visited as a MethodDeclaration.
  return initializer.properties.flatMap((property) => {
    if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) return [];
    const value = unwrapExpression(property.initializer);
    return isFunctionLike(value) ? [{ name: `${(node.name as ts.Identifier).text}.${property.name.text}`, definition: value }] : [];
  });
}

/** The references within the body to each parameter named by an identifier. */
function parameterReferences(definition: FunctionLike | ts.ConstructorDeclaration): Map<string, ts.Identifier[]> {
  const names = new Set(definition.parameters.flatMap((parameter) => (ts.isIdentifier(parameter.name) && !isThisParameter(parameter) ? [parameter.name.text] : [])));
  return names.size === 0 || !definition.body ? new Map() : referencesToAny(names, definition.body);
}

/**
 * The positions of the parameters `definition` validates or checks by hand before any other use. `carried` gets, for
 * each other parameter whose uses all check or carry its values, the calls they are carried into (see carriedInto).
 */
function checkedParameterIndices(definition: FunctionLike | ts.ConstructorDeclaration, references: ReadonlyMap<string, ts.Identifier[]>, carried: Map<number, Carried>): number[] {
  const body = definition.body;
  if (!body) return [];
  const indices: number[] = [];
  // A `this` parameter (`static create(this: new () => T, data: T)`) is a type annotation, not an argument.
  const parameters = definition.parameters.filter((parameter) => !isThisParameter(parameter));
  parameters.forEach((parameter, index) => {
    if (!ts.isIdentifier(parameter.name)) return;
    const uses = references.get(parameter.name.text) ?? [];
    if (isChecked(parameter.name.text, uses, body, 0)) {
      indices.push(index);
      return;
    }
    const values = carriedInto(parameter.name.text, uses, body);
    if (values?.whole && values.landings.every(({ call }) => isValidatorCall(call))) indices.push(index);
    else if (values) carried.set(index, values);
  });
  return indices;
}

/** Where a parameter's values land: an argument of a call. */
interface Landing {
  call: ts.CallExpression;
  index: number;
}

/**
 * The calls a parameter's values land in; `whole` when the parameter itself lands there, not only fields taken from it
 * (`const { from } = range`), whose other fields the function never reads.
 */
interface Carried {
  landings: Landing[];
  whole: boolean;
}

/**
 * Parameters whose values all land in validators or in arguments of project functions (none anywhere else): a caller
 * handing one a whole input has each field the function reads checked when those functions check what they get, and
 * no other field read. A parameter handed whole to a validator is checked outright (`checkedParameters`).
 */
function carriedParameters(carried: ReadonlyMap<number, Carried>): ParameterFacts["fieldChecks"] {
  const found: ParameterFacts["fieldChecks"] = [];
  for (const [parameter, { landings }] of carried) {
    const projectLandings: Array<{ callee: string; index: number }> = [];
    const placed = landings.every(({ call, index }) => {
      if (isValidatorCall(call)) return true;
      const callee = projectCalleeName(call);
      if (!callee || !isProjectCallee(callee, call)) return false;
      if (!projectLandings.some((landing) => landing.callee === callee && landing.index === index)) projectLandings.push({ callee, index });
      return true;
    });
    if (placed) found.push({ parameter, landings: projectLandings });
  }
  return found;
}

/**
 * `const { from, to, offset } = params; const range = from && to ? { from, to } : undefined; checkRange({ range,
 * offset: Number(offset) })`: every use of the parameter, or of a name taken from it, is a check or carries the value
 * (in object literals, through `?:` and variables) into an argument of a call. The calls it lands in, or undefined
 * when some use does neither: whether the values are checked is then the answer of those calls.
 */
function carriedInto(name: string, references: readonly ts.Identifier[], scope: ts.Node): Carried | undefined {
  if (references.length === 0) return undefined;
  const landings: Landing[] = [];
  let whole = false;
  const carries = (value: ts.Node, depth: number): boolean => {
    if (depth > 6) return false;
    const outer = outerValue(value);
    const parent = outer.parent;
    if (ts.isCallExpression(parent) && parent.arguments.includes(outer as ts.Expression)) {
      landings.push({ call: parent, index: parent.arguments.indexOf(outer as ts.Expression) });
      return true;
    }
    if ((ts.isShorthandPropertyAssignment(parent) && parent.name === outer) || (ts.isPropertyAssignment(parent) && parent.initializer === outer)) return carries(parent.parent, depth + 1);
    if (ts.isConditionalExpression(parent) && parent.condition !== outer) return carries(parent, depth + 1);
    if (!ts.isVariableDeclaration(parent) || parent.initializer !== outer || !ts.isIdentifier(parent.name)) return false;
    const held = parent.name.text;
    const uses = usesOf(parent.name, scope);
    return uses.length > 0 && uses.every((use) => isCheckedUse(use, held, scope, 2) || carries(use, depth + 1));
  };
  const accounted = references.every((reference) => {
    if (isCheckedUse(reference, name, scope, 0)) return true;
    const outer = outerValue(reference);
    const declaration = outer.parent;
    // `params.filters`: a field read is followed on its own.
    if (ts.isPropertyAccessExpression(declaration) && declaration.expression === outer && !(ts.isCallExpression(declaration.parent) && declaration.parent.expression === declaration)) {
      return carries(declaration, 0);
    }
    if (!ts.isVariableDeclaration(declaration) || declaration.initializer !== outer || !ts.isObjectBindingPattern(declaration.name)) {
      whole = true;
      return carries(reference, 0);
    }
    // `const { from, to } = params`: each name taken from it is followed.
    return declaration.name.elements.every((element) => {
      if (element.dotDotDotToken || !ts.isIdentifier(element.name)) return false;
      const field = element.name.text;
      return usesOf(element.name, scope).every((use) => isCheckedUse(use, field, scope, 2) || carries(use, 0));
    });
  });
  return accounted && landings.length > 0 ? { landings, whole } : undefined;
}

/** A call of `.join(`: only a function whose text has one can join a parameter into text. */
const joinCall = /\.join\s*\(/;

/**
 * The positions of the parameters `definition` only joins into text (`parts.join(" ")`, `parts.filter(Boolean).join("")`):
 * whatever an element of the array it is handed was, the function makes a string of it.
 */
function joinedParameterIndices(definition: FunctionLike | ts.ConstructorDeclaration): number[] {
  const body = definition.body;
  if (!body) return [];
  const indices: number[] = [];
  definition.parameters.filter((parameter) => !isThisParameter(parameter)).forEach((parameter, index) => {
    if (!ts.isIdentifier(parameter.name)) return;
    const references = referencesTo(parameter.name.text, body);
    if (references.length > 0 && references.every((reference) => isJoinedIntoText(outerValue(reference)))) indices.push(index);
  });
  return indices;
}

/** `array.join(…)`, through `.filter(…)` calls that keep some elements as they are. */
export function isJoinedIntoText(array: ts.Node): boolean {
  let receiver = array;
  for (;;) {
    const access = receiver.parent;
    if (!ts.isPropertyAccessExpression(access) || access.expression !== receiver || !ts.isCallExpression(access.parent) || access.parent.expression !== access) return false;
    if (access.name.text === "join") return true;
    if (access.name.text !== "filter") return false;
    receiver = access.parent;
  }
}

/**
 * The parameters not checked here that the function hands on as they are to a plain call (`checkRequest(c, body,
 * schema)`, `helpers.validateWith(schema, body)`, `this.posts.update(id, body)` with `posts: PostsRepository`): whether
 * they are checked is the callee's answer, which the project model looks up across files. A callback is not followed.
 */
function forwardedParameters(definition: FunctionLike | ts.ConstructorDeclaration, checked: number[], references: ReadonlyMap<string, ts.Identifier[]>): Array<{ parameter: number; callee: string; index: number }> {
  const body = definition.body;
  if (!body) return [];
  const forwards: Array<{ parameter: number; callee: string; index: number }> = [];
  definition.parameters.filter((parameter) => !isThisParameter(parameter)).forEach((parameter, index) => {
    if (checked.includes(index) || !ts.isIdentifier(parameter.name)) return;
    for (const reference of references.get(parameter.name.text) ?? []) {
      const outer = outerValue(reference);
      const call = outer.parent;
      if (!ts.isCallExpression(call)) continue;
      const position = call.arguments.indexOf(outer as ts.Expression);
      const callee = position < 0 ? undefined : projectCalleeName(call);
      if (callee && isProjectCallee(callee, call) && !forwards.some((forward) => forward.parameter === index && forward.callee === callee && forward.index === position)) {
        forwards.push({ parameter: index, callee, index: position });
      }
    }
  });
  return forwards;
}

/** The callee may be a project function: bound by an import, or a function or class declared at the top of this file (not a global such as `console`). */
function isProjectCallee(callee: string, call: ts.CallExpression): boolean {
  const root = callee.split(".")[0]!;
  if (root === "this") return false;
  if (importedModuleOf(root, call) !== undefined) return true;
  return call.getSourceFile().statements.some(
    (statement) =>
      ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name?.text === root) ||
      (ts.isVariableStatement(statement) && statement.declarationList.declarations.some((declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === root)),
  );
}

function isThisParameter(parameter: ts.ParameterDeclaration): boolean {
  return ts.isIdentifier(parameter.name) && parameter.name.text === "this";
}

/** Every reference to `name` within `scope` is checked (and there is one), or one of them goes through a schema validator. */
function isValueChecked(name: string, scope: ts.Node, depth: number): boolean {
  return isChecked(name, referencesTo(name, scope), scope, depth);
}

function isChecked(name: string, references: readonly ts.Identifier[], scope: ts.Node, depth: number): boolean {
  if (references.length === 0) return false;
  if (references.some((reference) => flowsIntoValidator(reference, scope, depth) || isReadAsProtobuf(reference))) return true;
  return references.every((reference) => isCheckedUse(reference, name, scope, depth));
}

/** The references within `scope` to `name`, in source order (from the file's node index: no walk of the scope). */
function referencesTo(name: string, scope: ts.Node): ts.Identifier[] {
  return identifiersNamed(scope, name).filter(isReference);
}

/** The references within `scope` to each of `names`. */
function referencesToAny(names: ReadonlySet<string>, scope: ts.Node): Map<string, ts.Identifier[]> {
  const found = new Map<string, ts.Identifier[]>();
  for (const name of names) {
    const references = referencesTo(name, scope);
    if (references.length > 0) found.set(name, references);
  }
  return found;
}

/** `schema.parse(value)`, `validate(value)` (class-validator), or `plainToInstance(Dto, value)` whose instance is validated. */
function flowsIntoValidator(reference: ts.Identifier, scope: ts.Node, depth: number): boolean {
  let outer = outerValue(reference);
  // `plainToInstance(Dto, { ...input })`: a copy spread into a fresh object is still the input.
  if (ts.isSpreadAssignment(outer.parent) && ts.isObjectLiteralExpression(outer.parent.parent)) outer = outerValue(outer.parent.parent);
  const call = outer.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(outer as ts.Expression)) return false;
  if (isValidatorCall(call) || isTokenVerification(call, outer) || isParsedForValidator(call, outer, scope, depth)) return true;
  // `const dto = plainToInstance(CreateDto, input); await validate(dto)`: the instance holds the input.
  const holder = outerValue(call).parent;
  const module = importedModuleOfCallee(call);
  if (module === "class-transformer" && ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) && depth < 2) {
    const instance = holder.name.text;
    return referencesTo(instance, scope).some((use) => flowsIntoValidator(use, scope, depth + 1));
  }
  return false;
}

/**
 * `let decoded; try { decoded = JSON.parse(raw) } catch { throw … } return schema.parse(decoded)`: the text is read as
 * JSON and what that gives is what the schema checks.
 */
function isParsedForValidator(call: ts.CallExpression, text: ts.Node, scope: ts.Node, depth: number): boolean {
  if (call.arguments[0] !== text || calleeText(call) !== "JSON.parse" || depth >= 2) return false;
  const parsed = outerValue(call);
  const holder = parsed.parent;
  if (ts.isCallExpression(holder) && holder.arguments.includes(parsed as ts.Expression)) return isValidatorCall(holder);
  const name =
    ts.isVariableDeclaration(holder) && holder.initializer === parsed
      ? holder.name
      : ts.isBinaryExpression(holder) && holder.right === parsed && holder.operatorToken.kind === ts.SyntaxKind.EqualsToken
        ? holder.left
        : undefined;
  return !!name && ts.isIdentifier(name) && referencesTo(name.text, scope).some((use) => flowsIntoValidator(use, scope, depth + 1));
}

/** The references within `scope` to the name `declared` declares (not to a later name spelled the same in an inner block). */
function usesOf(declared: ts.Identifier, scope: ts.Node): ts.Identifier[] {
  const declaration = findDeclaration(declared.text, declared);
  return referencesTo(declared.text, scope).filter((use) => findDeclaration(use.text, use) === declaration);
}

/** The wire readers of protobuf runtimes, which generated message code (ts-proto, protobufjs) decodes its bytes with. */
const protobufRuntimes = /^(@bufbuild\/protobuf(\/wire)?|protobufjs(\/minimal)?)$/;

/**
 * `new BinaryReader(input)`, `Reader.create(input)`: the bytes are read as protobuf wire data, field by field against the
 * generated message's schema (ts-proto's and protobufjs's `Message.decode(input)`); what comes out is a typed message.
 */
function isReadAsProtobuf(reference: ts.Identifier): boolean {
  const outer = outerValue(reference);
  const read = outer.parent;
  if (!(ts.isNewExpression(read) || ts.isCallExpression(read)) || read.arguments?.[0] !== outer) return false;
  let reader = unwrapExpression(read.expression);
  if (ts.isCallExpression(read)) {
    if (!ts.isPropertyAccessExpression(reader) || reader.name.text !== "create") return false;
    reader = unwrapExpression(reader.expression);
  }
  return ts.isIdentifier(reader) && protobufRuntimes.test(importedModuleOf(reader.text, reader) ?? "");
}

/** `verify(token, secret)` of a JWT library: only a token the server signed, unexpired, gets through; anything else throws. */
function isTokenVerification(call: ts.CallExpression, token: ts.Node): boolean {
  return call.arguments[0] === token && (jwtCall(call)?.member === "verify" || isNestJwtVerify(call));
}

function isValidatorCall(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  if (ts.isPropertyAccessExpression(callee)) {
    const receiver = calleeText(call)?.split(".")[0] ?? "";
    return schemaMethods.has(callee.name.text) && !textParsers.test(receiver);
  }
  return ts.isIdentifier(callee) && isValidatorModule(importedModuleOf(callee.text, callee) ?? "");
}

/** The use inspects the value (or reads it where a check has narrowed it) rather than passing it on unchecked. */
function isCheckedUse(reference: ts.Identifier, name: string, scope: ts.Node, depth: number): boolean {
  const outer = outerValue(reference);
  if (isCheck(outer) || isCoerced(outer) || isInThrownMessage(outer)) return true;
  if (isNarrowed(outer, (node) => isReferenceTo(node, name), scope)) return true;
  // `if (!raw) throw …`: a presence test passes nothing on; the other uses decide.
  if (isInCondition(outer)) return true;
  if (isParsedUrlChecked(outer, scope)) return true;
  // `const value = form.get(key)`, `input.email`: a value read from it and itself checked wherever it is used.
  const read = outer.parent;
  const isRead = (ts.isPropertyAccessExpression(read) || ts.isElementAccessExpression(read)) && read.expression === outer;
  // `typeof query.token === "string" ? query.token : undefined`: the field is what the check looks at and what goes on.
  const key = isRead ? fieldKeyOf(read) : undefined;
  if (key !== undefined && !(ts.isCallExpression(read.parent) && read.parent.expression === read)) {
    const field = outerValue(read);
    if (isCheck(field) || isNarrowed(field, (node) => isFieldRead(node, name, key), scope)) return true;
    if (depth < 2 && isHandedToCheckingHelper(field, depth)) return true;
  }
  if (!isRead || depth >= 2) return false;
  const value = ts.isCallExpression(read.parent) && read.parent.expression === read ? read.parent : read;
  const holder = outerValue(value).parent;
  return ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) && isValueChecked(holder.name.text, scope, depth + 1);
}

/**
 * `logoUri: uriOrNull(input.logo_uri)`: the field is handed to a function of this file that checks the parameter it
 * lands in (`(value: unknown) => typeof value === "string" && value.length < 200 ? value : null`).
 */
function isHandedToCheckingHelper(field: ts.Node, depth: number): boolean {
  const call = field.parent;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return false;
  const position = call.arguments.indexOf(field as ts.Expression);
  const helper = position < 0 ? undefined : functionBoundTo(call.expression.text, call);
  const parameter = helper?.parameters[position];
  if (!helper?.body || !parameter || !ts.isIdentifier(parameter.name) || parameter.dotDotDotToken) return false;
  return isValueChecked(parameter.name.text, helper.body, depth + 1);
}

/**
 * `throw new ApiError(`${name} cannot be read as an integer: ${p}`, 400)`: the value only becomes the text of the error
 * that refuses it, which trusts nothing about it.
 */
function isInThrownMessage(outer: ts.Node): boolean {
  let node: ts.Node = outer;
  while (ts.isTemplateSpan(node.parent) || ts.isTemplateExpression(node.parent) || ts.isParenthesizedExpression(node.parent) || (ts.isBinaryExpression(node.parent) && node.parent.operatorToken.kind === ts.SyntaxKind.PlusToken)) node = node.parent;
  const error = node.parent;
  return ts.isNewExpression(error) && (error.arguments ?? []).some((argument) => argument === node) && ts.isThrowStatement(error.parent);
}

/** `String(v)`, `Number(v)`, `!!v`: what goes on is a primitive, whatever the value was. */
function isCoerced(outer: ts.Node): boolean {
  const parent = outer.parent;
  if (isDoubleNegation(parent)) return true;
  return ts.isCallExpression(parent) && parent.arguments[0] === outer && (coercions.has(calleeText(parent) ?? "") || isTextSanitizerCall(parent));
}

/** Parts of a parsed URL that say where it points: checking one is an allow-list on the destination. */
const urlDestinationParts = new Set(["protocol", "host", "hostname", "origin", "port"]);

/**
 * `const url = new URL(raw); if (url.protocol !== "https:") throw …`: the value is parsed as a URL, which throws for
 * anything that is not one, and the parsed URL's scheme or host is then checked: what goes on is the checked URL.
 */
function isParsedUrlChecked(outer: ts.Node, scope: ts.Node): boolean {
  const parsed = outer.parent;
  if (!ts.isNewExpression(parsed) || parsed.arguments?.[0] !== outer || calleeText(parsed) !== "URL") return false;
  const holder = outerValue(parsed).parent;
  if (!ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name)) return false;
  return referencesTo(holder.name.text, scope).some((use) => {
    const part = use.parent;
    return ts.isPropertyAccessExpression(part) && part.expression === use && urlDestinationParts.has(part.name.text) && isCheck(outerValue(part));
  });
}

/**
 * The value itself is what a check looks at: `typeof v`, `v instanceof X`, `v === x`, `switch (v)`, `Array.isArray(v)`,
 * `allowed.includes(v)`, a predicate deciding a branch. With `narrows`, only checks that leave a known type or value
 * when they pass: not a test against `null`/`undefined`, nor `typeof v === "object"`, which says nothing of its fields.
 */
function isCheck(outer: ts.Node, narrows = false): boolean {
  const parent = outer.parent;
  if (ts.isTypeOfExpression(parent)) {
    const comparison = parent.parent;
    const other = ts.isBinaryExpression(comparison) ? (comparison.left === parent ? comparison.right : comparison.left) : undefined;
    return !narrows || (!!other && ts.isStringLiteralLike(other) && other.text !== "object" && other.text !== "undefined");
  }
  if (ts.isSwitchStatement(parent)) return parent.expression === outer;
  if (ts.isBinaryExpression(parent)) {
    const kind = parent.operatorToken.kind;
    if (kind === ts.SyntaxKind.InstanceOfKeyword) return parent.left === outer;
    const isEquality =
      kind === ts.SyntaxKind.EqualsEqualsEqualsToken ||
      kind === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
      kind === ts.SyntaxKind.EqualsEqualsToken ||
      kind === ts.SyntaxKind.ExclamationEqualsToken;
    const other = unwrapExpression(parent.left === outer ? parent.right : parent.left);
    return isEquality && !(narrows && isNullish(other));
  }
  if (ts.isCallExpression(parent) && parent.arguments.includes(outer as ts.Expression)) {
    if (typeTests.has(calleeText(parent) ?? "")) return true;
    return isInCondition(parent);
  }
  return isTextTestInCondition(outer);
}

/** Methods only text has, each answering a test of it: a list or an object has none of them and throws. */
const textTests = new Set(["startsWith", "endsWith", "match"]);

/**
 * `if (!target.startsWith("/")) return`: a test only text can pass decides a branch; the value that goes on past it is
 * text meeting the test (anything else threw).
 */
export function isTextTestInCondition(outer: ts.Node): boolean {
  const access = outer.parent;
  if (!ts.isPropertyAccessExpression(access) || access.expression !== outer || !textTests.has(access.name.text)) return false;
  const call = access.parent;
  return ts.isCallExpression(call) && call.expression === access && isInCondition(call);
}

/** Tells a node that stands for the value a check is about: a parameter, or one field of it. */
export type ValueMatcher = (node: ts.Node) => boolean;

function isReferenceTo(node: ts.Node, name: string): boolean {
  return ts.isIdentifier(node) && node.text === name && isReference(node);
}

/** `input.token` or `input["token"]`, with `input` the named parameter. */
function isFieldRead(node: ts.Node, name: string, key: string): boolean {
  return (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && isReferenceTo(node.expression, name) && fieldKeyOf(node) === key;
}

function fieldKeyOf(read: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
  return ts.isPropertyAccessExpression(read) ? read.name.text : stringLiteralText(read.argumentExpression);
}

/** A check of the value already holds where `outer` is: the true side of a `?:`, `&&` or `if` whose condition checks it, or after an `if` that checks it and leaves. */
export function isNarrowed(outer: ts.Node, name: ValueMatcher, scope: ts.Node): boolean {
  for (let child: ts.Node = outer, node = outer.parent; node && child !== scope; child = node, node = node.parent) {
    if (ts.isConditionalExpression(node) && node.whenTrue === child && checksName(node.condition, name)) return true;
    if (ts.isIfStatement(node) && node.thenStatement === child && checksName(node.expression, name)) return true;
    if (ts.isBinaryExpression(node) && node.right === child && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && checksName(node.left, name)) return true;
    if (ts.isBlock(node) || ts.isSourceFile(node)) {
      const index = node.statements.indexOf(child as ts.Statement);
      if (node.statements.slice(0, Math.max(index, 0)).some((statement) => isRejectingCheck(statement, name))) return true;
    }
  }
  return false;
}

/** `if (typeof v !== "string") throw …` / `if (!isValid(v)) return …`: a check of the value whose branch leaves. */
function isRejectingCheck(statement: ts.Statement, name: ValueMatcher): boolean {
  return ts.isIfStatement(statement) && !statement.elseStatement && checksName(statement.expression, name) && endsByReturnOrThrow(statement.thenStatement);
}

/** The expression contains a check of the value (see isCheck). */
function checksName(expression: ts.Node, name: ValueMatcher): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (name(node) && isCheck(outerValue(node), true)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(expression);
  return found;
}

export function isNullish(node: ts.Expression): boolean {
  return node.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(node) && node.text === "undefined") || ts.isVoidExpression(node);
}

/** Through parentheses, casts, `!` and `await`: the expression that carries the same value. */
function outerValue(node: ts.Node): ts.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    const keeps =
      ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isNonNullExpression(parent) || ts.isSatisfiesExpression(parent) || ts.isAwaitExpression(parent);
    if (!keeps) return current;
    current = parent;
  }
}

/** An identifier used as a value, not a property name, declaration name or key. */
function isReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) return false;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent) || ts.isFunctionDeclaration(parent)) && parent.name === node) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  return !ts.isTypeReferenceNode(parent);
}
