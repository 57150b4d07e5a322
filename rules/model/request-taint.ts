// Intra-procedural request taint: which expressions in a handler carry request-derived data (the inputs request-inputs.ts
// finds, plus upload file names, URLs, search params and Next.js route params) through variables, string building and
// `path.join`, and which of them were contained first (`path.basename`, an allow-list lookup, a prefix check on the
// resolved path). One function at a time; calls into other functions end the trail rather than guess.
import { ts } from "ts-morph";
import { readRequestInputs } from "./request-inputs.js";
import { calleeText, dottedName, stringValue, unwrapExpression, type FunctionLike } from "./syntax.js";
import type { Framework } from "./types.js";

export interface TaintOptions {
  framework: Framework;
  isProjectValidator: (calleeText: string) => boolean;
}

export interface TaintedValue {
  /** The request input the value comes from, as written (`req.params.file`, `file.originalname`). */
  source: string;
  /** A check in the handler contains it: an allow-list lookup, a resolved-prefix check, a `..` rejection. */
  contained: boolean;
}

/** Members of a request whose values the client writes: the URL and its parts, uploads, cookies, and the readers of them. */
const clientWrittenMembers = new Set(["url", "originalUrl", "path", "nextUrl", "cookies", "file", "files", "query", "params", "body", "headers", "param", "header", "get"]);
/** Upload fields holding the name the client gave the file (multer, formidable). */
const clientFileNames = new Set(["originalname", "originalFilename"]);
/** Calls that keep a string's content (and so its `../`). */
const preservingCalls = new Set(["path.join", "path.resolve", "path.normalize", "path.posix.join", "path.win32.join", "join", "resolve", "normalize", "decodeURIComponent", "decodeURI", "String", "unescape"]);
/** Methods on a tainted string that return the string (or a part of it) again. */
const preservingMethods = new Set(["trim", "toLowerCase", "toUpperCase", "replace", "replaceAll", "slice", "substring", "concat", "normalize", "toString", "get", "getAll", "at"]);

export class RequestTaint {
  /** Tainted variables by declaration name: where each came from and the variables it was built from. */
  private readonly variables = new Map<string, { source: string; from: Set<string> }>();
  private readonly seeds = new Map<number, string>();
  private readonly containedNames = new Set<string>();

  constructor(
    private readonly handler: FunctionLike,
    private readonly sourceFile: ts.SourceFile,
    options: TaintOptions,
  ) {
    for (const read of readRequestInputs(handler, sourceFile, options)) {
      this.seeds.set(read.span.start * 1e6 + read.span.end, read.label);
      // NestJS `@Param("name") name`: the read is the parameter, so its uses carry the input.
      const parameter = handler.parameters.find((candidate) => candidate.getStart(sourceFile) === read.span.start);
      if (parameter && ts.isIdentifier(parameter.name)) this.variables.set(parameter.name.text, { source: read.label, from: new Set() });
    }
    this.seedParameters(options.framework);
    if (!handler.body) return;
    // Two passes reach values assigned in a loop after their first use.
    for (let pass = 0; pass < 2; pass++) this.propagate(handler.body);
    this.findContainment(handler.body);
  }

  /** The request input `expression` carries, and whether a check contained it; undefined when it carries none. */
  valueOf(expression: ts.Expression): TaintedValue | undefined {
    const names = new Set<string>();
    const source = this.sourceOf(expression, names);
    if (source === undefined) return undefined;
    const lineage = this.lineage(names);
    return { source, contained: [...lineage].some((name) => this.containedNames.has(name)) };
  }

  /** The request parameter itself (`req.url`, `req.file.originalname`), Next.js route `params`, and socket/event payloads. */
  private seedParameters(framework: Framework): void {
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
    for (const bound of boundNames(name)) if (!this.variables.has(bound)) this.variables.set(bound, { source, from });
  }

  /** The source label when `node` carries request data; `names` collects the tainted variables it was built from. */
  private sourceOf(node: ts.Expression, names: Set<string>): string | undefined {
    const seeded = this.seeds.get(node.getStart(this.sourceFile) * 1e6 + node.getEnd());
    if (seeded !== undefined) return seeded;
    const expression = unwrapExpression(node);
    if (expression !== node) return this.sourceOf(expression, names);
    if (ts.isAwaitExpression(expression)) return this.sourceOf(expression.expression, names);
    if (ts.isIdentifier(expression)) {
      const variable = this.variables.get(expression.text);
      if (variable) names.add(expression.text);
      return variable?.source;
    }
    if (ts.isPropertyAccessExpression(expression)) {
      if (this.isRequestMember(expression) || clientFileNames.has(expression.name.text)) return label(expression, this.sourceFile);
      const inner = this.sourceOf(expression.expression, names);
      if (inner === undefined || expression.name.text === "length") return undefined;
      // A field of a variable keeps the variable's origin; a field read off the input itself names the field.
      return ts.isIdentifier(unwrapExpression(expression.expression)) ? inner : label(expression, this.sourceFile);
    }
    if (ts.isElementAccessExpression(expression)) {
      // A lookup keyed by request data (`FILES[req.params.name]`) yields the table's value, not the key.
      return this.sourceOf(expression.expression, names);
    }
    if (ts.isTemplateExpression(expression)) {
      for (const span of expression.templateSpans) {
        const source = this.sourceOf(span.expression, names);
        if (source !== undefined) return source;
      }
      return undefined;
    }
    if (ts.isBinaryExpression(expression)) {
      const kind = expression.operatorToken.kind;
      if (kind !== ts.SyntaxKind.PlusToken && kind !== ts.SyntaxKind.QuestionQuestionToken && kind !== ts.SyntaxKind.BarBarToken) return undefined;
      return this.sourceOf(expression.left, names) ?? this.sourceOf(expression.right, names);
    }
    if (ts.isConditionalExpression(expression)) return this.sourceOf(expression.whenTrue, names) ?? this.sourceOf(expression.whenFalse, names);
    if (ts.isNewExpression(expression) && calleeText(expression) === "URL" && expression.arguments?.[0]) return this.sourceOf(expression.arguments[0], names);
    if (ts.isCallExpression(expression)) return this.callSource(expression, names);
    return undefined;
  }

  private callSource(call: ts.CallExpression, names: Set<string>): string | undefined {
    const callee = calleeText(call);
    if (callee === "path.basename" || callee === "basename") return undefined;
    if (callee && preservingCalls.has(callee)) {
      for (const argument of call.arguments) {
        const source = this.sourceOf(argument, names);
        if (source !== undefined) return source;
      }
      return undefined;
    }
    const target = unwrapExpression(call.expression);
    if (!ts.isPropertyAccessExpression(target)) return undefined;
    // `request.file()` (@fastify/multipart), `ctx.request.get(...)`: a reader on the request itself.
    if (this.isRequestMember(target)) return label(call, this.sourceFile);
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

  /** Variables a value was built from, transitively. */
  private lineage(names: Set<string>): Set<string> {
    const all = new Set<string>();
    const pending = [...names];
    while (pending.length > 0) {
      const name = pending.pop()!;
      if (all.has(name)) continue;
      all.add(name);
      pending.push(...(this.variables.get(name)?.from ?? []));
    }
    return all;
  }

  /**
   * Checks that contain a tainted variable: `ALLOWED.includes(name)` / `.has(name)` / `name in TABLE`, an anchored
   * regex test, `resolved.startsWith(root)`, `path.relative(root, resolved).startsWith("..")`, `name.includes("..")`.
   */
  private findContainment(body: ts.Node): void {
    const note = (node: ts.Expression | undefined): void => {
      const expression = node && unwrapExpression(node);
      if (expression && ts.isIdentifier(expression) && this.variables.has(expression.text)) this.containedNames.add(expression.text);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        const receiver = unwrapExpression(node.expression.expression);
        const argument = node.arguments[0];
        if (method === "startsWith") note(receiver);
        if ((method === "includes" || method === "indexOf") && stringValue(argument)?.includes("..")) note(receiver);
        if ((method === "includes" || method === "has") && !this.sourceOf(receiver, new Set())) note(argument);
        if (method === "test" && ts.isRegularExpressionLiteral(receiver) && receiver.text.startsWith("/^") && /\$\/\w*$/.test(receiver.text)) note(argument);
        if (calleeText(node) === "path.relative" || calleeText(node) === "relative") note(node.arguments[1]);
      }
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword) note(node.left);
      ts.forEachChild(node, visit);
    };
    visit(body);
  }
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
