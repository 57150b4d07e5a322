// missing-input-validation: a route handler that uses the request body or query without a schema validator
// first. Reads routes from the framework model and input reads from request-inputs.ts; the scaffold fix adds a
// strict zod schema built from the fields the handler reads and a 400 answer in the framework's idiom.
import { ts } from "ts-morph";
import { defineRule, type FixRequest, type RuleContext, type Span } from "./engine/types.js";
import type { FixBuilder } from "./engine/fix-builder.js";
import type { LinkedRoute } from "./model/project-model.js";
import { readRequestInputs, type FieldRead, type RequestInputRead, type RequestInputSource } from "./model/request-inputs.js";
import { routeHandlersIn, type HandledRoute } from "./model/route-handlers.js";
import { findNodeBySpan, type FunctionLike } from "./model/syntax.js";
import type { Framework, GuardRef } from "./model/types.js";

type Context = RuleContext<Record<string, never>>;

/**
 * Body and query carry what the client chose. Path params are matched by the router and used for lookups, and
 * headers are read by auth and tracing code: neither is flagged (the model still records them for other rules).
 */
const checkedSources: readonly RequestInputSource[] = ["body", "query"];

/** Validation middleware libraries: any function they export, used in a route's chain, validates its input. */
const validationMiddlewareModule =
  /^(celebrate|express-validation|express-validator|express-joi-validation|express-json-validator-middleware|zod-express-middleware|express-zod-safe|zod-express|hono\/validator|@hono\/[\w-]+-validator|@sinclair\/typebox|zod|joi|yup|valibot|ajv)$/;

/** express-validator chains validate one input each (`body("email").isEmail()`). */
const expressValidatorChains: Readonly<Record<string, RequestInputSource | "all">> = {
  body: "body",
  query: "query",
  param: "params",
  header: "headers",
  check: "all",
  checkSchema: "all",
  checkExact: "all",
  oneOf: "all",
};

const fetchStyleFrameworks: readonly Framework[] = ["next-app", "edge-function", "worker"];

export default defineRule({
  id: "missing-input-validation",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    fix: "scaffold",
    summary: "Request handlers must validate the body and query with a schema before using them.",
    fixTitle: "Validate the input with a zod schema",
    messages: {
      unvalidated: "{{route}} reads `{{input}}` without validating it; parse it with a schema first.",
      unvalidatedNest:
        "{{route}} reads `{{input}}` without validation; type it with a DTO whose fields carry class-validator decorators under a ValidationPipe, or pass a ZodValidationPipe.",
    },
  },
  check: (ctx) => ({
    onEnd() {
      const seenHandlers = new Set<FunctionLike>();
      for (const { linked, handler } of routesByHandler(routeHandlersIn(ctx.project, ctx.file, ctx.sourceFile))) {
        const { route } = linked;
        if (route.frameworkValidated || route.framework === "socket.io" || seenHandlers.has(handler)) continue;
        seenHandlers.add(handler);
        checkHandler(ctx, linked, handler);
      }
    },
  }),
});

function checkHandler(ctx: Context, linked: LinkedRoute, handler: FunctionLike): void {
  const { route } = linked;
  const reads = readRequestInputs(handler, ctx.sourceFile, {
    framework: route.framework,
    isProjectValidator: (callee) => ctx.project.isValidator(callee, ctx.filePath),
  });
  const chainValidated = sourcesValidatedByChain(ctx, linked.guards);
  const flagged = reads.find((read) => isUnvalidated(read, chainValidated) && !(route.framework === "nest" && isCheckedByGlobalPipe(ctx, read)));
  if (!flagged) return;
  const routeLabel = describeRoute(route.method, linked.fullPath || route.path);
  if (route.framework === "nest") {
    ctx.report({ span: flagged.span, messageId: "unvalidatedNest", data: { route: routeLabel, input: flagged.label } });
    return;
  }
  const fix = scaffoldFix(ctx, linked, handler, reads.filter((read) => read.source === flagged.source));
  ctx.report({ span: flagged.span, messageId: "unvalidated", data: { route: routeLabel, input: flagged.label }, fix });
}

/** NestJS: a global ValidationPipe checks a `@Body()`/`@Query()` DTO whose fields carry class-validator decorators. */
function isCheckedByGlobalPipe(ctx: Context, read: RequestInputRead): boolean {
  return !!read.declaredType && ctx.project.hasGlobalValidationPipe() && isValidatedDto(ctx, read.declaredType, new Set());
}

/** A DTO with validation decorators (or a zod DTO), or one built from such a DTO (`PartialType(CreateUserDto)`). */
function isValidatedDto(ctx: Context, name: string, seen: Set<string>): boolean {
  if (seen.has(name)) return false;
  seen.add(name);
  const summaries = [...ctx.project.summaries.values()];
  if (summaries.some((summary) => summary.validatedDtos?.includes(name))) return true;
  const derived = summaries.flatMap((summary) => summary.derivedDtos ?? []).filter((dto) => dto.name === name);
  return derived.some((dto) => dto.bases.some((base) => isValidatedDto(ctx, base, seen)));
}

/** Routes sharing one handler (a Pages API handler branching on `req.method`) are checked once, under their most mutating method. */
function routesByHandler(routes: HandledRoute[]): HandledRoute[] {
  const rank = ["POST", "PUT", "PATCH", "DELETE", "ALL"];
  const score = ({ linked }: HandledRoute): number => {
    const index = rank.indexOf(linked.route.method);
    return index === -1 ? rank.length : index;
  };
  return [...routes].sort((a, b) => score(a) - score(b));
}

function isUnvalidated(read: RequestInputRead, chainValidated: ReadonlySet<RequestInputSource | "all">): boolean {
  if (!checkedSources.includes(read.source) || read.validated) return false;
  // `if (!req.body) return ...` looks at the input without using it; a later use decides.
  if (read.fields.length === 0 && !read.usedWhole) return false;
  if (chainValidated.has("all") || chainValidated.has(read.source)) return false;
  const readFieldByField = read.fields.length > 0 && !read.usedWhole;
  return !(readFieldByField && read.fields.every((field) => isFieldChecked(field, read.source)));
}

/**
 * A field read on its own is checked when a validator checks it, when the handler checks its type or value by hand
 * (`typeof`, a literal comparison, a `switch`, an allow-list, a predicate deciding a branch), or, for a query value,
 * which is text, when it is converted (`Number(req.query.page) || 1`) or tested for presence before use.
 */
function isFieldChecked(field: FieldRead, source: RequestInputSource): boolean {
  if (field.validated || field.checkedByHand === "type") return true;
  return source === "query" && (field.coerced || field.checkedByHand === "presence");
}

/** Inputs validated by middleware in the route's chain: library validators, project helpers and configured `validators`. */
function sourcesValidatedByChain(ctx: Context, guards: LinkedRoute["guards"]): Set<RequestInputSource | "all"> {
  const validated = new Set<RequestInputSource | "all">();
  for (const guard of guards) {
    const root = /^[\w$]+/.exec(guard.name)?.[0];
    if (!root) continue;
    const module = ctx.project.summaries.get(guard.filePath)?.imports.find((binding) => binding.local === root)?.module;
    if (module === "express-validator" && expressValidatorChains[root]) validated.add(expressValidatorChains[root]);
    else if ((module && validationMiddlewareModule.test(module)) || ctx.project.isValidator(guard.name, guard.filePath) || isConfiguredValidator(ctx, guard)) {
      validated.add(sourceNamedBy(guard.name));
    }
  }
  return validated;
}

function isConfiguredValidator(ctx: Context, guard: GuardRef): boolean {
  const lastSegment = guard.name.slice(guard.name.lastIndexOf(".") + 1);
  return ctx.settings.validators.includes(lastSegment);
}

/** `validateBody(schema)` checks the body only; `validate(schema)` is taken to check everything. */
function sourceNamedBy(name: string): RequestInputSource | "all" {
  if (/body/i.test(name)) return "body";
  if (/query/i.test(name)) return "query";
  return "all";
}

function describeRoute(method: string, path: string): string {
  if (!path) return `The ${method === "ALL" ? "" : method + " "}handler`;
  return method === "ALL" ? path : `${method} ${path}`;
}

/**
 * The scaffold: a strict zod schema above the handler's statement, a `safeParse` with a 400 answer before the
 * first read, and every read of the input replaced by the parsed data.
 */
function scaffoldFix(ctx: Context, linked: LinkedRoute, handler: FunctionLike, reads: RequestInputRead[]): FixRequest | undefined {
  const { route } = linked;
  const wholeInput = reads.find((read) => read.wholeInput !== undefined)?.wholeInput;
  if (!wholeInput || reads.some((read) => read.wholeInput === undefined) || !handler.body || !ts.isBlock(handler.body)) return undefined;
  const anchor = anchorStatement(handler.body, reads);
  if (!anchor) return undefined;
  if (wholeInput.startsWith("await ") && !isInAsyncFunction(anchor)) return undefined;
  const topStatement = topLevelStatementOf(handler);
  if (!topStatement) return undefined;
  const source = reads[0]!.source;
  return {
    // Names are chosen when the fix is built: finding unused ones walks the whole file. Without them there is no fix.
    apply: (edit: FixBuilder) => {
      const parsedName = unusedName(namesIn(handler), ["parsed", `parsed${capitalize(source)}`, "parsedInput"]);
      const failure = failureResponse(ctx, route.framework, handler, parsedName);
      const schemaName = unusedName(factsOf(ctx.sourceFile).names, schemaNameCandidates(route.method, linked.fullPath || route.path, source));
      if (!failure || !parsedName || !schemaName) return;
      const fields = mergeFields(reads);
      const schemaPosition = beforeLeadingComments(ctx.sourceFile, topStatement);
      const schemaIndent = indentationAt(ctx.text, schemaPosition);
      const note = source === "body" && reads.some((read) => read.usedWhole)
        ? `// ${reads[0]!.label} is also used whole: list every field the route accepts, .strict() rejects the rest.\n${schemaIndent}`
        : "";
      edit.insertBefore(schemaPosition, `${note}${schemaDeclaration(schemaName, fields, source, route.method)}\n\n${schemaIndent}`);
      const parsePosition = beforeLeadingComments(ctx.sourceFile, anchor);
      const indent = indentationAt(ctx.text, parsePosition);
      edit.insertBefore(parsePosition, `const ${parsedName} = ${schemaName}.safeParse(${wholeInput});\n${indent}${failure(indent)}\n${indent}`);
      for (const read of reads) {
        const replacement = read.yieldsField === undefined ? `${parsedName}.data` : `${parsedName}.data${memberAccess(read.yieldsField)}`;
        edit.replace(withoutParentheses(ctx.sourceFile, read.span), replacement);
      }
      const { zod } = factsOf(ctx.sourceFile);
      if (!zod.isBound) edit.addNamedImport(zod.specifier, "z");
    },
  };
}

/** The answer to invalid input in the framework's idiom, or undefined when the handler lacks what it needs. */
function failureResponse(ctx: Context, framework: Framework, handler: FunctionLike, parsed: string | undefined): ((indent: string) => string) | undefined {
  const first = parameterName(handler, 0);
  const second = parameterName(handler, 1);
  const error = `{ error: ${parsed}.error.flatten() }`;
  switch (framework) {
    case "express":
    case "next-pages":
      return second ? () => `if (!${parsed}.success) return ${second}.status(400).json(${error});` : undefined;
    case "fastify":
      return second ? () => `if (!${parsed}.success) return ${second}.code(400).send(${error});` : undefined;
    case "hono":
      return first ? () => `if (!${parsed}.success) return ${first}.json(${error}, 400);` : undefined;
    case "koa":
      return first
        ? (indent) =>
            `if (!${parsed}.success) {\n${indent}  ${first}.status = 400;\n${indent}  ${first}.body = ${error};\n${indent}  return;\n${indent}}`
        : undefined;
    default: {
      if (!fetchStyleFrameworks.includes(framework)) return undefined;
      const responder = importsName(ctx.sourceFile, "NextResponse") ? "NextResponse" : "Response";
      return () => `if (!${parsed}.success) return ${responder}.json(${error}, { status: 400 });`;
    }
  }
}

function schemaDeclaration(name: string, fields: FieldRead[], source: RequestInputSource, method: string): string {
  const entries = fields.map((field) => `${propertyKey(field.name)}: ${zodType(field, source)}`);
  const suffix = source === "body" ? (method === "PATCH" ? ".partial().strict()" : ".strict()") : "";
  const oneLine = `const ${name} = z.object({ ${entries.join(", ")} })${suffix};`;
  if (entries.length === 0) return `const ${name} = z.object({})${suffix};`;
  if (oneLine.length <= 110) return oneLine;
  return `const ${name} = z.object({\n${entries.map((entry) => `  ${entry},\n`).join("")}})${suffix};`;
}

/** Body fields take their JSON type; query values arrive as strings, so numbers are coerced and every field is optional. */
function zodType(field: FieldRead, source: RequestInputSource): string {
  const type = field.type === "unknown" ? conventionalType(field.name) : field.type;
  if (source === "query") {
    const base = type === "number" ? "z.coerce.number()" : type === "array" ? "z.array(z.string())" : "z.string()";
    return `${base}.optional()`;
  }
  switch (type) {
    case "string":
      return "z.string()";
    case "number":
      return "z.number()";
    case "boolean":
      return "z.boolean()";
    case "array":
      return "z.array(z.unknown())";
    default:
      return "z.unknown()";
  }
}

const conventionallyStrings = new Set(["id", "email", "name", "title", "description", "slug", "url", "password", "token", "reason", "message", "text", "comment", "phone", "subject", "currency", "country", "locale", "username"]);
const conventionallyNumbers = new Set(["cents", "amount", "price", "quantity", "qty", "count", "age", "total", "limit", "offset", "page", "size", "seats", "rating", "score"]);
const conventionallyArrays = new Set(["ids", "items", "lines", "tags", "entries", "members", "emails", "attachments"]);

/**
 * When the handler's use says nothing (the field is only passed on), the type its name conventionally has
 * (`customerEmail`, `amountCents`, `isPublic`, `lineItems`), so the fixed code still type-checks where the
 * value lands in a typed call; `unknown` when the name says nothing either.
 */
function conventionalType(name: string): FieldRead["type"] {
  const words = name.split(/_|-|(?<=[a-z0-9])(?=[A-Z])/).map((word) => word.toLowerCase());
  const last = words[words.length - 1] ?? "";
  if (conventionallyStrings.has(last)) return "string";
  if (conventionallyNumbers.has(last)) return "number";
  if (conventionallyArrays.has(last)) return "array";
  if (words.length > 1 && ["is", "has", "can", "should"].includes(words[0]!)) return "boolean";
  return "unknown";
}

/** One entry per field name across all reads, the first concrete type winning. */
function mergeFields(reads: RequestInputRead[]): FieldRead[] {
  const merged = new Map<string, FieldRead>();
  for (const field of reads.flatMap((read) => read.fields)) {
    const existing = merged.get(field.name);
    if (!existing) merged.set(field.name, { ...field });
    else if (existing.type === "unknown") existing.type = field.type;
  }
  return [...merged.values()];
}

/** `createUserBody`, `updateUserBody`, `listOrdersQuery`: verb from the method, noun from the last static path segment. */
function schemaNameCandidates(method: string, path: string, source: RequestInputSource): string[] {
  const segments = path.split("/").filter((segment) => segment && !/^(api|v\d+)$/i.test(segment));
  const last = segments[segments.length - 1];
  const endsWithParam = !!last && /^[:[{*]/.test(last);
  const staticSegments = segments.filter((segment) => !/^[:[{*(]/.test(segment));
  const resource = staticSegments[staticSegments.length - 1] ?? "request";
  const verb =
    method === "POST" ? "create" : method === "PUT" || method === "PATCH" ? "update" : method === "DELETE" ? "delete" : method === "GET" ? (endsWithParam ? "get" : "list") : "";
  // A handler serving every method (an edge function) is named after its path alone: `sendInviteBody`.
  const noun = pascalCase(verb === "list" || verb === "" ? resource : singular(resource));
  const named = verb + noun;
  const base = `${named.charAt(0).toLowerCase()}${named.slice(1)}${capitalize(source)}`;
  return [base, `${base}Schema`, `${base}Input`];
}

function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + "y";
  if (/(ss|us)$/.test(word)) return word;
  return word.replace(/s$/, "");
}

function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(capitalize)
    .join("");
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

function memberAccess(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

/** The statement, in the innermost block holding every read, that contains the first read: the parse goes before it. */
function anchorStatement(body: ts.Block, reads: RequestInputRead[]): ts.Statement | undefined {
  const nodes = reads.map((read) => nodeAt(body, read.span.start));
  const chains = nodes.map((node) => blocksAbove(node, body));
  if (chains.some((chain) => chain.length === 0)) return undefined;
  let common = body;
  for (let depth = 0; ; depth++) {
    const candidate = chains[0]![depth];
    if (!candidate || chains.some((chain) => chain[depth] !== candidate)) break;
    common = candidate;
  }
  const first = Math.min(...reads.map((read) => read.span.start));
  return common.statements.find((statement) => statement.getStart() <= first && first < statement.getEnd());
}

/** Blocks from `body` down to the one holding `node`, outermost first. */
function blocksAbove(node: ts.Node | undefined, body: ts.Block): ts.Block[] {
  const chain: ts.Block[] = [];
  for (let current = node; current; current = current.parent) {
    if (ts.isBlock(current)) chain.unshift(current);
    if (current === body) return chain;
  }
  return [];
}

function nodeAt(root: ts.Node, position: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (position < node.getStart() || position >= node.getEnd()) return;
    found = node;
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

function isInAsyncFunction(node: ts.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isFunctionLike(current)) return (ts.getCombinedModifierFlags(current as ts.Declaration) & ts.ModifierFlags.Async) !== 0;
  }
  return false;
}

function topLevelStatementOf(node: ts.Node): ts.Statement | undefined {
  let current: ts.Node = node;
  while (current.parent && !ts.isSourceFile(current.parent)) current = current.parent;
  return ts.isSourceFile(current.parent) ? (current as ts.Statement) : undefined;
}

/** Where a statement's leading comments begin, so inserted code does not split a comment from its statement. */
function beforeLeadingComments(sourceFile: ts.SourceFile, statement: ts.Statement): number {
  const comments = ts.getLeadingCommentRanges(sourceFile.text, statement.getFullStart());
  return comments?.[0]?.pos ?? statement.getStart(sourceFile);
}

function indentationAt(text: string, position: number): string {
  const lineStart = text.lastIndexOf("\n", position - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, position))?.[0] ?? "";
}

function parameterName(handler: FunctionLike, index: number): string | undefined {
  const name = handler.parameters[index]?.name;
  return name && ts.isIdentifier(name) ? name.text : undefined;
}

function namesIn(root: ts.Node): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return names;
}

/**
 * What every fix of a file asks of the whole file, found once per file: a file of 20,000 routes builds 20,000 fixes,
 * and walking it for each made the run quadratic.
 */
interface FileFacts {
  names: ReadonlySet<string>;
  zod: { isBound: boolean; specifier: string };
}

const fileFacts = new WeakMap<ts.SourceFile, FileFacts>();

function factsOf(sourceFile: ts.SourceFile): FileFacts {
  let facts = fileFacts.get(sourceFile);
  if (!facts) fileFacts.set(sourceFile, (facts = { names: namesIn(sourceFile), zod: { isBound: hasZodBinding(sourceFile), specifier: zodSpecifierFor(sourceFile) } }));
  return facts;
}

function unusedName(taken: ReadonlySet<string>, candidates: readonly string[]): string | undefined {
  return candidates.find((candidate) => !taken.has(candidate));
}

function importsName(sourceFile: ts.SourceFile, name: string): boolean {
  return sourceFile.statements.some((statement) => {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    return !!bindings && ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === name);
  });
}

/** `(await request.json()) as Link`: the parentheses go with the read, since `parsed.data` needs none. */
function withoutParentheses(sourceFile: ts.SourceFile, span: Span): Span {
  const node = findNodeBySpan(sourceFile, span);
  let outer: ts.Node | undefined = node;
  while (outer && ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  return outer ? { start: outer.getStart(sourceFile), end: outer.getEnd() } : span;
}

/** Deno code imports packages by specifier (`npm:zod`, `https://esm.sh/zod`); everything else by name. */
function zodSpecifierFor(sourceFile: ts.SourceFile): string {
  const specifiers = sourceFile.statements.flatMap((statement) =>
    ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) ? [statement.moduleSpecifier.text] : [],
  );
  if (specifiers.some((specifier) => specifier.startsWith("npm:"))) return "npm:zod";
  if (specifiers.some((specifier) => specifier.startsWith("https://esm.sh/"))) return "https://esm.sh/zod";
  return "zod";
}

/** `z` already bound to zod (named, default or namespace import, any specifier), so no import is added. */
function hasZodBinding(sourceFile: ts.SourceFile): boolean {
  return sourceFile.statements.some((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) return false;
    if (!/^(npm:|https:\/\/esm\.sh\/)?zod(@[^/]*)?(\/|$)/.test(statement.moduleSpecifier.text)) return false;
    const clause = statement.importClause;
    const bindings = clause?.namedBindings;
    if (clause?.name?.text === "z") return true;
    if (bindings && ts.isNamespaceImport(bindings)) return bindings.name.text === "z";
    return !!bindings && ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === "z");
  });
}
