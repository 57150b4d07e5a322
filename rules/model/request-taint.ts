// Intra-procedural request taint: which expressions in a handler carry request-derived data (the inputs request-inputs.ts
// finds, plus upload file names, URLs, search params and Next.js route params) through variables, string building and
// `path.join`, and which of them a check contains where they are used (`path.basename`, an allow-list lookup, a prefix
// check on the resolved path). A check protects only the code it guards: the branch it selects, or what follows an early
// exit on its failure. One function at a time; calls into other functions end the trail rather than guess (a check
// helper of the same file is read: a containment test of its one parameter).
import { ts } from "ts-morph";
import { requestInputSeeds } from "./request-inputs.js";
import { calleeModuleOf, calleeText, dottedName, findDeclaration, functionBoundTo, indexFound, isNextNavigationExit, objectLiteralBehind, propertyNamed, returnedExpressions, stringValue, unwrapExpression, type FunctionLike } from "./syntax.js";
import type { Framework } from "./types.js";

export interface TaintedValue {
  /** The request input the value comes from, as written (`req.params.file`, `file.originalname`). */
  source: string;
  /** A check guarding the use contains it: an allow-list lookup, a resolved-prefix check, a `..` rejection. */
  contained: boolean;
}

/** Members of a request whose values the client writes: the URL and its parts, uploads, cookies, and the readers of them. */
const clientWrittenMembers = new Set(["url", "originalUrl", "path", "nextUrl", "cookies", "file", "files", "query", "params", "body", "headers", "param", "header", "get"]);
/** Upload fields holding the name the client gave the file (multer, formidable). */
const clientFileNames = new Set(["originalname", "originalFilename"]);
const multipartReader = /\.(file|files|parts)\(\)$/;
/** Fields of a multer upload naming where its storage put the file. */
const multerStoredMembers = new Set(["path", "destination"]);
/** Calls that keep a string's content (and so its `../`) whatever module they come from. */
const preservingCalls = new Set(["path.posix.join", "path.win32.join", "path.posix.resolve", "path.posix.normalize", "join", "resolve", "normalize", "decodeURIComponent", "decodeURI", "String", "unescape"]);
/** Methods on a tainted string (or the array `split` makes of it) that return it, or a part of it, again. */
const preservingMethods = new Set(["trim", "toLowerCase", "toUpperCase", "replace", "replaceAll", "slice", "substring", "concat", "normalize", "toString", "get", "getAll", "at", "split", "join", "pop", "shift"]);
const pathModules = new Set(["path", "node:path", "path/posix", "node:path/posix", "path/win32", "node:path/win32", "pathe", "upath"]);
/** `path` functions whose result keeps the `../` of their arguments; `basename` and `extname` keep no directory part. */
const pathPreserving = new Set(["join", "resolve", "normalize", "relative", "dirname", "toNamespacedPath"]);
/** Parsers of a URL or query string: what they return is as client-written as what they read. */
const urlParsers: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["url", new Set(["parse"])],
  ["node:url", new Set(["parse"])],
  ["querystring", new Set(["parse", "decode"])],
  ["node:querystring", new Set(["parse", "decode"])],
  ["qs", new Set(["parse"])],
  ["query-string", new Set(["parse", "parseUrl"])],
  ["querystringify", new Set(["parse"])],
]);
const fsModules = new Set(["fs", "node:fs", "fs/promises", "node:fs/promises", "fs-extra", "graceful-fs"]);

/** What a check tells about a variable: it is inside the root or an allow-list, has no `..` segment, or is relative. */
type Fact = "contained" | "noParent" | "relative";
type Facts = Map<string, Set<Fact>>;
interface Check {
  variable: string;
  fact: Fact;
  /** The check's value when the fact holds. */
  when: boolean;
}

/** Stands, among the variables a value is built from, for request data read in place rather than through a variable. */
const directInput = "";

/** Records that a value reads the request in place, and passes its label on. */
function direct(names: Set<string>, source: string): string {
  names.add(directInput);
  return source;
}

const taints = new WeakMap<FunctionLike, { sourceFile: ts.SourceFile; byFramework: Map<Framework, RequestTaint> }>();

/**
 * The handler's request taint, built once per handler and framework and shared by every rule and model that asks: it is
 * fixed once built (seeds and bindings are all found in the constructor), so readers cannot disturb one another. Kept
 * per version of the file: the incremental parser hands an unedited handler to the next version with its positions
 * moved, and the seeds are positions.
 */
export function requestTaintOf(handler: FunctionLike, sourceFile: ts.SourceFile, framework: Framework): RequestTaint {
  let known = taints.get(handler);
  if (known?.sourceFile !== sourceFile) taints.set(handler, (known = { sourceFile, byFramework: new Map() }));
  let taint = known.byFramework.get(framework);
  if (!taint) known.byFramework.set(framework, (taint = new RequestTaint(handler, sourceFile, framework)));
  return taint;
}

export class RequestTaint {
  /** Tainted variables by declaration name: where each came from and the variables it was built from. */
  private readonly variables = new Map<string, { source: string; from: Set<string>; value?: ts.Expression }>();
  private readonly seeds = new Map<number, string>();

  constructor(
    private readonly handler: FunctionLike,
    private readonly sourceFile: ts.SourceFile,
    framework: Framework,
  ) {
    for (const read of requestInputSeeds(handler, sourceFile, framework)) {
      this.seeds.set(read.span.start * 1e6 + read.span.end, read.label);
      // NestJS `@Param("name") name`: the read is the parameter, so its uses carry the input.
      const parameter = handler.parameters.find((candidate) => candidate.getStart(sourceFile) === read.span.start);
      if (parameter && ts.isIdentifier(parameter.name)) this.variables.set(parameter.name.text, { source: read.label, from: new Set() });
    }
    this.seedParameters(framework);
    if (!handler.body) return;
    // Two passes reach values assigned in a loop after their first use.
    for (let pass = 0; pass < 2; pass++) this.propagate(handler.body);
  }

  /** Whether `expression` carries request input, checked or not: `valueOf` without the containment facts. */
  carriesInput(expression: ts.Expression): boolean {
    return this.sourceOf(expression, new Set()) !== undefined;
  }

  /** The request input `expression` carries, and whether a check contained it; undefined when it carries none. */
  valueOf(expression: ts.Expression): TaintedValue | undefined {
    const names = new Set<string>();
    const source = this.sourceOf(expression, names);
    if (source === undefined) return undefined;
    const facts = this.factsAt(expression);
    const anchored = this.isAnchored(expression);
    const checked = (name: string): boolean => {
      const known = new Set(facts.get(name));
      // `path.resolve` and `realpath` return absolute paths with every `..` resolved away.
      if (this.normalization(name) === "absolute") known.add("noParent");
      return known.has("contained") || (known.has("noParent") && (known.has("relative") || anchored)) || [...facts].some(([alias, found]) => found.has("contained") && this.resolvedFrom(alias) === name);
    };
    const contained = names.size > 0 && [...names].every((name) => this.isContained(name, checked, new Set()));
    return { source, contained };
  }

  /** The request parameter itself (`req.url`, `req.file.originalname`), Next.js route `params`, and socket/event payloads. */
  private seedParameters(framework: Framework): void {
    // `({ params, query }: Request, res) => …`: the request destructured in the parameter list.
    const request = this.handler.parameters[0]?.name;
    if (request && ts.isObjectBindingPattern(request) && framework !== "nest") {
      for (const element of request.elements) {
        const member = element.propertyName ?? element.name;
        if (ts.isIdentifier(member) && ts.isIdentifier(element.name) && clientWrittenMembers.has(member.text)) this.variables.set(element.name.text, { source: member.text, from: new Set() });
      }
    }
    const second = this.handler.parameters[1]?.name;
    if (framework === "next-app" && second) {
      if (ts.isIdentifier(second)) this.variables.set(second.text, { source: `${second.text}.params`, from: new Set() });
      else if (ts.isObjectBindingPattern(second)) {
        for (const element of second.elements) if (ts.isIdentifier(element.name)) this.variables.set(element.name.text, { source: element.name.text, from: new Set() });
      }
    }
  }

  private propagate(body: ts.Node): void {
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && node.initializer) this.bind(node.name, node.initializer);
      else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left)) this.bind(node.left, node.right);
      else if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && ts.isVariableDeclarationList(node.initializer)) {
        const declaration = node.initializer.declarations[0];
        if (declaration) this.bind(declaration.name, node.expression);
      } else if (isFunctionParameterOfCallback(node)) {
        // `files.map((file) => file.originalname)`: the callback's parameter holds an element of the tainted collection.
        const callback = node as ts.ParameterDeclaration;
        const call = callback.parent.parent as ts.CallExpression;
        const receiver = ts.isPropertyAccessExpression(call.expression) ? call.expression.expression : undefined;
        if (receiver && callback.parent.parameters[0] === callback) this.bind(callback.name, receiver);
      }
      ts.forEachChild(node, visit);
    };
    visit(body);
  }

  private bind(name: ts.BindingName, value: ts.Expression): void {
    const from = new Set<string>();
    const source = this.sourceOf(value, from);
    if (source === undefined) return;
    const whole = ts.isIdentifier(name) ? value : undefined;
    for (const bound of boundNames(name)) if (!this.variables.has(bound)) this.variables.set(bound, { source, from, ...(whole ? { value: whole } : {}) });
  }

  /** The source label when `node` carries request data; `names` collects the tainted variables it was built from. */
  private sourceOf(node: ts.Expression, names: Set<string>): string | undefined {
    const seeded = this.seeds.get(node.getStart(this.sourceFile) * 1e6 + node.getEnd());
    if (seeded !== undefined) return direct(names, seeded);
    const expression = unwrapExpression(node);
    if (expression !== node) return this.sourceOf(expression, names);
    if (ts.isAwaitExpression(expression)) return this.sourceOf(expression.expression, names);
    if (ts.isIdentifier(expression)) {
      // `name = sanitize(name)` before this use: the value here is the clean one.
      const assigned = this.reachingAssignment(expression);
      if (assigned && this.sourceOf(assigned, new Set()) === undefined) return undefined;
      const variable = this.variables.get(expression.text);
      if (variable) names.add(expression.text);
      return variable?.source;
    }
    if (ts.isPropertyAccessExpression(expression)) {
      if (this.isRequestMember(expression) || clientFileNames.has(expression.name.text)) return direct(names, label(expression, this.sourceFile));
      const innerNames = new Set<string>();
      const inner = this.sourceOf(expression.expression, innerNames);
      if (inner === undefined || expression.name.text === "length") return undefined;
      // multer's `req.file.path`: its storage's folder joined with the name its `filename` callback gave, which busboy
      // had cut to a basename (unless `preservePath`); a file the server placed, not a client-written path.
      if (multerStoredMembers.has(expression.name.text) && /\bfiles?\b/.test(inner) && isAfterMulterUpload(this.handler)) return undefined;
      // express-fileupload's `tempFilePath`: the temporary file it wrote, named by the library, never by the client.
      if (expression.name.text === "tempFilePath" && /\bfiles?\b/.test(inner)) return undefined;
      // A part @fastify/multipart's `request.file()`, `files()` or `parts()` yields names its file as busboy cut it: a
      // basename (the plugin leaves busboy's `preservePath` off), so it names no folder to climb out of.
      if (expression.name.text === "filename" && multipartReader.test(inner)) return undefined;
      for (const name of innerNames) names.add(name);
      // A field of a variable keeps the variable's origin; a field read off the input itself names the field.
      return ts.isIdentifier(unwrapExpression(expression.expression)) ? inner : label(expression, this.sourceFile);
    }
    if (ts.isElementAccessExpression(expression)) {
      // A lookup keyed by request data (`FILES[req.params.name]`) yields the table's value, not the key.
      return this.sourceOf(expression.expression, names);
    }
    if (ts.isTemplateExpression(expression)) {
      return this.firstSource(expression.templateSpans.map((span) => span.expression), names);
    }
    if (ts.isBinaryExpression(expression)) {
      const kind = expression.operatorToken.kind;
      if (kind !== ts.SyntaxKind.PlusToken && kind !== ts.SyntaxKind.QuestionQuestionToken && kind !== ts.SyntaxKind.BarBarToken) return undefined;
      return this.firstSource([expression.left, expression.right], names);
    }
    if (ts.isConditionalExpression(expression)) return this.sourceOf(expression.whenTrue, names) ?? this.sourceOf(expression.whenFalse, names);
    if (ts.isNewExpression(expression) && calleeText(expression) === "URL" && expression.arguments?.[0]) return this.sourceOf(expression.arguments[0], names);
    if (ts.isCallExpression(expression)) return this.callSource(expression, names);
    return undefined;
  }

  /** The first of the parts' sources; `names` collects the tainted variables of every part, since each must be contained. */
  private firstSource(parts: readonly ts.Expression[], names: Set<string>): string | undefined {
    let first: string | undefined;
    for (const part of parts) {
      const source = this.sourceOf(part, names);
      first ??= source;
    }
    return first;
  }

  private callSource(call: ts.CallExpression, names: Set<string>): string | undefined {
    const kind = callKind(call);
    if (kind === "sanitizing") return undefined;
    if (kind === "preserving") return this.firstSource(call.arguments, names);
    const target = unwrapExpression(call.expression);
    if (!ts.isPropertyAccessExpression(target)) return undefined;
    // `request.file()` (@fastify/multipart), `ctx.request.get(...)`: a reader on the request itself.
    if (this.isRequestMember(target)) return direct(names, label(call, this.sourceFile));
    if (isDotDotRemoval(call)) return undefined;
    return preservingMethods.has(target.name.text) ? this.sourceOf(target.expression, names) : undefined;
  }

  /** `req.url`, `req.file`, `request.nextUrl` on the handler's request parameter. */
  private isRequestMember(access: ts.PropertyAccessExpression): boolean {
    const request = this.handler.parameters[0]?.name;
    const receiver = unwrapExpression(access.expression);
    if (!request || !ts.isIdentifier(request) || !clientWrittenMembers.has(access.name.text)) return false;
    if (ts.isIdentifier(receiver)) return receiver.text === request.text;
    // Koa `ctx.request.files`, Hono `c.req.url`.
    return dottedName(receiver) === `${request.text}.request` || dottedName(receiver) === `${request.text}.req`;
  }

  /**
   * Whether every request input a variable carries passed a check: the variable's own, or one on each variable it was
   * built from. A value read straight off the request (`directInput`) passed none.
   */
  private isContained(name: string, checked: (name: string) => boolean, visiting: Set<string>): boolean {
    if (name === directInput || visiting.has(name)) return false;
    if (checked(name)) return true;
    const from = this.variables.get(name)?.from;
    if (!from || from.size === 0) return false;
    visiting.add(name);
    return [...from].every((ingredient) => this.isContained(ingredient, checked, visiting));
  }

  /**
   * What the checks guarding `use` tell about tainted variables: the conditions of the branches it sits in, and the
   * early exits before it (`if (!ALLOWED.includes(name)) return;`) in every block around it, up to the handler.
   */
  private factsAt(use: ts.Node): Facts {
    const facts: Facts = new Map();
    let child: ts.Node = use;
    for (let parent = use.parent; parent && child !== this.handler; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent) && child !== parent.expression) merge(facts, this.factsWhen(parent.expression, child === parent.thenStatement));
      else if (ts.isConditionalExpression(parent) && child !== parent.condition) merge(facts, this.factsWhen(parent.condition, child === parent.whenTrue));
      else if (ts.isBinaryExpression(parent) && child === parent.right) {
        const operator = parent.operatorToken.kind;
        if (operator === ts.SyntaxKind.AmpersandAmpersandToken) merge(facts, this.factsWhen(parent.left, true));
        if (operator === ts.SyntaxKind.BarBarToken) merge(facts, this.factsWhen(parent.left, false));
        // `name ||= fallback(name)`: on the right, the request gave no name at all.
        const left = unwrapExpression(parent.left);
        if ((operator === ts.SyntaxKind.BarBarEqualsToken || operator === ts.SyntaxKind.QuestionQuestionEqualsToken) && ts.isIdentifier(left)) merge(facts, new Map([[left.text, new Set<Fact>(["contained"])]]));
      } else if (ts.isBlock(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
        for (const statement of parent.statements) {
          if (statement === child) break;
          merge(facts, this.factsAfter(statement));
        }
      }
    }
    return facts;
  }

  /** What holds after `statement` when control passes it: an `if` that exits on one branch leaves the other's facts; `assert(check)` its check. */
  private factsAfter(statement: ts.Statement): Facts {
    if (ts.isIfStatement(statement)) {
      const thenExits = exits(statement.thenStatement);
      const elseExits = statement.elseStatement !== undefined && exits(statement.elseStatement);
      if (thenExits && !elseExits) return this.factsWhen(statement.expression, false);
      if (elseExits && !thenExits) return this.factsWhen(statement.expression, true);
      return new Map();
    }
    if (ts.isExpressionStatement(statement)) {
      const call = unwrapExpression(statement.expression);
      if (ts.isCallExpression(call) && call.arguments[0] && /(^|\.)(assert|invariant|ok)$/.test(calleeText(call) ?? "")) return this.factsWhen(call.arguments[0], true);
    }
    return new Map();
  }

  /** The facts that hold when `condition` evaluates to `outcome`. */
  private factsWhen(condition: ts.Expression, outcome: boolean, depth = 0): Facts {
    const expression = unwrapExpression(condition);
    if (depth > 8) return new Map();
    if (ts.isPrefixUnaryExpression(expression) && expression.operator === ts.SyntaxKind.ExclamationToken) return this.factsWhen(expression.operand, !outcome, depth + 1);
    if (ts.isBinaryExpression(expression)) {
      const operator = expression.operatorToken.kind;
      const both = (): [Facts, Facts] => [this.factsWhen(expression.left, outcome, depth + 1), this.factsWhen(expression.right, outcome, depth + 1)];
      // `a && b` true: both hold; false: only what holds either way. `a || b` the other way round.
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return outcome ? union(...both()) : intersection(...both());
      if (operator === ts.SyntaxKind.BarBarToken) return outcome ? intersection(...both()) : union(...both());
    }
    if (ts.isIdentifier(expression) && !this.variables.has(expression.text)) {
      // `const allowed = ALLOWED.includes(name); if (!allowed) return;`
      const declaration = findDeclaration(expression.text, expression);
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isIdentifier(declaration.name)) return this.factsWhen(declaration.initializer, outcome, depth + 1);
    }
    const listed = this.allowListedParts(expression);
    if (listed) return outcome ? new Map(listed.map((variable) => [variable, new Set<Fact>(["contained"])])) : new Map();
    const check = this.checkOf(expression);
    return check && check.when === outcome ? new Map([[check.variable, new Set([check.fact])]]) : new Map();
  }

  /**
   * `files.includes(\`${pkg}/${name}\`)` on a list the request did not build: every tainted variable the tested text
   * embeds is a piece of an allow-list entry, as a bare variable tested the same way is (see checkOf).
   */
  private allowListedParts(expression: ts.Expression): string[] | undefined {
    if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression)) return undefined;
    const method = expression.expression.name.text;
    const tested = expression.arguments[0] && unwrapExpression(expression.arguments[0]);
    if ((method !== "includes" && method !== "has") || !tested || !ts.isTemplateExpression(tested) || this.sourceOf(unwrapExpression(expression.expression.expression), new Set())) return undefined;
    const parts = tested.templateSpans.map((span) => unwrapExpression(span.expression)).filter((part): part is ts.Identifier => ts.isIdentifier(part) && this.variables.has(part.text));
    return parts.length > 0 ? parts.map((part) => part.text) : undefined;
  }

  /** A single check on a tainted variable, or undefined. */
  private checkOf(expression: ts.Expression): Check | undefined {
    const tainted = (node: ts.Expression | undefined): string | undefined => {
      const inner = node && unwrapExpression(node);
      return inner && ts.isIdentifier(inner) && this.variables.has(inner.text) ? inner.text : undefined;
    };
    if (ts.isBinaryExpression(expression)) {
      const operator = expression.operatorToken.kind;
      if (operator === ts.SyntaxKind.InKeyword) {
        const variable = tainted(expression.left);
        return variable ? { variable, fact: "contained", when: true } : undefined;
      }
      const equal = operator === ts.SyntaxKind.EqualsEqualsEqualsToken || operator === ts.SyntaxKind.EqualsEqualsToken;
      const unequal = operator === ts.SyntaxKind.ExclamationEqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsToken;
      const sides: Array<[ts.Expression, ts.Expression]> = [[expression.left, expression.right], [expression.right, expression.left]];
      for (const [subject, other] of sides) {
        // `name === "report.pdf"`: an allow-list of one.
        const variable = tainted(subject);
        if (variable && stringValue(other) !== undefined && (equal || unequal)) return { variable, fact: "contained", when: equal };
        // `target === root`, both resolved paths (`if (target !== root && !target.startsWith(root + sep))`): the root itself.
        if (variable && (equal || unequal) && this.isNormalized(subject) && this.isTrustedPath(other)) return { variable, fact: "contained", when: equal };
        // `resolved.slice(0, root.length) === root`: a prefix check written by hand.
        const prefixOf = this.prefixSliced(subject);
        if (prefixOf && (equal || unequal) && stringValue(other) === undefined) return { variable: prefixOf, fact: "contained", when: equal };
        // `list.indexOf(x) !== -1`, `name.indexOf("..") === -1`, `… >= 0`.
        const indexCheck = ts.isCallExpression(unwrapExpression(subject)) ? this.checkOf(unwrapExpression(subject)) : undefined;
        const found = indexFound(operator, other, subject === expression.left);
        if (indexCheck && found !== undefined) return { ...indexCheck, when: found === indexCheck.when };
      }
      return undefined;
    }
    if (!ts.isCallExpression(expression)) return undefined;
    const argument = expression.arguments[0];
    const { module, member } = calleeModuleOf(expression.expression);
    if (module !== undefined && pathModules.has(module) && member === "isAbsolute") {
      const variable = tainted(argument);
      return variable ? { variable, fact: "relative", when: false } : undefined;
    }
    // is-path-inside resolves both paths itself; path-is-inside compares them as written.
    if (module === "is-path-inside" || (module === "path-is-inside" && this.isNormalized(argument))) {
      const variable = tainted(argument);
      return variable ? { variable, fact: "contained", when: true } : undefined;
    }
    const callee = unwrapExpression(expression.expression);
    // `if (!isPathAllowed(target)) return 403`: a function of this file that resolves its one parameter and answers
    // whether the result starts with a root.
    if (ts.isIdentifier(callee) && expression.arguments.length === 1) {
      const variable = tainted(argument);
      return variable && confinesItsParameter(callee) ? { variable, fact: "contained", when: true } : undefined;
    }
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const method = callee.name.text;
    const receiver = unwrapExpression(callee.expression);
    if (method === "startsWith") {
      const parentPrefix = startsWithDotDot(argument);
      const relativeTo = this.relativeTarget(receiver);
      if (relativeTo) return parentPrefix ? { variable: relativeTo, fact: "contained", when: false } : undefined;
      const variable = tainted(receiver);
      // A prefix proves containment only on a path `..` segments were resolved out of.
      if (!variable || !this.isNormalized(receiver)) return undefined;
      return parentPrefix ? { variable, fact: "noParent", when: false } : { variable, fact: "contained", when: true };
    }
    if ((method === "includes" || method === "indexOf") && stringValue(argument)?.includes("..")) {
      const variable = tainted(receiver);
      return variable ? { variable, fact: "noParent", when: false } : undefined;
    }
    if ((method === "includes" || method === "has" || method === "indexOf") && !this.sourceOf(receiver, new Set())) {
      const variable = tainted(argument);
      return variable ? { variable, fact: "contained", when: true } : undefined;
    }
    if (method === "test" && ts.isRegularExpressionLiteral(receiver) && receiver.text.startsWith("/^") && /\$\/\w*$/.test(receiver.text)) {
      const variable = tainted(argument);
      return variable ? { variable, fact: "contained", when: true } : undefined;
    }
    return undefined;
  }

  /** The tainted variable `path.relative(root, target)` measures, for `rel.startsWith("..")` checks. */
  private relativeTarget(receiver: ts.Expression): string | undefined {
    let call = receiver;
    if (ts.isIdentifier(call)) {
      const declaration = findDeclaration(call.text, call);
      if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
      call = unwrapExpression(declaration.initializer);
    }
    if (!ts.isCallExpression(call)) return undefined;
    const { module, member } = calleeModuleOf(call.expression);
    const measuresRelative = calleeText(call) === "relative" || (member === "relative" && (module === undefined || pathModules.has(module)));
    if (!measuresRelative) return undefined;
    const target = call.arguments[1] && unwrapExpression(call.arguments[1]);
    return target && ts.isIdentifier(target) && this.variables.has(target.text) ? target.text : undefined;
  }

  /** A variable holding a path `..` segments were resolved out of (bound to `path.resolve/join/normalize` or `fs.realpath`) where it is read. */
  private isNormalized(expression: ts.Expression | undefined): boolean {
    const inner = expression && unwrapExpression(expression);
    if (!inner || !ts.isIdentifier(inner)) return false;
    const value = this.reachingAssignment(inner) ?? this.variables.get(inner.text)?.value;
    return normalizationOf(value) !== undefined;
  }

  /** A local the request does not reach, bound to a normalised path (`const root = path.resolve(UPLOAD_DIR)`). */
  private isTrustedPath(expression: ts.Expression): boolean {
    const inner = unwrapExpression(expression);
    // `path.resolve(root)` in place, built from nothing the request sent.
    if (ts.isCallExpression(inner)) return normalizationOf(inner) !== undefined && this.sourceOf(inner, new Set()) === undefined;
    if (!ts.isIdentifier(inner) || this.variables.has(inner.text)) return false;
    const declaration = findDeclaration(inner.text, inner);
    return !!declaration && ts.isVariableDeclaration(declaration) && normalizationOf(declaration.initializer) !== undefined;
  }

  /**
   * `const resolved = path.resolve(target)`: the one variable `name` resolves (from the working directory, as the file
   * call handed `target` itself will), so a containment check of `resolved` contains `target` too.
   */
  private resolvedFrom(name: string): string | undefined {
    let value = this.variables.get(name)?.value;
    value = value && unwrapExpression(value);
    if (value && ts.isAwaitExpression(value)) value = unwrapExpression(value.expression);
    if (!value || !ts.isCallExpression(value) || value.arguments.length !== 1 || normalizationOf(value) !== "absolute") return undefined;
    const argument = unwrapExpression(value.arguments[0]!);
    return ts.isIdentifier(argument) ? argument.text : undefined;
  }

  /** How the path a tainted variable was bound to is normalised. */
  private normalization(name: string): "absolute" | "tidied" | undefined {
    return normalizationOf(this.variables.get(name)?.value);
  }

  /** The normalised tainted variable `name.slice(0, n)` / `name.substring(0, n)` takes a prefix of. */
  private prefixSliced(expression: ts.Expression): string | undefined {
    const call = unwrapExpression(expression);
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
    if (!["slice", "substring", "substr"].includes(call.expression.name.text) || call.arguments[0]?.getText() !== "0") return undefined;
    const receiver = unwrapExpression(call.expression.expression);
    return ts.isIdentifier(receiver) && this.variables.has(receiver.text) && this.isNormalized(receiver) ? receiver.text : undefined;
  }

  /** The value the nearest plain assignment before `use`, in a block around it, gave the variable (`&&=` included: the value is falsy or that). */
  private reachingAssignment(use: ts.Identifier): ts.Expression | undefined {
    let child: ts.Node = use;
    for (let parent = use.parent; parent && child !== this.handler; child = parent, parent = parent.parent) {
      if (!ts.isBlock(parent) && !ts.isCaseClause(parent) && !ts.isDefaultClause(parent)) continue;
      for (let index = parent.statements.indexOf(child as ts.Statement) - 1; index >= 0; index--) {
        const statement = parent.statements[index]!;
        if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) continue;
        const { left, operatorToken, right } = statement.expression;
        const replaces = operatorToken.kind === ts.SyntaxKind.EqualsToken || operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandEqualsToken;
        if (replaces && ts.isIdentifier(left) && left.text === use.text) return right;
      }
    }
    return undefined;
  }

  /**
   * A path put together as text under a base of the code's own (`dir + "/" + name`, `${dir}/${name}`), itself or through
   * the variable it is read from: its `..` segments reach the callee as written.
   */
  isConcatenatedUnderBase(expression: ts.Expression, depth = 0): boolean {
    const inner = unwrapExpression(expression);
    if (ts.isIdentifier(inner)) {
      const value = this.variables.get(inner.text)?.value;
      return depth < 4 && value !== undefined && this.isConcatenatedUnderBase(value, depth + 1);
    }
    const clean = (node: ts.Expression): boolean => this.sourceOf(node, new Set()) === undefined;
    if (ts.isTemplateExpression(inner)) return inner.head.text !== "" || (!!inner.templateSpans[0] && clean(inner.templateSpans[0].expression));
    return isConcatenation(inner) && clean(leftmostOperand(inner));
  }

  /**
   * A path that puts the value under a base of the code's own (`path.join(root, name)`, `"./" + name`, `${dir}/${name}`),
   * itself or through the variable it is read from: with no `..` segment the value cannot climb out of it.
   */
  private isAnchored(expression: ts.Expression, depth = 0): boolean {
    const inner = unwrapExpression(expression);
    if (ts.isIdentifier(inner)) {
      const value = this.variables.get(inner.text)?.value;
      return depth < 4 && value !== undefined && this.isAnchored(value, depth + 1);
    }
    const clean = (node: ts.Expression): boolean => this.sourceOf(node, new Set()) === undefined;
    if (ts.isCallExpression(inner)) {
      const { module, member } = calleeModuleOf(inner.expression);
      const first = inner.arguments[0];
      if (!first || (module !== undefined && !pathModules.has(module))) return false;
      // `path.join(root, name)`, `path.normalize("./" + name)`.
      return (member === "join" && clean(first)) || (member === "normalize" && depth < 4 && this.isAnchored(first, depth + 1));
    }
    if (ts.isTemplateExpression(inner)) return inner.head.text !== "" || (!!inner.templateSpans[0] && clean(inner.templateSpans[0].expression));
    return isConcatenation(inner) && clean(leftmostOperand(inner));
  }
}

/** How a path value was normalised: made absolute (`resolve`, `realpath`) or only tidied (`join`, `normalize`). */
function normalizationOf(expression: ts.Expression | undefined): "absolute" | "tidied" | undefined {
  let value = expression && unwrapExpression(expression);
  if (value && ts.isAwaitExpression(value)) value = unwrapExpression(value.expression);
  if (!value || !ts.isCallExpression(value)) return undefined;
  const { module, member } = calleeModuleOf(value.expression);
  if (module !== undefined && fsModules.has(module)) return member === "realpath" || member === "realpathSync" ? "absolute" : undefined;
  if (module !== undefined && !pathModules.has(module)) return undefined;
  return member === "resolve" ? "absolute" : member === "join" || member === "normalize" ? "tidied" : undefined;
}

/** How a call treats the `../` of its arguments: keeps it (`path.join`, `url.parse`), drops it (`path.basename`), or neither is known. */
function callKind(call: ts.CallExpression): "preserving" | "sanitizing" | undefined {
  const callee = calleeText(call);
  if (callee === "path.basename" || callee === "basename") return "sanitizing";
  const { module, member } = calleeModuleOf(call.expression);
  if (module !== undefined && pathModules.has(module)) return member === "basename" ? "sanitizing" : pathPreserving.has(member) ? "preserving" : undefined;
  if (module !== undefined && urlParsers.get(module)?.has(member)) return "preserving";
  if (module !== undefined && fsModules.has(module) && (member === "realpath" || member === "realpathSync")) return "preserving";
  return callee !== undefined && preservingCalls.has(callee) ? "preserving" : undefined;
}

/** `name.replace(/\.\./g, "")`: every `..` removed, so no parent segment is left. */
function isDotDotRemoval(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || (callee.name.text !== "replace" && callee.name.text !== "replaceAll")) return false;
  const [pattern, replacement] = call.arguments;
  return !!pattern && ts.isRegularExpressionLiteral(pattern) && /\/[^/]*\\\.\\\.[^/]*\/\w*g\w*$/.test(pattern.text) && stringValue(replacement) === "";
}

function isConcatenation(expression: ts.Expression): expression is ts.BinaryExpression {
  return ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

/** The first operand of `a + b + c` (parsed as `(a + b) + c`). */
function leftmostOperand(expression: ts.BinaryExpression): ts.Expression {
  let left = unwrapExpression(expression.left);
  while (isConcatenation(left)) left = unwrapExpression(left.left);
  return left;
}

/**
 * The handler is registered after multer's `upload.single(...)` (or `array`, `fields`, `any`) on a `multer(...)` instance
 * whose options leave `preservePath` off.
 */
function isAfterMulterUpload(handler: FunctionLike): boolean {
  const registration = handler.parent;
  if (!ts.isCallExpression(registration) || !registration.arguments.some((argument) => unwrapExpression(argument) === handler)) return makesOwnUpload(handler.getSourceFile());
  return registration.arguments.some((argument) => {
    const upload = unwrapExpression(argument);
    if (!ts.isCallExpression(upload) || !ts.isPropertyAccessExpression(upload.expression) || !/^(single|array|fields|any)$/.test(upload.expression.name.text)) return false;
    const instance = unwrapExpression(upload.expression.expression);
    const declaration = ts.isIdentifier(instance) ? findDeclaration(instance.text, instance) : undefined;
    const made = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? unwrapExpression(declaration.initializer) : instance;
    return ts.isCallExpression(made) && isBasenameMulter(made);
  });
}

/** `multer({ storage })` without `preservePath: true`: busboy cuts each client file name to its basename. */
function isBasenameMulter(call: ts.CallExpression): boolean {
  if (calleeModuleOf(call.expression).module !== "multer") return false;
  const options = call.arguments[0] && objectLiteralBehind(call.arguments[0]);
  const preservePath = propertyNamed(options, "preservePath");
  return !preservePath || (ts.isPropertyAssignment(preservePath) && unwrapExpression(preservePath.initializer).kind === ts.SyntaxKind.FalseKeyword);
}

/**
 * A handler registered elsewhere, whose module makes the multer upload routes put in front of it (`export const upload =
 * multer({ storage })` beside `export default function convert(req, res)`), and no other: its `req.file` is that upload's.
 */
function makesOwnUpload(sourceFile: ts.SourceFile): boolean {
  const uploads: ts.CallExpression[] = [];
  for (const statement of sourceFile.statements) {
    const declarations = ts.isVariableStatement(statement) ? statement.declarationList.declarations : [];
    for (const { initializer } of declarations) {
      const made = initializer && unwrapExpression(initializer);
      const callee = made && ts.isCallExpression(made) ? calleeModuleOf(made.expression) : undefined;
      // The factory itself, not `multer.diskStorage(…)` beside it.
      if (callee?.module === "multer" && (callee.member === "" || callee.member === "default")) uploads.push(made as ts.CallExpression);
    }
  }
  return uploads.length > 0 && uploads.every(isBasenameMulter);
}

/**
 * `function isPathAllowed(p) { const resolved = path.resolve(p); return roots.some((root) => resolved.startsWith(root)); }`
 * (or one `startsWith` of a root): every return is a prefix test of the parameter with its `..` resolved out.
 */
function confinesItsParameter(callee: ts.Identifier): boolean {
  const fn = functionBoundTo(callee.text, callee);
  if (!fn || fn.parameters.length !== 1) return false;
  const parameter = fn.parameters[0]!.name;
  if (!ts.isIdentifier(parameter)) return false;
  const resolvesParameter = (value: ts.Expression | undefined): boolean => {
    const call = value && unwrapExpression(value);
    return !!call && ts.isCallExpression(call) && normalizationOf(call) !== undefined && call.arguments.some((arg) => ts.isIdentifier(unwrapExpression(arg)) && (unwrapExpression(arg) as ts.Identifier).text === parameter.text);
  };
  const isPrefixTest = (node: ts.Expression): boolean => {
    const test = unwrapExpression(node);
    if (!ts.isCallExpression(test) || !ts.isPropertyAccessExpression(test.expression)) return false;
    const method = test.expression.name.text;
    // `roots.some((root) => resolved.startsWith(root))`
    const callback = test.arguments[0] && unwrapExpression(test.arguments[0]);
    if ((method === "some" || method === "find") && callback && ts.isArrowFunction(callback) && !ts.isBlock(callback.body)) return isPrefixTest(callback.body);
    if (method !== "startsWith" || startsWithDotDot(test.arguments[0])) return false;
    const receiver = unwrapExpression(test.expression.expression);
    if (resolvesParameter(receiver)) return true;
    const held = ts.isIdentifier(receiver) ? findDeclaration(receiver.text, receiver) : undefined;
    return !!held && ts.isVariableDeclaration(held) && !!(ts.getCombinedNodeFlags(held) & ts.NodeFlags.Const) && resolvesParameter(held.initializer);
  };
  const returned = returnedExpressions(fn);
  return returned !== undefined && returned.length > 0 && returned.every(isPrefixTest);
}

/** `"..", "../", ".." + path.sep`: a prefix that only a path climbing out of its folder has. */
function startsWithDotDot(argument: ts.Expression | undefined): boolean {
  const inner = argument && unwrapExpression(argument);
  if (!inner) return false;
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) return startsWithDotDot(inner.left);
  const prefix = stringValue(inner);
  return prefix !== undefined && (prefix === "." || prefix.startsWith(".."));
}

/** Calls that never return: Koa's `ctx.throw(...)`, `process.exit(...)`, Next.js `notFound()`/`redirect()`. */
function neverReturns(call: ts.Expression): boolean {
  const expression = unwrapExpression(call);
  if (!ts.isCallExpression(expression)) return false;
  const callee = calleeText(expression) ?? "";
  if (callee === "process.exit" || /\.throw$/.test(callee)) return true;
  return isNextNavigationExit(expression);
}

/** A statement after which control never reaches the next one: `return`, `throw`, `break`, `continue`, a call that never returns, or a block ending in one. */
function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement) || ts.isBreakStatement(statement) || ts.isContinueStatement(statement)) return true;
  if (ts.isExpressionStatement(statement)) return neverReturns(statement.expression);
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && exits(last);
  }
  return false;
}

function merge(into: Facts, from: Facts): void {
  for (const [name, facts] of from) {
    const known = into.get(name) ?? new Set<Fact>();
    for (const fact of facts) known.add(fact);
    into.set(name, known);
  }
}

function union(left: Facts, right: Facts): Facts {
  const all: Facts = new Map();
  merge(all, left);
  merge(all, right);
  return all;
}

function intersection(left: Facts, right: Facts): Facts {
  const common: Facts = new Map();
  for (const [name, facts] of left) {
    const shared = [...facts].filter((fact) => right.get(name)?.has(fact));
    if (shared.length > 0) common.set(name, new Set(shared));
  }
  return common;
}

/** The first parameter of a callback passed to `.map`/`.forEach`/... on some receiver. */
function isFunctionParameterOfCallback(node: ts.Node): boolean {
  if (!ts.isParameter(node)) return false;
  const fn = node.parent;
  return (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isCallExpression(fn.parent) && fn.parent.arguments.includes(fn) && ts.isPropertyAccessExpression(fn.parent.expression);
}

function label(node: ts.Node, sourceFile: ts.SourceFile): string {
  const text = node.getText(sourceFile).replace(/\s+/g, " ");
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : boundNames(element.name)));
}
