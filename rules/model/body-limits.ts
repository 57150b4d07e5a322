// Request body size limits: the body parsers a file configures (express/body-parser, koa-bodyparser, koa-body, multer,
// Fastify `bodyLimit`, Hono `bodyLimit`, Nest `useBodyParser`, a Next.js Pages `config.api.bodyParser`) with the limit
// each sets, and handlers that buffer a fetch-style body whole. Records facts only; judging a limit is the rule's job.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";
import type { Extractor } from "./summarize.js";
import type { ImportBinding } from "./types.js";
import { isStatusPosition } from "./auth-checks.js";
import { calleeModuleOf, calleeText, dottedName, findDeclaration, hasModifier, importedModuleOf, spanOf, stringValue, unwrapExpression, type FunctionLike } from "./syntax.js";

/** Which budget a limit is held to: `json` for parsed bodies (JSON, forms, text), `upload` for raw bodies, files and catch-all limits. */
export type BodyBudget = "json" | "upload";

export interface BodyParserSummary {
  /** What configures the parser, as people name it: `express.json`, `multer`, `Fastify`, `bodyLimit`. */
  parser: string;
  budget: BodyBudget;
  /** The call (or `export const config`) to report on. */
  span: Span;
  /** The option holding the limit, as a path from the options object: `limit`, `limits.fileSize`, `api.bodyParser.sizeLimit`. */
  option: string;
  /** The limit's value node, when the option is set. */
  value?: Span;
  /** The limit in bytes when it is a constant; absent when it is computed elsewhere. */
  bytes?: number;
  /** The option switches the limit off (`Infinity`, `Number.MAX_SAFE_INTEGER`). */
  unlimited?: boolean;
  /** The option is absent and the library's default has no limit (multer, koa-body multipart). */
  missing?: boolean;
  /** Whether the option takes a size string (`"1mb"`) or only a number of bytes. */
  acceptsSizeString: boolean;
  /** Files stream to disk (multer's `dest`, a `diskStorage`): an upload fills the disk, not memory. */
  writesToDisk?: boolean;
  /** Where a missing option goes: the options object literal, or the call whose only argument would be it. */
  insertInto?: Span;
  /** The part of `option` missing from `insertInto` (`limits.fileSize` when there is no `limits` object yet). */
  insertPath?: string;
}

interface ParserShape {
  parser: string;
  budget: BodyBudget;
  option: string;
  acceptsSizeString: boolean;
  /** The library's default has no limit, so an absent option is a finding. */
  unlimitedByDefault?: boolean;
  writesToDisk?: boolean;
}

const expressParsers: Record<string, BodyBudget> = { json: "json", urlencoded: "json", text: "json", raw: "upload" };
/** A body format a parser in a route's chain accepts. */
export type ParsedBodyFormat = "json" | "urlencoded" | "text" | "raw";

/** Koa's body parsers take JSON and forms by default (koa-body text too); Fastify parses JSON itself, and forms once `@fastify/formbody` is registered. */
const parserModuleFormats = new Map<string, readonly ParsedBodyFormat[]>([
  ["koa-bodyparser", ["json", "urlencoded"]],
  ["@koa/bodyparser", ["json", "urlencoded"]],
  ["koa-body", ["json", "urlencoded", "text"]],
  ["@fastify/formbody", ["urlencoded"]],
  ["fastify-formbody", ["urlencoded"]],
]);

/**
 * The body formats a middleware of a route's chain parses, read from the binding's module: express's and body-parser's
 * (`express.urlencoded()`, `bodyParser.json()`, `import { urlencoded } from "express"`), Koa's parsers and Fastify's form
 * plugin; `name` is the middleware's callee as written and `imports` its file's imports. Undefined when it is no body parser.
 */
export function parsedBodyFormatsOf(name: string, imports: readonly ImportBinding[]): readonly ParsedBodyFormat[] | undefined {
  const [root = "", member, ...rest] = name.split(".");
  if (rest.length > 0) return undefined;
  const binding = imports.find((candidate) => candidate.local === root);
  if (!binding) return undefined;
  if (binding.module !== "express" && binding.module !== "body-parser") return member === undefined ? parserModuleFormats.get(binding.module) : undefined;
  const parser = member === undefined ? binding.imported : binding.imported === "default" || binding.imported === "*" ? member : undefined;
  return parser !== undefined && parser in expressParsers ? [parser as ParsedBodyFormat] : undefined;
}

const koaBodyParserModules = new Set(["koa-bodyparser", "@koa/bodyparser"]);
const koaLimitOptions = ["jsonLimit", "formLimit", "textLimit"];

const units: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

/** A size the way the `bytes` package reads it: `"1mb"`, `"512 KB"`, `"1.5gb"`, `"1024"` (bytes); undefined when unreadable. */
export function parseByteSize(text: string): number | undefined {
  const match = /^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*(b|kb|mb|gb|tb|pb)?\s*$/i.exec(text);
  if (!match) return undefined;
  return Math.floor(Number(match[1]) * units[(match[2] ?? "b").toLowerCase()]!);
}

export const bodyLimits: Extractor = {
  kinds: [ts.SyntaxKind.CallExpression, ts.SyntaxKind.NewExpression, ts.SyntaxKind.VariableStatement],
  visit(node, { summary, sourceFile }) {
    const found = ts.isVariableStatement(node)
      ? nextPagesConfig(node, sourceFile)
      : parserCall(node as ts.CallExpression | ts.NewExpression, sourceFile, summary.imports);
    if (found.length > 0) (summary.bodyParsers ??= []).push(...found);
  },
};

/**
 * `imported` holds the file's imported names (imports precede use): a call whose root no body parser's module binds
 * (a Nest decorator, a service call) is ruled out before any binding lookup.
 */
function parserCall(call: ts.CallExpression | ts.NewExpression, sourceFile: ts.SourceFile, imported: readonly ImportBinding[]): BodyParserSummary[] {
  const name = calleeText(call);
  if (!name) return [];
  const dot = name.indexOf(".");
  const root = dot === -1 ? name : name.slice(0, dot);
  if (!(name.endsWith(".useBodyParser") || imported.some((binding) => binding.local === root && parserModules.has(binding.module)))) return [];
  const shapes = parserShapes(call);
  const options = call.arguments?.[shapes[0]?.parser === "useBodyParser" ? 1 : 0];
  const literal = options && unwrapExpression(options);
  if (shapes.length === 0 || (literal && !ts.isObjectLiteralExpression(literal))) return [];
  return shapes.flatMap((shape) => limitOf(shape, call, literal, sourceFile));
}

/** The parsers a call configures; koa-bodyparser sets three limits in one options object. */
function parserShapes(call: ts.CallExpression | ts.NewExpression): ParserShape[] {
  const name = calleeText(call);
  if (!name) return [];
  const [root = "", member] = name.split(".");
  const module = importedModuleOf(root, call);
  if ((module === "express" || module === "body-parser") && member && expressParsers[member]) {
    return [{ parser: name, budget: expressParsers[member]!, option: "limit", acceptsSizeString: true }];
  }
  if (member === "useBodyParser" && ts.isCallExpression(call)) {
    const kind = stringValue(call.arguments[0]);
    const budget = kind && expressParsers[kind];
    return budget ? [{ parser: "useBodyParser", budget, option: "limit", acceptsSizeString: true }] : [];
  }
  if (member !== undefined) return [];
  if (module && koaBodyParserModules.has(module)) {
    return koaLimitOptions.map((option) => ({ parser: root, budget: "json" as const, option, acceptsSizeString: true }));
  }
  if (module === "koa-body") return koaBodyShapes(call, root);
  if (module === "multer") {
    // multer's own function, not one of its named exports (`diskStorage(…)` configures where files go).
    if (!["", "default"].includes(calleeModuleOf(call.expression).member) || takesNoFiles(call)) return [];
    return [{ parser: root, budget: "upload", option: "limits.fileSize", acceptsSizeString: false, unlimitedByDefault: true, ...(storesOnDisk(call) && { writesToDisk: true }) }];
  }
  if (module === "fastify") return [{ parser: root, budget: "upload", option: "bodyLimit", acceptsSizeString: false }];
  if (module === "hono/body-limit") return [{ parser: root, budget: "upload", option: "maxSize", acceptsSizeString: false }];
  return [];
}

/**
 * `multer().none()`, or a multer instance of this module used only as `upload.none()`: it takes text fields and
 * refuses any file part, so there is no file size to bound.
 */
function takesNoFiles(call: ts.CallExpression | ts.NewExpression): boolean {
  const parent = call.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === call) return parent.name.text === "none";
  if (!ts.isVariableDeclaration(parent) || !ts.isIdentifier(parent.name) || !ts.isVariableDeclarationList(parent.parent)) return false;
  if (hasModifier(parent.parent.parent, ts.SyntaxKind.ExportKeyword)) return false;
  const instance = parent.name;
  let uses = 0;
  let otherUse = false;
  const visit = (node: ts.Node): void => {
    if (otherUse) return;
    if (ts.isIdentifier(node) && node !== instance && node.text === instance.text) {
      const access = node.parent;
      if (ts.isPropertyAccessExpression(access) && access.expression === node && access.name.text === "none") uses++;
      else if (!(ts.isPropertyAccessExpression(access) && access.name === node)) otherUse = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(call.getSourceFile());
  return uses > 0 && !otherUse;
}

/**
 * `multer({ dest })`, or a `storage` made by `multer.diskStorage(…)` (inline or in a `const` of the file): uploaded
 * files stream to disk rather than into memory.
 */
function storesOnDisk(call: ts.CallExpression | ts.NewExpression): boolean {
  const options = call.arguments?.[0] && unwrapExpression(call.arguments[0]);
  if (!options || !ts.isObjectLiteralExpression(options)) return false;
  if (propertyValue(options, "dest")) return true;
  let storage = propertyValue(options, "storage");
  if (storage && ts.isIdentifier(storage)) {
    const declaration = findDeclaration(storage.text, storage);
    storage = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? unwrapExpression(declaration.initializer) : undefined;
  }
  if (!storage || !ts.isCallExpression(storage)) return false;
  const { module, member } = calleeModuleOf(storage.expression);
  return module === "multer" && member === "diskStorage";
}

/** The modules `parserShapes` knows parsers of. */
const parserModules: ReadonlySet<string> = new Set(["express", "body-parser", ...koaBodyParserModules, "koa-body", "multer", "fastify", "hono/body-limit"]);

/** koa-body: JSON/form/text limits, and formidable's file size once `multipart: true` (its default is 200 MB). */
function koaBodyShapes(call: ts.CallExpression | ts.NewExpression, root: string): ParserShape[] {
  const shapes: ParserShape[] = koaLimitOptions.map((option) => ({ parser: root, budget: "json", option, acceptsSizeString: true }));
  const options = call.arguments?.[0] && unwrapExpression(call.arguments[0]);
  const multipart = options && ts.isObjectLiteralExpression(options) ? propertyValue(options, "multipart") : undefined;
  if (multipart?.kind === ts.SyntaxKind.TrueKeyword) {
    shapes.push({ parser: root, budget: "upload", option: "formidable.maxFileSize", acceptsSizeString: false, unlimitedByDefault: true });
  }
  return shapes;
}

/** Next.js Pages API: `export const config = { api: { bodyParser: { sizeLimit: "50mb" } } }`. */
function nextPagesConfig(statement: ts.VariableStatement, sourceFile: ts.SourceFile): BodyParserSummary[] {
  if (!hasModifier(statement, ts.SyntaxKind.ExportKeyword)) return [];
  const declaration = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === "config");
  const initializer = declaration?.initializer && unwrapExpression(declaration.initializer);
  if (!declaration || !initializer || !ts.isObjectLiteralExpression(initializer)) return [];
  const shape: ParserShape = { parser: "bodyParser", budget: "json", option: "api.bodyParser.sizeLimit", acceptsSizeString: true };
  const found = limitOf(shape, declaration, initializer, sourceFile);
  return found.filter((parser) => parser.value);
}

function limitOf(shape: ParserShape, at: ts.Node, options: ts.ObjectLiteralExpression | undefined, sourceFile: ts.SourceFile): BodyParserSummary[] {
  const base = { parser: shape.parser, budget: shape.budget, span: spanOf(at, sourceFile), option: shape.option, acceptsSizeString: shape.acceptsSizeString, ...(shape.writesToDisk && { writesToDisk: true }) };
  const path = shape.option.split(".");
  let holder: ts.ObjectLiteralExpression | undefined = options;
  for (const [index, key] of path.slice(0, -1).entries()) {
    const next = holder && propertyValue(holder, key);
    if (!next || !ts.isObjectLiteralExpression(next)) {
      // A computed options object may set the limit; only a literal without it is known to leave it unset.
      if (!shape.unlimitedByDefault || next) return [];
      return [{ ...base, missing: true, insertInto: spanOf(holder ?? at, sourceFile), insertPath: path.slice(index).join(".") }];
    }
    holder = next;
  }
  const last = path[path.length - 1]!;
  const value = holder && propertyValue(holder, last);
  if (!value) return shape.unlimitedByDefault ? [{ ...base, missing: true, insertInto: spanOf(holder ?? at, sourceFile), insertPath: last }] : [];
  const size = constantSize(value);
  return [{ ...base, value: spanOf(value, sourceFile), bytes: size === Infinity ? undefined : size, unlimited: size === Infinity || undefined }];
}

function propertyValue(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && property.name.text === name) {
      return unwrapExpression(property.initializer);
    }
  }
  return undefined;
}

/** A constant size in bytes: a size string, a number, arithmetic on numbers (`50 * 1024 * 1024`), or Infinity for "no limit". */
function constantSize(node: ts.Expression): number | undefined {
  const expression = unwrapExpression(node);
  const text = stringValue(expression);
  if (text !== undefined) return parseByteSize(text);
  if (ts.isNumericLiteral(expression)) return Number(expression.text.replace(/_/g, ""));
  const name = dottedName(expression);
  if (name === "Infinity" || name === "Number.POSITIVE_INFINITY" || name === "Number.MAX_SAFE_INTEGER" || name === "Number.MAX_VALUE") return Infinity;
  if (ts.isBinaryExpression(expression)) {
    const left = constantSize(expression.left);
    const right = constantSize(expression.right);
    if (left === undefined || right === undefined) return undefined;
    switch (expression.operatorToken.kind) {
      case ts.SyntaxKind.AsteriskToken:
        return left * right;
      case ts.SyntaxKind.PlusToken:
        return left + right;
      case ts.SyntaxKind.MinusToken:
        return left - right;
      case ts.SyntaxKind.AsteriskAsteriskToken:
        return left ** right;
      default:
        return undefined;
    }
  }
  return undefined;
}

const bufferingReaders = new Set(["text", "arrayBuffer", "blob", "formData"]);

/**
 * `await request.text()` / `arrayBuffer()` / `blob()` / `formData()` on a fetch-style handler's request parameter when
 * nothing in the handler looks at the size first (a `content-length` read, a `.size`/`.byteLength`/`.length` bound, or a
 * 413 answer).
 */
export function unboundedBufferedReads(handler: FunctionLike): ts.CallExpression[] {
  const request = handler.parameters[0]?.name;
  if (!request || !ts.isIdentifier(request) || !handler.body) return [];
  const reads: ts.CallExpression[] = [];
  let checksSize = false;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && bufferingReaders.has(node.expression.name.text)) {
      const receiver = unwrapExpression(node.expression.expression);
      if (ts.isIdentifier(receiver) && receiver.text === request.text && node.arguments.length === 0) reads.push(node);
    }
    if (ts.isStringLiteralLike(node) && node.text.toLowerCase() === "content-length") checksSize = true;
    if (ts.isBinaryExpression(node) && isSizeBound(node)) checksSize = true;
    // Answering 413 Payload Too Large means the handler bounds the size, however it measures it.
    if (ts.isNumericLiteral(node) && node.text === "413" && isStatusPosition(node)) checksSize = true;
    ts.forEachChild(node, visit);
  };
  visit(handler.body);
  return checksSize ? [] : reads;
}

function isSizeBound(binary: ts.BinaryExpression): boolean {
  const comparison = [ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken, ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken];
  if (!comparison.includes(binary.operatorToken.kind)) return false;
  return [binary.left, binary.right].some((side) => {
    const expression = unwrapExpression(side);
    return ts.isPropertyAccessExpression(expression) && /^(size|byteLength|length)$/.test(expression.name.text);
  });
}
