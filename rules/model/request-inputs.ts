// Request input reads: which request inputs (body, query, params, headers) a handler reads, how each is used
// (field by field, whole, coerced) and whether it flows through a schema validator first. Syntactic, per handler.
import { ts } from "ts-morph";
import type { Span } from "../engine/types.js";
import { reusedForMethod, type MemberMemo } from "../engine/member-memo.js";
import { calleeText, constInitializerOf, decoratorsOf, dottedName, endsByReturnOrThrow, findDeclaration, functionBoundTo, importedModuleOf, importedModuleOfCallee, isFallbackFor, isFallbackOperator, isInCondition, localTypeMembers, outermostValue, packageOf, projectCalleeName, spanOf, stringValue, unwrapExpression, type FunctionLike } from "./syntax.js";
import { quoteNode } from "./secret-literals.js";
import { codeExchangeMethods, coercions, isDoubleNegation, isTextTestInCondition, isTextSanitizerCall, isJoinedIntoText, isNarrowed, isNullish, isProtocolServerCall, isRequestConsumingCall, isValidatorModule, oauthClientModules, protocolServerModules } from "./parameter-checks.js";
import { isSignatureCheck, secretSettingName, someDescendant, throwingSignatureCheck, verifiesSignature } from "./auth-checks.js";
import { loggingLevelOf } from "./loggers.js";
import { nestResponseParameter } from "./frameworks/nest.js";
import { responseBodyOf } from "./responses.js";
import type { Framework } from "./types.js";
import { isBoundComparisonValue, type LibraryExportOf } from "./bound-queries.js";

export type RequestInputSource = "body" | "query" | "params" | "headers";

/**
 * The type a field's use suggests: compared with a number, called `.toLowerCase()` on, `.map`ped, a property read
 * on it (`comment.body`: an object), used as an uploaded file (`.arrayBuffer()`, `instanceof File`)...
 */
/** `any`: the handler's own type for it is no one kind (`string | string[]`, a named type), so any value is kept. */
export type FieldType = "string" | "number" | "boolean" | "array" | "object" | "file" | "any" | "unknown";

/**
 * How an input's content is laid out: `object` a parsed JSON value; `text-fields` an object whose values are text
 * (a query string, `c.req.parseBody()`); `form-data` a FormData read with `get`/`getAll`; `text` the raw text.
 */
export type InputShape = "object" | "text-fields" | "form-data" | "text";

export interface FieldRead {
  name: string;
  type: FieldType;
  /** Every use converts it (`Number(req.query.page)`, `parseInt(limit, 10)`) or checks it with a validator. */
  coerced: boolean;
  /** Every use checks it with a validator (`z.string().email().parse(req.body.email)`). */
  validated: boolean;
  /**
   * Some use checks it by hand before it is trusted: `type` for a typeof test, a comparison with a literal, a
   * `switch`, an allow-list (`allowed.includes(x)`) or a predicate in a condition (`if (!isSafeUrl(x))`); `presence`
   * for a truthiness test only (`if (!x) return 400`).
   */
  checkedByHand?: "type" | "presence";
  /** Some use supplies a value, or skips its work, when the field is absent: `x ?? ""`, `x || undefined`, `x?.trim()`. */
  absenceHandled?: boolean;
  /** The fields read from an object field (`comment.body`, `address.city`). */
  fields?: FieldRead[];
  /** Some use tolerates its absence: a fallback (`x ?? 10`), a presence test, a comparison with a literal, `x?.y`. */
  optional?: boolean;
  /**
   * Null is as good as absent to the handler (the uses that tolerate absence, `password && …`, `x ?? d`, `x?.y`, all
   * tolerate null), or its cast admits it (`string | null`): clients may send null, so a schema accepts it.
   */
  nullable?: boolean;
}

/**
 * Hono's own parsing keeps query values text (`c.req.query()` one string a key, `c.req.queries()` lists of strings);
 * the query parsers of Express, Koa, Fastify and NestJS on Express make arrays and objects of `a[]=1&a[x]=2`.
 */
export function keepsQueryValuesText(framework: Framework): boolean {
  return framework === "hono";
}

export interface RequestInputRead {
  source: RequestInputSource;
  /** The read as written (`req.body`, `await request.json()`, `c.req.query("page")`, a Nest `@Body()` parameter). */
  span: Span;
  /** The input as people name it in a message: `req.body`, `request.json()`, `@Body() dto`. */
  label: string;
  /** An expression yielding the whole input (`req.body`, `await request.json()`, `c.req.query()`); absent for Nest parameters. */
  wholeInput?: string;
  /** Set when `span` yields one field (`c.req.query("page")`, `@Body("email")`) rather than the whole input. */
  yieldsField?: string;
  /** NestJS: the parameter's declared type (`CreateUserDto`), "any" when untyped or `any`. */
  declaredType?: string;
  /** Fields read from it, directly or through variables and destructuring. */
  fields: FieldRead[];
  shape: InputShape;
  /** Also used as a whole: passed to a call, spread, stored, returned, indexed dynamically, a method called on it. */
  usedWhole: boolean;
  /** Used whole as the data of a write (`db.user.create({ data: req.body })`, `Model.create({ ...body })`): extra keys reach the store. */
  writtenWhole: boolean;
  /** Cast to a type this file does not declare (`req.body as ImportedShape`): its fields cannot all be listed. */
  declaredShapeOpen?: boolean;
  /** FormData or URLSearchParams: each `form.get("name")`/`form.getAll("name")` call, the field it reads. */
  formReads?: Array<{ name: string; span: Span }>;
  /** Raw text the handler turns into data, `JSON.parse(raw)`: the value a schema checks (`shape` is then that data's). */
  convertedAt?: Span;
  /** Flows into a schema validator, or a validator already checked this input (or the whole request) earlier. */
  validated: boolean;
}

export interface InputReadOptions {
  framework: Framework;
  /** A project helper or configured validator, by its callee text (`validateBody`, `schemas.parseUser`). */
  isProjectValidator: (calleeText: string) => boolean;
  /**
   * A project function that checks its argument at `index` before trusting it (parameter-checks.ts), by its name as
   * the project model resolves it: `helper`, `Service.method` (for `this.service.method` with `service: Service`).
   */
  checksArgument?: (callee: string, index: number) => boolean;
  /** A project function that reads only named fields of its argument at `index` and checks each (`const { from } = range`). */
  checksArgumentReads?: (callee: string, index: number) => boolean;
  /** A project function that checks the named field of its argument at `index` (a command whose class decorates that field). */
  checksArgumentField?: (callee: string, index: number, field: string) => boolean;
  /** A project function that only joins the array it is handed at `index` into text (`filterAndJoin([prefix, label])`). */
  joinsArgument?: (callee: string, index: number) => boolean;
  /** A project function that sets up a protocol server and returns it (`const { oauthController } = await jackson()`). */
  isProtocolServerFactory?: (callee: string) => boolean;
  /** A project function that verifies a signature over what it is handed and stops when it fails (`verifyHookSignature`). */
  verifiesSignature?: (callee: string) => boolean;
  /** Query keys the router fills from the route's path (a Next Pages `[id]` segment): path params, not query input. */
  pathQueryKeys?: readonly string[];
  /** A name bound to a logger, as the project model resolves it (`logger` imported from the project's logging module). */
  isLogger?: (name: string) => boolean;
  /** The object literal at `span` is the options of an outbound HTTP call (`fetch(url, { method, body })`). */
  isOutboundRequestOptions?: (span: Span) => boolean;
  /** Where a name of the file comes from when it is a package's export, through the project's re-exports (`eq` of drizzle-orm). */
  libraryExportOf?: LibraryExportOf;
}

/** Methods that check a value against a schema held by the receiver (`schema.safeParse`, `Joi.attempt`, `Value.Check`). */
const validatorMethods = new Set([
  "parse",
  "safeParse",
  "parseAsync",
  "safeParseAsync",
  "spa",
  "validate",
  "validateSync",
  "validateAsync",
  "validateOrReject",
  "isValid",
  "isValidSync",
  "attempt",
  "Check",
  "Decode",
  // Generated protobuf messages (google-protobuf, protobuf-es) decode bytes against the message's schema; getters are typed.
  "deserializeBinary",
  "fromBinary",
  // Signature-verified webhook payloads (Stripe) are checked by the provider.
  "constructEvent",
  "constructEventAsync",
]);

/** What a schema held in a const answers with about a value: `parse`-style methods, shapeshift's `run` result and `is` guard. */
const heldSchemaMethods = new Set([...validatorMethods, "run", "is"]);

/**
 * `sortOrder.run(x)` where `const sortOrder = s.enum("asc", "desc")` and `s` comes from a validator package
 * (`@sapphire/shapeshift`): the receiver is a schema that package built, so the method checks `x` against it.
 */
function isHeldSchemaCheck(callee: ts.PropertyAccessExpression): boolean {
  const receiver = unwrapExpression(callee.expression);
  if (!ts.isIdentifier(receiver) || !heldSchemaMethods.has(callee.name.text)) return false;
  const initializer = constInitializerOf(receiver);
  const root = initializer && rootIdentifier(initializer);
  return !!root && isValidatorModule(importedModuleOf(root.text, root) ?? "");
}

/** Receivers whose `parse` reads text instead of checking a shape. */
const textParsers = new Set(["JSON", "qs", "querystring", "url", "path", "Date", "cookie", "URL", "YAML", "yaml", "toml", "Papa"]);

/** `_.toSafeInteger(x)`, `toInteger(x)` from lodash: whatever comes in, a finite number goes out. */
const lodashNumberCoercions = new Set(["toSafeInteger", "toInteger", "toFinite", "toNumber"]);

function isLodashNumberCoercion(call: ts.CallExpression): boolean {
  return lodashCalls(call, lodashNumberCoercions);
}

/** `_.isEmpty(x)`, `isEmpty(x)` from lodash, one of `names`. */
/** `Object.keys(input).length`: how many keys the client sent; no key or value goes anywhere. */
function isKeyCount(call: ts.CallExpression): boolean {
  if (calleeText(call) !== "Object.keys" || call.arguments.length !== 1) return false;
  const counted = outermostValue(call).parent;
  return ts.isPropertyAccessExpression(counted) && counted.name.text === "length";
}

function lodashCalls(call: ts.CallExpression, names: ReadonlySet<string>): boolean {
  const callee = unwrapExpression(call.expression);
  const root = ts.isPropertyAccessExpression(callee) ? callee.expression : callee;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
  if (name === undefined || !names.has(name) || !ts.isIdentifier(root)) return false;
  return /^lodash(-es)?(\/|$)/.test(importedModuleOf(root.text, call) ?? "");
}

const lodashEmptinessTests: ReadonlySet<string> = new Set(["isEmpty"]);

const stringMethods = new Set([
  "length",
  "toLowerCase",
  "toUpperCase",
  "trim",
  "trimStart",
  "trimEnd",
  "split",
  "startsWith",
  "endsWith",
  "replace",
  "replaceAll",
  "match",
  "padStart",
  "padEnd",
  "localeCompare",
  "normalize",
  "charAt",
  "substring",
]);
/** What only an uploaded file (a `File`/`Blob` form value) has. */
const fileMembers = new Set(["arrayBuffer", "stream", "bytes", "lastModified"]);
const arrayMethods = new Set(["map", "filter", "forEach", "some", "every", "reduce", "find", "findIndex", "flatMap", "join", "includes", "indexOf"]);

const nodeStyleSources: Record<string, RequestInputSource> = { body: "body", query: "query", params: "params", headers: "headers" };
const koaRequestSources: Record<string, RequestInputSource> = { body: "body", query: "query", headers: "headers" };
const koaContextSources: Record<string, RequestInputSource> = { query: "query", params: "params", headers: "headers" };
const honoSources: Record<string, RequestInputSource> = {
  json: "body",
  parseBody: "body",
  formData: "body",
  text: "body",
  query: "query",
  queries: "query",
  param: "params",
  header: "headers",
};
const fetchBodyReaders = new Set(["json", "formData", "text"]);
const fetchBodyShapes: Record<string, InputShape> = { json: "object", formData: "form-data", text: "text" };
const honoShapes: Record<string, InputShape> = { json: "object", parseBody: "text-fields", formData: "form-data", text: "text" };
/** What a write call is named: the data it is handed is stored as it is. */
const writeMethod = /^(create|createMany|insert|insertMany|insertOne|update|updateMany|updateOne|upsert|save|set|put|add|bulkCreate|findOneAndUpdate|findByIdAndUpdate|values)$/;
const nestSources: Record<string, RequestInputSource> = { Body: "body", Query: "query", Param: "params", Headers: "headers" };

/** A raw read before its uses are traced: the expression yielding the input, or a Nest parameter name. */
interface InputOccurrence {
  source: RequestInputSource;
  /** The expression whose value is the input (or field), or a binding pattern reading its fields; its uses are traced. */
  value: ts.Node;
  span: Span;
  label: string;
  wholeInput?: string;
  yieldsField?: string;
  /** Uses of these identifiers (a Nest parameter, a destructured request) are the uses of the input. */
  aliases?: ts.Identifier[];
  declaredType?: string;
  /** A validation pipe on the Nest parameter itself. */
  validatedByPipe?: boolean;
  shape?: InputShape;
}

/**
 * A field as it is traced: `declared` is the type a cast gives it (`req.body as { name: string }`), used when its uses
 * say nothing; `declaredOnly` when only the cast names it, so the schema keeps it optional: the handler does without it.
 */
/** `formValue`: read with a FormData's `get`, so text or an uploaded File, never a number, list or object. */
type TracedField = Omit<FieldRead, "fields"> & { declared?: FieldType; declaredOnly?: boolean; formValue?: boolean; subfields?: Map<string, TracedField> };

interface Trace {
  fields: Map<string, TracedField>;
  usedWhole: boolean;
  writtenWhole: boolean;
  declaredShapeOpen?: boolean;
  validated: boolean;
  formReads: Array<{ name: string; span: Span }>;
  /** Raw text turned into data: `JSON.parse(raw)` (an object) or `new URLSearchParams(raw)` (read like a FormData). */
  conversion?: { node: ts.Node; shape: InputShape };
}

/**
 * The request inputs `handler` reads, in source order. `handler` is the route's function (arrow, function,
 * method); its first parameter is the request (the context for Koa and Hono, decorated parameters for NestJS).
 */
export function readRequestInputs(handler: FunctionLike, sourceFile: ts.SourceFile, options: InputReadOptions): RequestInputRead[] {
  const body = handler.body;
  if (!body) return [];
  const analysis = new HandlerAnalysis(handler, sourceFile, options);
  const occurrences = analysis.requestReads();
  const validatedFrom = analysis.validationPositions(occurrences);
  const reads = occurrences
    .map((occurrence): RequestInputRead => {
      const trace = analysis.trace(occurrence);
      const earliest = Math.min(validatedFrom.get(occurrence.source) ?? Infinity, validatedFrom.get("request") ?? Infinity);
      return {
        source: occurrence.source,
        span: occurrence.span,
        label: occurrence.label,
        wholeInput: occurrence.wholeInput,
        yieldsField: occurrence.yieldsField,
        declaredType: occurrence.declaredType,
        fields: finishedFields(trace.fields),
        shape: trace.conversion?.shape ?? occurrence.shape ?? (occurrence.source === "query" ? "text-fields" : "object"),
        usedWhole: trace.usedWhole,
        writtenWhole: trace.writtenWhole,
        ...(trace.declaredShapeOpen ? { declaredShapeOpen: true } : {}),
        ...(trace.formReads.length > 0 ? { formReads: trace.formReads } : {}),
        ...(trace.conversion ? { convertedAt: spanOf(trace.conversion.node, sourceFile) } : {}),
        validated: !!occurrence.validatedByPipe || trace.validated || earliest < occurrence.span.start || analysis.isUsedOnlyAfter(occurrence, earliest),
      };
    })
    .sort((a, b) => a.span.start - b.span.start);
  return inheritFieldChecks(withoutPathQueryKeys(reads, options.pathQueryKeys ?? []));
}

/**
 * `readRequestInputs` of a class method, from `memo` while the method's text and context are unchanged and the project
 * answers what it asked as before: typing into one Nest route leaves the reads of the others as they were.
 */
export function readRequestInputsReusing(memo: MemberMemo | undefined, handler: FunctionLike, sourceFile: ts.SourceFile, options: InputReadOptions): RequestInputRead[] {
  const { framework, pathQueryKeys = [], ...queries } = options;
  const kind = `request-inputs ${framework} ${pathQueryKeys.join(",")}`;
  return reusedForMethod(memo, kind, handler, (asked) => readRequestInputs(handler, sourceFile, { framework, pathQueryKeys, ...asked }), queries);
}

/**
 * Where `handler` reads the request, with each read's label, without tracing what the reads become: the seeds of taint
 * tracking, which follows values itself. The same reads `readRequestInputs` gives, for a route without path query keys.
 */
export function requestInputSeeds(handler: FunctionLike, sourceFile: ts.SourceFile, framework: Framework): Array<{ span: Span; label: string }> {
  if (!handler.body) return [];
  const analysis = new HandlerAnalysis(handler, sourceFile, { framework, isProjectValidator: () => false });
  return analysis.requestReads().map(({ span, label }) => ({ span, label }));
}

/** Nest parameter decorators that hand a handler part of the request as the client sent it. */
const nestRequestDecorators = new Set([...Object.keys(nestSources), "Req", "Request", "RawBody", "UploadedFile", "UploadedFiles", "Ip"]);

/** A Nest handler parameter decorated to receive part of the request as the client sent it (`@Body()`, `@Query("q")`). */
export function isNestRequestParameter(parameter: ts.ParameterDeclaration): boolean {
  return decoratorsOf(parameter).some((decorator) => nestRequestDecorators.has(calleeText(decorator) ?? ""));
}

/**
 * The handler takes nothing the client sent: a Nest handler with no `@Body`/`@Query`/`@Param`/`@Headers`/`@Req`
 * parameter (only the signed-in user, say), or an Express, Fastify or Next Pages handler that never mentions its request.
 * Other frameworks hand one context for request and response alike, so they never qualify.
 */
export function takesNoRequestInput(handler: FunctionLike, framework: Framework): boolean {
  if (framework === "nest") return !handler.parameters.some(isNestRequestParameter);
  if (!["express", "fastify", "next-pages"].includes(framework)) return false;
  const request = handler.parameters[0]?.name;
  if (!request) return true;
  if (!ts.isIdentifier(request) || !handler.body) return false;
  let mentioned = false;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === request.text) mentioned = true;
    else if (!mentioned) ts.forEachChild(node, visit);
  };
  visit(handler.body);
  return !mentioned;
}

/** Query reads without the keys the route's path fills (`req.query.id` in `pages/api/users/[id].ts`). */
function withoutPathQueryKeys(reads: RequestInputRead[], keys: readonly string[]): RequestInputRead[] {
  if (keys.length === 0) return reads;
  return reads.flatMap((read) => {
    if (read.source !== "query") return [read];
    if (read.yieldsField !== undefined) return keys.includes(read.yieldsField) ? [] : [read];
    return [{ ...read, fields: read.fields.filter((field) => !keys.includes(field.name)) }];
  });
}

/**
 * A field read again where it was already checked: `if (typeof req.query.q === "string") use(req.query.q)` reads
 * `req.query.q` twice, and the later read is the value the typeof test (or a validator) vouched for. A query value's
 * presence test carries over too (`if (!req.query.id) return …; find(req.query.id)`), as it counts when the two uses
 * share one read (`const { id } = req.query`); a body field is not checked by a presence test, so neither is its later read.
 */
function inheritFieldChecks(reads: RequestInputRead[]): RequestInputRead[] {
  const checked = new Map<string, "type" | "validated" | "presence">();
  return reads.map((read) => {
    const fields = read.fields.map((field) => {
      const key = `${read.source}.${field.name}`;
      const earlier = checked.get(key);
      if (field.validated) checked.set(key, "validated");
      else if (field.checkedByHand === "type" && (earlier === undefined || earlier === "presence")) checked.set(key, "type");
      else if (field.checkedByHand === "presence" && read.source === "query" && earlier === undefined) checked.set(key, "presence");
      if (earlier === undefined || field.validated || field.checkedByHand === "type") return field;
      if (earlier === "presence") return { ...field, checkedByHand: "presence" as const };
      return earlier === "validated" ? { ...field, validated: true } : { ...field, checkedByHand: "type" as const };
    });
    return { ...read, fields };
  });
}

function finishedFields(fields: ReadonlyMap<string, TracedField>): FieldRead[] {
  return [...fields.values()].map(({ declared, declaredOnly, formValue: _formValue, subfields, ...read }) => {
    const field = declaredOnly ? { ...read, optional: true } : read;
    // The handler's own cast says what its clients send (`tags?: string[]` though a use reads it like text).
    const type = declared !== undefined && declared !== "unknown" ? declared : field.type;
    return subfields && subfields.size > 0 && (type === "object" || type === "unknown") ? { ...field, type: "object", fields: finishedFields(subfields) } : { ...field, type };
  });
}

class HandlerAnalysis {
  private readonly requestName: string | undefined;
  private readonly responseName: string | undefined;
  private readonly nodes: ts.Node[] = [];
  private readonly traces = new Map<InputOccurrence, Trace>();

  constructor(
    private readonly handler: FunctionLike,
    private readonly sourceFile: ts.SourceFile,
    private readonly options: InputReadOptions,
  ) {
    const first = handler.parameters[0]?.name;
    this.requestName = first && ts.isIdentifier(first) ? first.text : undefined;
    this.responseName = responseParameterName(handler, options.framework);
    const collect = (node: ts.Node): void => {
      this.nodes.push(node);
      ts.forEachChild(node, collect);
    };
    if (handler.body) collect(handler.body);
  }

  /** The handler's reads of the request: its decorated parameters in NestJS, else what it reads through the request. */
  requestReads(): InputOccurrence[] {
    return this.options.framework === "nest" ? this.nestOccurrences() : this.occurrences();
  }

  /** Reads through the request parameter (or a destructuring of it), by framework. */
  private occurrences(): InputOccurrence[] {
    const found: InputOccurrence[] = [];
    const first = this.handler.parameters[0]?.name;
    if (first && ts.isObjectBindingPattern(first)) found.push(...this.destructuredRequest(first));
    if (!this.requestName) return found;
    for (const node of this.nodes) {
      if (ts.isIdentifier(node) && node.text === this.requestName && isReference(node)) {
        const occurrence = this.occurrenceAt(node) ?? this.accessorOccurrenceAt(node);
        if (occurrence) found.push(occurrence);
      } else if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer) {
        const initializer = unwrapExpression(node.initializer);
        if (ts.isIdentifier(initializer) && initializer.text === this.requestName) found.push(...this.destructuredRequest(node.name));
      }
    }
    return found;
  }

  /**
   * `getParams(req)`, a function of this file that hands back the request's body or query (or both merged into one
   * record): its result is that input. A merged record carries the body's values, so it is judged as the body.
   */
  private accessorOccurrenceAt(request: ts.Identifier): InputOccurrence | undefined {
    if (!["express", "next-pages", "fastify"].includes(this.options.framework)) return undefined;
    const call = request.parent;
    if (!ts.isCallExpression(call) || call.arguments[0] !== request || !ts.isIdentifier(call.expression)) return undefined;
    const accessor = functionBoundTo(call.expression.text, call);
    const sources = accessor ? inputsReturnedBy(accessor) : [];
    if (sources.length === 0) return undefined;
    const source = sources.includes("body") ? "body" : "query";
    return { source, value: call, span: spanOf(call, this.sourceFile), label: call.getText(this.sourceFile), shape: source === "body" ? "object" : "text-fields" };
  }

  /** NestJS: `@Body() dto`, `@Query("page") page`, `@Param("id") id`, `@Headers("x") x` parameters. */
  private nestOccurrences(): InputOccurrence[] {
    const found: InputOccurrence[] = [];
    for (const parameter of this.handler.parameters) {
      if (!ts.isIdentifier(parameter.name)) continue;
      for (const decorator of decoratorsOf(parameter)) {
        const name = calleeText(decorator);
        const source = name ? nestSources[name] : undefined;
        if (!source) continue;
        const args = ts.isCallExpression(decorator.expression) ? decorator.expression.arguments : undefined;
        const field = stringValue(args?.[0]);
        found.push({
          source,
          value: parameter.name,
          span: spanOf(parameter, this.sourceFile),
          label: `@${name}(${field ? JSON.stringify(field) : ""}) ${parameter.name.text}`,
          yieldsField: field,
          declaredType: declaredTypeName(parameter),
          aliases: [parameter.name],
          validatedByPipe: (args ?? []).some((arg) => isPipe(arg)),
        });
      }
    }
    return found;
  }

  /** Where a validator checks each source (or, under "request", the whole request) for the first time. */
  validationPositions(occurrences: InputOccurrence[]): Map<RequestInputSource | "request", number> {
    const positions = new Map<RequestInputSource | "request", number>();
    const note = (key: RequestInputSource | "request", position: number): void => {
      positions.set(key, Math.min(positions.get(key) ?? Infinity, position));
    };
    for (const occurrence of occurrences) {
      const trace = this.trace(occurrence);
      if (trace.validated) note(occurrence.source, occurrence.span.start);
    }
    if (this.requestName) {
      for (const node of this.nodes) {
        if (!ts.isCallExpression(node)) continue;
        const passesRequest = node.arguments.some((arg) => ts.isIdentifier(arg) && arg.text === this.requestName);
        if (passesRequest && this.isValidatorCall(node)) note("request", node.getStart(this.sourceFile));
        if (this.isRawBodySignatureCheck(node)) note("body", node.getStart(this.sourceFile));
      }
    }
    return positions;
  }

  /**
   * `assertSigned(String(req.rawBody), req.get("x-signature"))`: the bytes a body parser's `verify` hook kept on the
   * request go to a signature check with the sender's signature. The parsed body is those same bytes: it is signed too.
   */
  private isRawBodySignatureCheck(call: ts.CallExpression): boolean {
    if (!["express", "fastify", "next-pages"].includes(this.options.framework)) return false;
    if (!call.arguments.some((argument) => this.isRawBody(argument, 0))) return false;
    return isSignatureCheck(call) || this.isProjectSignatureCheck(call);
  }

  /** `req.rawBody`, as it is, as text (`String(raw)`, `raw.toString()`) or through a const holding it. */
  private isRawBody(node: ts.Expression, depth: number): boolean {
    const value = unwrapExpression(node);
    if (ts.isCallExpression(value)) {
      const callee = unwrapExpression(value.expression);
      if (ts.isIdentifier(callee) && callee.text === "String" && value.arguments.length === 1) return this.isRawBody(value.arguments[0]!, depth);
      return ts.isPropertyAccessExpression(callee) && callee.name.text === "toString" && this.isRawBody(callee.expression, depth);
    }
    if (ts.isIdentifier(value)) {
      const initializer = depth < 2 ? constInitializerOf(value) : undefined;
      return !!initializer && this.isRawBody(initializer, depth + 1);
    }
    if (!ts.isPropertyAccessExpression(value) || value.name.text !== "rawBody") return false;
    const owner = unwrapExpression(value.expression);
    return ts.isIdentifier(owner) && owner.text === this.requestName;
  }

  trace(occurrence: InputOccurrence): Trace {
    const known = this.traces.get(occurrence);
    if (known) return known;
    const trace: Trace = { fields: new Map(), usedWhole: false, writtenWhole: false, validated: false, formReads: [] };
    const field = occurrence.yieldsField;
    const uses = occurrence.aliases ? this.referencesOf(occurrence.aliases) : [occurrence.value];
    for (const use of uses) {
      if (field === undefined) this.traceWhole(use, trace, 0, occurrence.shape ?? "object");
      else this.traceField(field, use, trace.fields, 0);
    }
    this.traces.set(occurrence, trace);
    return trace;
  }

  private occurrenceAt(request: ts.Identifier): InputOccurrence | undefined {
    const framework = this.options.framework;
    const member = memberOf(request);
    if (!member) return undefined;
    if (framework === "express" || framework === "next-pages" || framework === "fastify") {
      const source = nodeStyleSources[member.name];
      return source ? this.wholeRead(source, member.node) : undefined;
    }
    if (framework === "koa") {
      if (member.name === "request") {
        const inner = memberOf(member.node);
        const source = inner ? koaRequestSources[inner.name] : undefined;
        return source && inner ? this.wholeRead(source, inner.node) : undefined;
      }
      const source = koaContextSources[member.name];
      return source ? this.wholeRead(source, member.node) : undefined;
    }
    if (framework === "hono") {
      if (member.name !== "req") return undefined;
      const method = memberOf(member.node);
      const call = method && ts.isCallExpression(method.node.parent) && method.node.parent.expression === method.node ? method.node.parent : undefined;
      const source = method && call ? honoSources[method.name] : undefined;
      if (!source || !call || !method) return undefined;
      const field = stringValue(call.arguments[0]);
      const wholeCall = `${method.node.getText(this.sourceFile)}()`;
      if (field !== undefined && source !== "body") {
        return { source, value: call, span: spanOf(call, this.sourceFile), label: wholeCall, wholeInput: wholeCall, yieldsField: field };
      }
      return { ...this.awaitedRead(source, call, wholeCall), shape: honoShapes[method.name] ?? (source === "query" ? "text-fields" : "object") };
    }
    if (framework === "next-app" || framework === "edge-function" || framework === "worker") {
      const reader = member.name === "clone" ? clonedBodyReader(member.node) : member;
      const call = reader && calledMember(reader.node);
      if (!reader || !call || !fetchBodyReaders.has(reader.name)) return undefined;
      return { ...this.awaitedRead("body", call, `${reader.node.getText(this.sourceFile)}()`), shape: fetchBodyShapes[reader.name] };
    }
    return undefined;
  }

  /** `await request.json()` is the read; the label names the call without `await`. */
  private awaitedRead(source: RequestInputSource, call: ts.CallExpression, label: string): InputOccurrence {
    const awaited = ts.isAwaitExpression(call.parent) ? call.parent : undefined;
    const value = awaited ?? call;
    const text = value.getText(this.sourceFile);
    // An un-awaited body read is a promise; other Hono readers (`c.req.query()`) return the value itself.
    const wholeInput = awaited || source !== "body" ? text : undefined;
    return { source, value, span: spanOf(value, this.sourceFile), label, wholeInput };
  }

  private wholeRead(source: RequestInputSource, node: ts.Expression): InputOccurrence | undefined {
    if (isAssignmentTarget(node)) return undefined;
    // The label is quoted in messages; the whole input is code a fix passes on.
    return { source, value: node, span: spanOf(node, this.sourceFile), label: quoteNode(node, this.sourceFile), wholeInput: node.getText(this.sourceFile) };
  }

  /** `({ body, query }, res) =>` or `const { body } = req`: each named source becomes a variable holding that input. */
  private destructuredRequest(pattern: ts.ObjectBindingPattern): InputOccurrence[] {
    if (this.options.framework !== "express" && this.options.framework !== "next-pages" && this.options.framework !== "fastify") return [];
    const found: InputOccurrence[] = [];
    for (const element of pattern.elements) {
      const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : ts.isIdentifier(element.name) ? element.name.text : undefined;
      const source = key ? nodeStyleSources[key] : undefined;
      if (!source) continue;
      if (ts.isObjectBindingPattern(element.name)) {
        // `{ body: { name, age } }`: the nested pattern reads the fields.
        found.push({ source, value: element.name, span: spanOf(element, this.sourceFile), label: key! });
        continue;
      }
      if (!ts.isIdentifier(element.name)) continue;
      found.push({ source, value: element.name, span: spanOf(element, this.sourceFile), label: key!, aliases: [element.name] });
    }
    return found;
  }

  /** Follows a value holding the whole input to its uses. */
  private traceWhole(value: ts.Node, trace: Trace, depth: number, shape: InputShape): void {
    if (depth > 4) return;
    if (ts.isObjectBindingPattern(value)) {
      this.traceBindingPattern(value, trace, depth);
      return;
    }
    const outer = outermostValue(value, (parent, child) => isFallbackOrBranch(parent, child) || isRejectionHandler(parent, child));
    const parent = outer.parent;
    // `typeof req.body === "string" && req.body.includes(…)`: used where a typeof test of the same input vouches for its type.
    const typeTested = (node: ts.Node): boolean => ts.isTypeOfExpression(outermostValue(node).parent) && isSameInput(node, value, this.sourceFile);
    if (this.handler.body && isNarrowed(outer, typeTested, this.handler.body)) return;
    const cast = castFields(value, outer) ?? (depth === 0 ? requestTypeFields(value) : undefined);
    if (cast?.open) trace.declaredShapeOpen = true;
    for (const declared of cast?.fields ?? []) {
      const field = noteField(trace.fields, declared.name, true);
      field.declared ??= declared.type;
      if (declared.optional) field.optional = true;
      if (declared.nullable) field.nullable = true;
    }
    // Raw text and FormData have no fields of their own: what is read from them is read through their methods.
    const hasFields = shape === "object" || shape === "text-fields";
    if (ts.isPropertyAccessExpression(parent) && parent.expression === outer) {
      if (isCallee(parent)) this.traceMethodCall(parent, trace, shape, depth);
      else if (hasFields) this.traceField(parent.name.text, parent, trace.fields, depth);
      else trace.usedWhole = true;
    } else if (ts.isElementAccessExpression(parent) && parent.expression === outer) {
      const key = stringValue(parent.argumentExpression);
      if (key === undefined || !hasFields) trace.usedWhole = true;
      else this.traceField(key, parent, trace.fields, depth);
    } else if (ts.isVariableDeclaration(parent) && parent.initializer === outer) {
      if (ts.isIdentifier(parent.name)) {
        // `let event = req.body;` replaced by `event = stripe.webhooks.constructEvent(...)` on every path: later uses read the check's result.
        const replaced = this.checkedReplacementOf(parent);
        for (const use of this.referencesOf([parent.name])) {
          if (!replaced || use.getStart(this.sourceFile) < replaced.getStart(this.sourceFile)) this.traceWhole(use, trace, depth + 1, shape);
        }
      }
      else if (ts.isObjectBindingPattern(parent.name) && hasFields) this.traceBindingPattern(parent.name, trace, depth);
      else trace.usedWhole = true;
    } else if (ts.isBinaryExpression(parent) && parent.right === outer && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(parent.left)) {
      // `let body; body = await request.json();`: the variable's later uses are the input's.
      for (const use of this.referencesOf([parent.left])) if (!isAssignmentTarget(use)) this.traceWhole(use, trace, depth + 1, shape);
    } else if (ts.isBinaryExpression(parent) && parent.right === outer && parent.operatorToken.kind === ts.SyntaxKind.InKeyword) {
      // `"db" in req.query`: asks whether the client sent a key, reads no value.
    } else if (this.isLoggedAt(outer)) {
      // Written to the log (`request.log.info({ body: request.body })`): a record of the input, not a use of it.
    } else if (ts.isSpreadAssignment(parent) && this.isValidatorArgument(parent.parent)) {
      // `schema.safeParse({ ...req.body, name })`: the copy, every key the client sent included, is what the schema checks.
      trace.validated = true;
    } else if (ts.isCallExpression(parent) && parent.arguments.includes(outer as ts.Expression)) {
      if (this.isValidatorCall(parent) || isSignatureCheck(parent) || this.isProjectSignatureCheck(parent) || this.isProtocolHandlerCall(parent) || this.passesToCheckingParameter(parent, outer) || this.isSignedContent(parent) || this.isSerialisedForSignatureCheck(parent) || this.isVerifiedWithAllHeaders(parent)) trace.validated = true;
      else if (this.isInstanceConversion(parent) || isByteCopy(parent, outer)) this.traceWhole(parent, trace, depth + 1, shape);
      else if (this.convertsIntoChecked(parent, outer)) trace.validated = true;
      else if (shape === "text" && calleeText(parent) === "JSON.parse" && !trace.conversion) this.traceConversion(parent, trace, depth, "object");
      else if (lodashCalls(parent, lodashEmptinessTests) || isKeyCount(parent)) {
        // `_.isEmpty(req.query)`, `Object.keys(req.query).length` look at the input without using its content.
      } else if (isSerialiser(parent) && this.isOnlyPassedOn(parent, 0)) {
        // Serialised into a redirect or an outbound request's body: the client's data travels on, nothing here reads it.
      } else if (this.handsOnlyCheckedFields(parent, outer)) {
        // `timeClause(req.query)` that takes `{ from, to }` of it and checks both: no other field is read there.
      } else this.noteWholeUse(outer, trace, shape);
    } else if (shape === "text" && isNewUrlSearchParams(parent, outer) && !trace.conversion) {
      this.traceConversion(parent, trace, depth, "form-data");
    } else if (ts.isNewExpression(parent) && isByteCopy(parent, outer)) {
      this.traceWhole(parent, trace, depth + 1, shape);
    } else if (ts.isNewExpression(parent) && this.passesToCheckingParameter(parent, outer)) {
      // `new CreateOrderCommand(req.body)` whose constructor checks what it is given.
      trace.validated = true;
    } else if (isEchoedToSender(outer)) {
      // `ctx.body = { echo: ctx.request.body }`: the client gets back, as JSON, what it sent; nothing here uses it.
    } else if (literalHolding(outer) && !optionOfCall(outer) && this.reachesOnlyProtocolServer(outer, 0)) {
      // `const request = { method, body }` handed only to a protocol server's method, which checks the request itself.
      trace.validated = true;
    } else if (optionOfCall(outer)) {
      // `constructEvent({ payload, sigHeader, secret })`: the call receives the input as an option.
      const call = optionOfCall(outer)!;
      if (this.isValidatorCall(call) || isSignatureCheck(call) || this.isProjectSignatureCheck(call) || this.isProtocolHandlerCall(call)) trace.validated = true;
      else this.noteWholeUse(outer, trace, shape);
    } else if (this.isHashedWithSecret(outer)) {
      trace.validated = true;
    } else if (!isPresenceCheck(outer)) {
      this.noteWholeUse(outer, trace, shape);
    }
  }

  /** A text body the handler parses itself: what it parses the text into is what a schema describes. */
  private traceConversion(node: ts.Node, trace: Trace, depth: number, shape: InputShape): void {
    trace.conversion = { node, shape };
    this.traceWhole(node, trace, depth + 1, shape);
  }

  private noteWholeUse(outer: ts.Node, trace: Trace, shape: InputShape): void {
    // Raw text never parsed, only digested or stored and sent on whole (`{ key: md5(text), value: text }`): no structure to check.
    if (shape === "text" && !trace.conversion && (isDigestArgument(outer) || this.isOnlyPassedOn(outer, 0))) return;
    trace.usedWhole = true;
    if (isWriteData(outer)) trace.writtenWhole = true;
  }

  /** `form.get("name")` reads a field of a FormData; any other method called on an input uses it whole. */
  private traceMethodCall(access: ts.PropertyAccessExpression, trace: Trace, shape: InputShape, depth: number): void {
    const call = access.parent as ts.CallExpression;
    const method = access.name.text;
    const key = stringValue(call.arguments[0]);
    if (shape === "form-data" && (method === "get" || method === "getAll") && key !== undefined) {
      trace.formReads.push({ name: key, span: spanOf(call, this.sourceFile) });
      if (method === "get") noteField(trace.fields, key).formValue = true;
      const field = this.traceField(key, call, trace.fields, depth);
      if (method === "getAll") field.type = "array";
      return;
    }
    if (shape === "form-data" && method === "has") return;
    // `Object.fromEntries(form.entries())` handed only to a protocol server, which checks every parameter itself.
    const converted = call.parent;
    if (shape === "form-data" && method === "entries" && ts.isCallExpression(converted) && calleeText(converted) === "Object.fromEntries" && this.reachesOnlyProtocolServer(converted, 0)) {
      trace.validated = true;
      return;
    }
    trace.usedWhole = true;
  }

  private traceBindingPattern(pattern: ts.ObjectBindingPattern, trace: Trace, depth: number): void {
    for (const element of pattern.elements) {
      if (element.dotDotDotToken) {
        // `const { page, ...rest } = req.query`: the rest is the input less some keys; its uses are the input's.
        if (ts.isIdentifier(element.name)) for (const use of this.referencesOf([element.name])) this.traceWhole(use, trace, depth + 1, "object");
        else trace.usedWhole = true;
        continue;
      }
      const key = bindingKey(element);
      if (key === undefined) {
        trace.usedWhole = true;
        continue;
      }
      const field = noteField(trace.fields, key);
      // `const { role = "user" } = req.body`: the handler supplies the value when the client leaves it out.
      if (element.initializer) field.optional = true;
      if (ts.isIdentifier(element.name)) {
        for (const use of this.referencesOf([element.name])) this.noteFieldUse(field, use, 1);
      }
    }
  }

  /** Follows one field of an input (`req.body.age`, or a variable holding it) to infer its type. */
  private traceField(name: string, value: ts.Node, fields: Map<string, TracedField>, depth: number): TracedField {
    const field = noteField(fields, name);
    const outer = outermostValue(value, isFallbackFor);
    const parent = outer.parent;
    if (ts.isVariableDeclaration(parent) && parent.initializer === outer && ts.isIdentifier(parent.name) && depth < 4) {
      for (const use of this.referencesOf([parent.name])) this.noteFieldUse(field, use, depth + 1);
      // `const days = c.req.query("days") ?? "30"`: the variable never holds an absent value.
      if (suppliesAbsentValue(value, outer)) field.absenceHandled = true;
      return field;
    }
    this.noteFieldUse(field, value, depth);
    return field;
  }

  /** A property read on a field (`comment.body`) makes it an object with that field; any other use says what it is. */
  private noteFieldUse(field: TracedField, use: ts.Node, depth: number): void {
    const outer = outermostValue(use, isFallbackFor);
    if (this.isLoggedAt(outer)) return;
    const parent = outer.parent;
    const isMemberRead = ts.isPropertyAccessExpression(parent) && parent.expression === outer && !isCallee(parent);
    if (isMemberRead && depth < 4 && !stringMethods.has(parent.name.text) && !fileMembers.has(parent.name.text)) {
      // `name?.formatted`: the handler reads the object's fields only when the object was sent.
      if (parent.questionDotToken) field.optional = field.nullable = true;
      field.subfields ??= new Map();
      this.traceField(parent.name.text, parent, field.subfields, depth + 1);
      if (field.type === "unknown") field.type = "object";
      field.coerced = false;
      field.validated = false;
      return;
    }
    mergeUse(field, fieldUse(use, this, field.formValue === true));
  }

  /**
   * The assignment that replaces a `let` holding the input with what a validator or signature check returns, on every
   * path that goes on: a statement of the declaration's own block, or of a `try` there whose `catch` leaves.
   */
  private checkedReplacementOf(declaration: ts.VariableDeclaration): ts.BinaryExpression | undefined {
    const list = declaration.parent;
    const statement = list.parent;
    if (!ts.isIdentifier(declaration.name) || !(list.flags & ts.NodeFlags.Let) || !ts.isVariableStatement(statement)) return undefined;
    const name = declaration.name.text;
    const block = statement.parent;
    if (!ts.isBlock(block) && !ts.isSourceFile(block)) return undefined;
    const replacementIn = (candidate: ts.Statement): ts.BinaryExpression | undefined => {
      if (!ts.isExpressionStatement(candidate)) return undefined;
      const assignment = unwrapExpression(candidate.expression);
      if (!ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isIdentifier(assignment.left) || assignment.left.text !== name) return undefined;
      let value = unwrapExpression(assignment.right);
      if (ts.isAwaitExpression(value)) value = unwrapExpression(value.expression);
      return ts.isCallExpression(value) && (this.isValidatorCall(value) || isSignatureCheck(value)) ? assignment : undefined;
    };
    for (const later of block.statements.slice(block.statements.indexOf(statement) + 1)) {
      const direct = replacementIn(later);
      if (direct) return direct;
      if (ts.isTryStatement(later) && later.catchClause && endsByReturnOrThrow(later.catchClause.block)) {
        for (const inner of later.tryBlock.statements) {
          const guarded = replacementIn(inner);
          if (guarded) return guarded;
        }
      }
    }
    return undefined;
  }

  /** Identifiers that refer to the given declarations by name within the handler (shadowing is rare in handlers). */
  /**
   * `const { linkId, viewId } = req.body; const checked = schema.safeParse(req.body); if (!checked.success) return …`:
   * the input is taken apart into names first, but every name is used only after `position`, where a validator
   * checked the same input.
   */
  isUsedOnlyAfter(occurrence: InputOccurrence, position: number): boolean {
    if (position === Infinity || occurrence.aliases || occurrence.yieldsField !== undefined) return false;
    const outer = outermostValue(occurrence.value);
    const declaration = outer.parent;
    if (!ts.isVariableDeclaration(declaration) || declaration.initializer !== outer) return false;
    // `const { id } = req.body`, or the whole input under a name (`const event = req.body`).
    const names = ts.isObjectBindingPattern(declaration.name) ? declaration.name.elements.map((element) => element.name) : ts.isIdentifier(declaration.name) ? [declaration.name] : [];
    if (names.length === 0) return false;
    if (!names.every(ts.isIdentifier)) return false;
    return this.referencesOf(names).every((use) => use.getStart(this.sourceFile) > position);
  }

  private referencesOf(names: ts.Identifier[]): ts.Identifier[] {
    const wanted = new Set(names.map((name) => name.text));
    const declarations = new Set<ts.Node>(names);
    return this.nodes.filter(
      (node): node is ts.Identifier => ts.isIdentifier(node) && wanted.has(node.text) && !declarations.has(node) && isReference(node),
    );
  }

  /**
   * `await verifyQueueSignature({ req, rawBody })`: an awaited project function that verifies a signature over what it
   * is handed and throws when it fails, as Stripe's `constructEvent` does: the text it gets is the signed sender's.
   */
  private isProjectSignatureCheck(call: ts.CallExpression): boolean {
    const callee = calleeText(call);
    return callee !== undefined && ts.isAwaitExpression(call.parent) && this.options.verifiesSignature?.(callee) === true;
  }

  /**
   * A method call on a protocol server (see protocolServerModules): one made in the file from the package, or returned by
   * a project function that sets one up (`const { oauthController } = await jackson()`); or a call of a package
   * function that consumes and checks the whole request (`handleUpload({ body, request })`); or an OAuth client's
   * exchange of an authorization code with the provider (`new AuthorizationCode(...).getToken({ code })`), which
   * refuses a code it did not issue.
   */
  isProtocolHandlerCall(call: ts.CallExpression): boolean {
    const callee = unwrapExpression(call.expression);
    if (this.isCodeExchangeCall(call)) return true;
    return (ts.isPropertyAccessExpression(callee) && this.isProtocolServerValue(callee.expression, 0)) || isRequestConsumingCall(call);
  }

  /** An OAuth client's exchange of an authorization code (see oauthClientModules), on a client made in the file. */
  isCodeExchangeCall(call: ts.CallExpression): boolean {
    const callee = unwrapExpression(call.expression);
    return ts.isPropertyAccessExpression(callee) && codeExchangeMethods.has(callee.name.text) && this.isProtocolServerValue(callee.expression, 0, oauthClientModules);
  }

  private isProtocolServerValue(node: ts.Expression, depth: number, modules: RegExp = protocolServerModules): boolean {
    let value = unwrapExpression(node);
    if (ts.isAwaitExpression(value)) value = unwrapExpression(value.expression);
    if (depth > 4) return false;
    if (ts.isNewExpression(value) || ts.isCallExpression(value)) {
      if (isProtocolServerCall(value, modules)) return true;
      const name = ts.isCallExpression(value) ? dottedName(unwrapExpression(value.expression)) : undefined;
      return modules === protocolServerModules && !!name && this.options.isProtocolServerFactory?.(name) === true;
    }
    if (ts.isPropertyAccessExpression(value)) return this.isProtocolServerValue(value.expression, depth + 1, modules);
    if (!ts.isIdentifier(value)) return false;
    let declaration: ts.Node | undefined = findDeclaration(value.text, value);
    while (declaration && (ts.isBindingElement(declaration) || ts.isObjectBindingPattern(declaration))) declaration = declaration.parent;
    return !!declaration && ts.isVariableDeclaration(declaration) && !!declaration.initializer && this.isProtocolServerValue(declaration.initializer, depth + 1, modules);
  }

  /** Every use of `value` — through variables and destructuring — hands it (or its fields) to a protocol server's method, and only there. */
  private reachesOnlyProtocolServer(value: ts.Node, depth: number): boolean {
    if (depth > 3) return false;
    const outer = outermostValue(value);
    const parent = outer.parent;
    if (ts.isCallExpression(parent) && parent.arguments.includes(outer as ts.Expression)) return this.isProtocolHandlerCall(parent);
    const option = optionOfCall(outer);
    if (option) return this.isProtocolHandlerCall(option);
    // `const request = { method, body }; controller.requests.handle(request)`: the object holding it goes there whole.
    const literal = literalHolding(outer);
    if (literal) return this.reachesOnlyProtocolServer(literal, depth + 1);
    // `body = Object.fromEntries(form.entries())` into a `let`: its later uses are the value's.
    if (ts.isBinaryExpression(parent) && parent.right === outer && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(parent.left)) {
      const uses = this.referencesOf([parent.left]).filter((use) => !isAssignmentTarget(use));
      return uses.length > 0 && uses.every((use) => this.reachesOnlyProtocolServer(use, depth + 1));
    }
    if (!ts.isVariableDeclaration(parent) || parent.initializer !== outer) return false;
    const names = ts.isIdentifier(parent.name)
      ? [parent.name]
      : ts.isObjectBindingPattern(parent.name) && parent.name.elements.every((element) => !element.dotDotDotToken && ts.isIdentifier(element.name))
        ? parent.name.elements.map((element) => element.name as ts.Identifier)
        : [];
    const uses = this.referencesOf(names);
    return uses.length > 0 && uses.every((use) => this.reachesOnlyProtocolServer(use, depth + 1));
  }

  /**
   * `const body = toBody(c.req.query()); await checkRequest(c, body, schema)`, `schema.safeParse(readJson(raw))`: the
   * input is reshaped by a call and what it gives is handed to a validator, or to a project function that checks it, before anything else uses it: the reshaped
   * value is what the handler goes on with. A write (`db.create(req.body)`) is a use, not a reshaping.
   */
  private convertsIntoChecked(call: ts.CallExpression, input: ts.Node): boolean {
    if (isWriteData(input)) return false;
    const converted = outermostValue(call);
    const holder = converted.parent;
    // `schema.safeParse(parseJsonOrNull(raw))`: what the call gives goes straight to the validator.
    if (ts.isCallExpression(holder) && holder.arguments.includes(converted as ts.Expression)) return this.isValidatorCall(holder);
    if (!ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name)) return false;
    const [first] = this.referencesOf([holder.name]);
    if (!first) return false;
    const outer = outermostValue(first);
    const next = outer.parent;
    return ts.isCallExpression(next) && next.arguments.includes(outer as ts.Expression) && (this.isValidatorCall(next) || this.passesToCheckingParameter(next, outer));
  }

  /**
   * `const badge = { style }` or `badge.label = label`, where `badge` is an object literal of the handler whose every
   * use writes one of its properties or hands it to a validator (`makeBadge(badge)` of badge-maker, which refuses a
   * field that is not text), or to an OAuth client's code exchange (`client.getToken(tokenParams)`): the value is
   * checked as a field of what the validator gets.
   */
  isHeldForValidator(value: ts.Node): boolean {
    const holder = holderDeclarationOf(value);
    if (!holder || !this.handler.body || holder.pos < this.handler.body.pos || holder.end > this.handler.body.end) return false;
    const uses = this.referencesOf([holder.name as ts.Identifier]);
    const isPropertyWrite = (use: ts.Identifier): boolean => ts.isPropertyAccessExpression(use.parent) && use.parent.expression === use && isAssignmentTarget(use.parent);
    const isValidated = (use: ts.Identifier): boolean => {
      const outer = outermostValue(use);
      return ts.isCallExpression(outer.parent) && outer.parent.arguments.includes(outer as ts.Expression) && (this.isValidatorCall(outer.parent) || this.isCodeExchangeCall(outer.parent));
    };
    return uses.some(isValidated) && uses.every((use) => isPropertyWrite(use) || isValidated(use));
  }

  /**
   * The text `value` only travels on: through templates, concatenation, `?:` and variables, it ends as the location of
   * a redirect by the handler's response (`res.redirect(`/x?${query}`)`) or as the `body` of an outbound request.
   */
  private isOnlyPassedOn(value: ts.Node, depth: number): boolean {
    if (depth > 4) return false;
    let outer = outermostValue(value);
    for (;;) {
      const parent = outer.parent;
      if (this.isOutboundBody(outer)) return true;
      const composes =
        ts.isTemplateSpan(parent) ||
        (ts.isTemplateExpression(parent) && outer !== parent) ||
        (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusToken) ||
        (ts.isConditionalExpression(parent) && parent.condition !== outer) ||
        // `[record]`, `{ key, value: text }`: a literal carrying it whole.
        ts.isArrayLiteralExpression(parent) ||
        (ts.isPropertyAssignment(parent) && parent.initializer === outer && ts.isObjectLiteralExpression(parent.parent)) ||
        (ts.isShorthandPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent));
      if (!composes) break;
      outer = outermostValue(ts.isTemplateSpan(parent) || ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent) ? parent.parent : parent);
    }
    const parent = outer.parent;
    if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) {
      // Setting another key of the holder (`record.ttl = 60`) reads nothing of it.
      const uses = this.referencesOf([parent.name]).filter((use) => !isKeyWrittenOn(use));
      return uses.length > 0 && uses.every((use) => this.isOnlyPassedOn(use, depth + 1));
    }
    return ts.isCallExpression(parent) && parent.arguments.includes(outer as ts.Expression) && (isSerialiser(parent) ? this.isOnlyPassedOn(parent, depth + 1) : this.isResponseRedirect(parent));
  }

  /** The `body` option of an outbound request (outbound-calls.ts). */
  private isOutboundBody(value: ts.Node): boolean {
    const property = value.parent;
    if (!ts.isPropertyAssignment(property) || property.initializer !== value || !ts.isIdentifier(property.name) || property.name.text !== "body") return false;
    return this.options.isOutboundRequestOptions?.(spanOf(property.parent, this.sourceFile)) === true;
  }

  /** `res.redirect(...)` on one of the handler's parameters (the response, Nest's `@Res() response`). */
  private isResponseRedirect(call: ts.CallExpression): boolean {
    const callee = unwrapExpression(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "redirect" || !ts.isIdentifier(callee.expression)) return false;
    const name = callee.expression.text;
    return this.handler.parameters.some((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === name);
  }

  /** An object literal handed straight to a schema validator (`schema.safeParseAsync({ ...input, extra })`). */
  private isValidatorArgument(literal: ts.Node): boolean {
    const value = outermostValue(literal);
    return ts.isCallExpression(value.parent) && value.parent.arguments.includes(value as ts.Expression) && this.isValidatorCall(value.parent);
  }

  /** `value` is an argument of a logging call, or a property of an object literal that is one. */
  private isLoggedAt(value: ts.Node): boolean {
    const parent = value.parent;
    const call = ts.isCallExpression(parent) && parent.arguments.includes(value as ts.Expression) ? parent : optionOfCall(value);
    return !!call && loggingLevelOf(call, (name) => this.options.isLogger?.(name) === true) !== undefined;
  }

  /** A value compared with a column as a bound parameter of a query builder (bound-queries.ts). */
  isBoundComparison(call: ts.CallExpression, value: ts.Node): boolean {
    return isBoundComparisonValue(call, value, this.options.libraryExportOf);
  }

  /**
   * The value of a header in the `headers` literal of an outbound request's options (`fetch(url, { headers: { … } })`):
   * the HTTP client sends it as text, whatever it was, and the upstream decides what it accepts.
   */
  isOutboundHeaderValue(value: ts.Node): boolean {
    const header = value.parent;
    if (!ts.isPropertyAssignment(header) || header.initializer !== value || !ts.isObjectLiteralExpression(header.parent)) return false;
    const headers = header.parent.parent;
    if (!ts.isPropertyAssignment(headers) || headers.initializer !== header.parent || !ts.isIdentifier(headers.name) || headers.name.text !== "headers") return false;
    return this.options.isOutboundRequestOptions?.(spanOf(headers.parent, this.sourceFile)) === true;
  }

  /** An element of an array literal that is joined into text, here (`[a, b].join(" ")`) or by a project function it is handed to. */
  isJoinedElement(element: ts.Node): boolean {
    const literal = element.parent;
    if (!ts.isArrayLiteralExpression(literal)) return false;
    const array = outermostValue(literal);
    if (isJoinedIntoText(array)) return true;
    const call = array.parent;
    if (!ts.isCallExpression(call) || !this.options.joinsArgument) return false;
    const index = call.arguments.indexOf(array as ts.Expression);
    const callee = projectCalleeName(call);
    return index >= 0 && !!callee && this.options.joinsArgument(callee, index);
  }

  /**
   * `res.cookie("org", id)`, `res.header("x-org", id)` on the handler's own response: the value goes back to the
   * client that sent it, as a cookie it could have sent itself (unless signed) or a header the browser does not act on.
   */
  isHandedBackToSender(call: ts.CallExpression, value: ts.Node): boolean {
    const callee = unwrapExpression(call.expression);
    if (call.arguments[1] !== value || !ts.isPropertyAccessExpression(callee) || !this.responseName) return false;
    const receiver = unwrapExpression(callee.expression);
    if (!ts.isIdentifier(receiver) || receiver.text !== this.responseName) return false;
    const method = callee.name.text;
    if (method === "cookie" || method === "setCookie") return isUnsignedCookieOptions(call.arguments[2]);
    const header = stringValue(call.arguments[0])?.toLowerCase();
    return headerWrites.has(method) && header !== undefined && !browserActedHeaders.test(header);
  }

  /**
   * `parseSort(c.req.query("sort"))` where the function of this file leaves at its head when that parameter is
   * absent (`if (!sort) return undefined;`): the absence is handled where the value is used, as a fallback would.
   */
  handsToAbsenceTestingFunction(value: ts.Node): boolean {
    const call = value.parent;
    if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return false;
    const index = call.arguments.indexOf(value as ts.Expression);
    const definition = index < 0 ? undefined : functionBoundTo(call.expression.text, call);
    const parameter = definition?.parameters[index];
    const head = definition?.body && ts.isBlock(definition.body) ? definition.body.statements[0] : undefined;
    if (!parameter || !ts.isIdentifier(parameter.name) || parameter.dotDotDotToken || !head || !ts.isIfStatement(head) || !endsByReturnOrThrow(head.thenStatement)) return false;
    const condition = unwrapExpression(head.expression);
    if (!ts.isPrefixUnaryExpression(condition) || condition.operator !== ts.SyntaxKind.ExclamationToken) return false;
    const tested = unwrapExpression(condition.operand);
    return ts.isIdentifier(tested) && tested.text === parameter.name.text;
  }

  /** `Command.create({ locale: body.locale })`: the value lands in a field that the project function `call` checks. */
  passesToCheckedField(call: ts.CallExpression, value: ts.Node): boolean {
    const property = value.parent;
    const name = ts.isShorthandPropertyAssignment(property) || ts.isPropertyAssignment(property) ? property.name : undefined;
    const field = name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
    const index = call.arguments.indexOf(property.parent as ts.Expression);
    const callee = projectCalleeName(call);
    if (field === undefined || index < 0 || !callee) return false;
    // `timeClause({ from, to })` where timeClause checks each field it reads of that argument and uses it no other way.
    return this.options.checksArgumentField?.(callee, index, field) === true || this.options.checksArgumentReads?.(callee, index) === true;
  }

  /** The call hands `argument` to a project function that reads only named fields of it and checks each. */
  private handsOnlyCheckedFields(call: ts.CallExpression, argument: ts.Node): boolean {
    const index = call.arguments.indexOf(argument as ts.Expression);
    const name = index < 0 ? undefined : projectCalleeName(call);
    return !!name && this.options.checksArgumentReads?.(name, index) === true;
  }

  /** The call hands `argument` to a project function that checks it first: `readText(form, "title")`, `this.users.create(dto)`, `new Command(body)`. */
  passesToCheckingParameter(call: ts.CallExpression | ts.NewExpression, argument: ts.Node): boolean {
    const index = call.arguments?.indexOf(argument as ts.Expression) ?? -1;
    if (index < 0 || !this.options.checksArgument) return false;
    const name = projectCalleeName(call);
    return !!name && this.options.checksArgument(name, index);
  }

  isValidatorCall(call: ts.CallExpression): boolean {
    const callee = unwrapExpression(call.expression);
    const text = dottedName(callee);
    if (text && this.options.isProjectValidator(text)) return true;
    const root = rootIdentifier(callee);
    if (root && isValidatorModule(importedModuleOf(root.text, root) ?? "")) return true;
    if (ts.isPropertyAccessExpression(callee) && isHeldSchemaCheck(callee)) return true;
    if (ts.isPropertyAccessExpression(callee)) {
      return validatorMethods.has(callee.name.text) && !(root && textParsers.has(root.text));
    }
    if (ts.isIdentifier(callee)) return this.isCompiledValidator(callee.text);
    return false;
  }

  /**
   * `constructWebhookEvent(rawBody, c.req.header(), secret)`: a package's verifier that throws on a bad signature
   * (Stripe's shape, Creem's) handed the request's whole header set, from which it takes the signature header itself.
   */
  private isVerifiedWithAllHeaders(call: ts.CallExpression): boolean {
    const callee = unwrapExpression(call.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
    if (!throwingSignatureCheck.test(name)) return false;
    const module = importedModuleOfCallee(call);
    if (module === undefined || /^([./]|[@~#]\/)/.test(module)) return false;
    return call.arguments.some((argument) => this.isWholeHeaderSet(argument));
  }

  /** `c.req.header()` (Hono, no name: every header), `req.headers`, `request.headers`. */
  private isWholeHeaderSet(argument: ts.Expression): boolean {
    const value = unwrapExpression(argument);
    if (ts.isCallExpression(value) && value.arguments.length === 0 && ts.isPropertyAccessExpression(value.expression) && value.expression.name.text === "header") {
      return this.isRequestObject(value.expression.expression);
    }
    return ts.isPropertyAccessExpression(value) && value.name.text === "headers" && this.isRequestObject(value.expression);
  }

  /** The handler's request parameter, or Hono's `c.req` of its context parameter. */
  private isRequestObject(node: ts.Expression): boolean {
    const value = unwrapExpression(node);
    const owner = ts.isPropertyAccessExpression(value) && value.name.text === "req" ? unwrapExpression(value.expression) : value;
    return ts.isIdentifier(owner) && owner.text === this.requestName;
  }

  /**
   * The input is what an HMAC is computed over (`createHmac(alg, secret).update(rawBody)`, `crypto.subtle.sign("HMAC",
   * key, rawBody)`) in a handler that checks a signature and stops when it fails: the body is the sender's, signed.
   */
  private isSignedContent(call: ts.CallExpression): boolean {
    const callee = unwrapExpression(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return false;
    const signs =
      (callee.name.text === "update" && chainCalls(callee.expression).some((name) => /(^|\.)createHmac$/.test(name))) ||
      (/^(sign|verify)$/.test(callee.name.text) && /(^|\.)subtle$/.test(dottedName(callee.expression) ?? "") && stringValue(call.arguments[0])?.toUpperCase() === "HMAC");
    return signs && !!this.handler.body && verifiesSignature(this.handler.body);
  }

  /**
   * The input joined to a secret deploy setting and hashed (`createHash("sha256").update(CLIENT_SECRET + rawBody)`,
   * HubSpot's v1 signature), directly or through the const holding the joined text, in a handler that checks a
   * signature and stops when it fails: the text is what the sender hashed with the secret it shares with the app.
   */
  private isHashedWithSecret(input: ts.Node): boolean {
    let joined: ts.Node = input;
    while (ts.isBinaryExpression(joined.parent) && joined.parent.operatorToken.kind === ts.SyntaxKind.PlusToken) joined = joined.parent;
    if (ts.isTemplateSpan(joined.parent)) joined = joined.parent.parent;
    if (joined === input || !someDescendant(joined, (node) => ts.isExpression(node) && isSecretSettingValue(node))) return false;
    const holder = joined.parent;
    const hashed = ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) && holder.initializer === joined ? this.referencesOf([holder.name]) : [joined];
    return hashed.some(isHashUpdateArgument) && !!this.handler.body && verifiesSignature(this.handler.body);
  }

  /**
   * `JSON.stringify(body)` handed to a signature check (`receiver.verify({ signature, body: JSON.stringify(body) })`),
   * directly or through the `const` holding the text (`const payload = JSON.stringify(body); wh.verify(payload,
   * headers)`, Svix's way): what the sender signed.
   */
  private isSerialisedForSignatureCheck(call: ts.CallExpression): boolean {
    if (calleeText(call) !== "JSON.stringify") return false;
    const holder = call.parent;
    const heldAsConst = ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) && constInitializerOf(holder.name) === call;
    return (heldAsConst ? this.referencesOf([holder.name]) : [call]).some((text) => {
      const check = ts.isCallExpression(text.parent) && text.parent.arguments.includes(text as ts.Expression) ? text.parent : optionOfCall(text);
      return !!check && isSignatureCheck(check);
    });
  }

  /** `plainToInstance(CreateNoteDto, req.body)` only re-shapes the input; the instance is what gets validated. */
  private isInstanceConversion(call: ts.CallExpression): boolean {
    const root = rootIdentifier(call.expression);
    return !!root && packageOf(importedModuleOf(root.text, root) ?? "") === "class-transformer";
  }

  /** `const validateUser = ajv.compile(schema)` (or `ajv.getSchema(...)`) anywhere in the file. */
  private isCompiledValidator(local: string): boolean {
    return compiledValidatorsIn(this.sourceFile).get(local) === true;
  }
}

const compiledValidatorsByFile = new WeakMap<ts.SourceFile, ReadonlyMap<string, boolean>>();

/**
 * For each name, whether its first initialised declaration in the file (in source order) is `x.compile(...)` or
 * `x.getSchema(...)`. Asked at every call of every handler, so the file is walked once, and not at all when it never
 * spells either method.
 */
function compiledValidatorsIn(sourceFile: ts.SourceFile): ReadonlyMap<string, boolean> {
  let compiled = compiledValidatorsByFile.get(sourceFile);
  if (compiled) return compiled;
  const found = new Map<string, boolean>();
  if (/compile|getSchema/.test(sourceFile.text)) {
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        if (!found.has(node.name.text)) {
          const initializer = unwrapExpression(node.initializer);
          const callee = ts.isCallExpression(initializer) ? calleeText(initializer) : undefined;
          found.set(node.name.text, !!callee && /\.(compile|getSchema)$/.test(callee));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  compiledValidatorsByFile.set(sourceFile, (compiled = found));
  return compiled;
}

interface FieldUse {
  type: FieldType;
  coerced: boolean;
  validated?: boolean;
  checked?: "type" | "presence";
  toleratesAbsence?: boolean;
  suppliesAbsent?: boolean;
}

/** The field `name` of `fields`, added when new; `declaredOnly` when a cast names it, until the handler reads it. */
function noteField(fields: Map<string, TracedField>, name: string, declaredOnly = false): TracedField {
  let field = fields.get(name);
  if (!field) {
    field = { name, type: "unknown", coerced: true, validated: true, ...(declaredOnly ? { declaredOnly } : {}) };
    fields.set(name, field);
  } else if (!declaredOnly) delete field.declaredOnly;
  return field;
}

function bindingKey(element: ts.BindingElement): string | undefined {
  if (element.propertyName) return ts.isIdentifier(element.propertyName) || ts.isStringLiteral(element.propertyName) ? element.propertyName.text : undefined;
  return ts.isIdentifier(element.name) ? element.name.text : undefined;
}

/** `JSON.stringify(x)`, `querystring.stringify(x)`, `qs.stringify(x)`: the value written out as text, read by nothing. */
/** `record.ttl = 60`, `record["ttl"] = 60`: the use is the object a key is written on. */
function isKeyWrittenOn(use: ts.Node): boolean {
  const access = use.parent;
  return (ts.isPropertyAccessExpression(access) || ts.isElementAccessExpression(access)) && access.expression === use && isAssignmentTarget(access);
}

/** Modules whose calls digest what they are given: the bytes, never a structure. */
const digestModules = /^(spark-md5|md5|blueimp-md5|js-md5|js-sha\d+|crypto-js(\/.*)?|object-hash|hash-wasm|@noble\/hashes(\/.*)?)$/;

/** `md5.hash(text)`, `sha256(text)` of a digest library, or `createHash("sha256").update(text)`; a keyed HMAC is a signature step instead. */
function isDigestArgument(value: ts.Node): boolean {
  const call = value.parent;
  if (!ts.isCallExpression(call) || call.arguments[0] !== value) return false;
  if (digestModules.test(importedModuleOfCallee(call) ?? "")) return true;
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "update" && chainCalls(call.expression.expression).some((name) => /(^|\.)createHash$/.test(name));
}

function isSerialiser(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "stringify" || !ts.isIdentifier(callee.expression)) return false;
  const receiver = callee.expression.text;
  return receiver === "JSON" || /^(node:)?querystring$|^qs$/.test(importedModuleOf(receiver, call) ?? "");
}

/** The handler's response: Nest's `@Res()`/`@Response()` parameter, else the second one (`res`, `reply`). */
function responseParameterName(handler: FunctionLike, framework: Framework): string | undefined {
  const parameter =
    framework === "nest"
      ? nestResponseParameter(handler)
      : framework === "express" || framework === "next-pages" || framework === "fastify"
        ? handler.parameters[1]
        : undefined;
  return parameter && ts.isIdentifier(parameter.name) ? parameter.name.text : undefined;
}

/** Express `res.header`/`set`/`setHeader`/`append`, Fastify `reply.header`: a header of the answer. */
const headerWrites: ReadonlySet<string> = new Set(["header", "set", "setHeader", "append"]);

/** Headers that make the browser go elsewhere, render differently, keep state or open access: a value there is acted on. */
const browserActedHeaders = /^(location|refresh|link|set-cookie|content-type|content-disposition|content-security-policy.*|strict-transport-security|x-frame-options|access-control-.*)$/;

/**
 * A cookie's options without `signed` (or with `signed: false`), also through spreads of object literals and their
 * conditional choices (`...(secure ? { secure: true } : {})`): a signed cookie vouches for its value, which the client
 * could not have set itself.
 */
function isUnsignedCookieOptions(options: ts.Expression | undefined): boolean {
  if (!options) return true;
  const value = unwrapExpression(options);
  if (ts.isConditionalExpression(value)) return isUnsignedCookieOptions(value.whenTrue) && isUnsignedCookieOptions(value.whenFalse);
  if (!ts.isObjectLiteralExpression(value)) return false;
  return value.properties.every((property) => {
    if (ts.isSpreadAssignment(property)) return isUnsignedCookieOptions(property.expression);
    const name = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
    if (name === undefined) return false;
    return name !== "signed" || (ts.isPropertyAssignment(property) && property.initializer.kind === ts.SyntaxKind.FalseKeyword);
  });
}

/** `params.set("code", code)` on a `new URLSearchParams()`: the value is stored as text, whatever it was. */
function isUrlSearchParamsWrite(call: ts.CallExpression, value: ts.Node): boolean {
  const callee = unwrapExpression(call.expression);
  if (call.arguments[1] !== value || !ts.isPropertyAccessExpression(callee) || !/^(set|append)$/.test(callee.name.text) || !ts.isIdentifier(callee.expression)) return false;
  const made = constInitializerOf(callee.expression);
  return !!made && ts.isNewExpression(made) && ts.isIdentifier(made.expression) && made.expression.text === "URLSearchParams";
}

function isNewUrlSearchParams(node: ts.Node, argument: ts.Node): boolean {
  return ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "URLSearchParams" && node.arguments?.[0] === argument;
}

/** `node` spells the same input as `value` (`req.body`, a variable holding it). */
function isSameInput(node: ts.Node, value: ts.Node, sourceFile: ts.SourceFile): boolean {
  return (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) && node !== value && node.getText(sourceFile) === value.getText(sourceFile);
}

/** `x.method(...)`: the access is called. */
function isCallee(access: ts.PropertyAccessExpression): boolean {
  return ts.isCallExpression(access.parent) && access.parent.expression === access;
}

/**
 * The value is the data of a write: an argument of a call named like one (`create`, `insert`, `update`, `save`...),
 * directly or inside the object literals passed to it (`{ data: body }`, `{ ...body, ownerId }`).
 */
function isWriteData(value: ts.Node): boolean {
  let current = value;
  for (;;) {
    const parent = current.parent;
    const isPart = ts.isPropertyAssignment(parent) ? parent.initializer === current : ts.isShorthandPropertyAssignment(parent) || ts.isSpreadAssignment(parent) || ts.isObjectLiteralExpression(parent);
    if (isPart) {
      current = parent;
      continue;
    }
    if (!ts.isCallExpression(parent) || !parent.arguments.includes(current as ts.Expression)) return false;
    const callee = unwrapExpression(parent.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
    return writeMethod.test(name);
  }
}

/** The first concrete type wins; a field counts as coerced only when every use converts it. */
function mergeUse(field: FieldRead, use: FieldUse): void {
  if (field.type === "unknown") field.type = use.type;
  field.coerced = field.coerced && use.coerced;
  field.validated = field.validated && !!use.validated;
  if (use.checked === "type" || (use.checked === "presence" && !field.checkedByHand)) field.checkedByHand = use.checked;
  if (use.toleratesAbsence || use.checked === "presence") field.optional = field.nullable = true;
  if (use.suppliesAbsent) field.absenceHandled = true;
}

/** What one use of a field's value says about its type. */
function fieldUse(value: ts.Node, analysis: HandlerAnalysis, formValue = false): FieldUse {
  const outer = outermostValue(value, isFallbackFor);
  const use = fieldUseAt(outer, analysis, formValue);
  // A validator run over the field vouches for its later raw uses too (`if (!schema.safeParse(x).success) return`).
  const checked = handCheckAt(outer) ?? (use.validated && !isIgnoredSafeCheck(outer.parent) ? "type" : undefined);
  const typed = use.type === "unknown" ? { ...use, type: castType(value, outer) } : use;
  // A presence test passes nothing on: whether the field is only converted is up to its other uses.
  const suppliesAbsent = suppliesAbsentValue(value, outer) || analysis.handsToAbsenceTestingFunction(outer);
  const known = { ...typed, ...(toleratesAbsence(value, outer) ? { toleratesAbsence: true } : {}), ...(suppliesAbsent ? { suppliesAbsent: true } : {}) };
  return checked ? { ...known, checked, coerced: typed.coerced || checked === "presence" } : known;
}

/**
 * `x ?? fallback`, `x || fallback`, `x?.trim()`: the use supplies a value (or skips the call) when the field is absent.
 * Unlike `toleratesAbsence`, a literal comparison is not counted: it is a type check already.
 */
function suppliesAbsentValue(value: ts.Node, outer: ts.Node): boolean {
  for (let node = value; node !== outer; node = node.parent) if (isFallbackFor(node.parent, node)) return true;
  const parent = outer.parent;
  return ts.isPropertyAccessExpression(parent) && parent.expression === outer && !!parent.questionDotToken;
}

/** The callees along a call chain, outermost first: `crypto.createHmac("sha256", key).update` → `crypto.createHmac`. */
function chainCalls(node: ts.Expression): string[] {
  const names: string[] = [];
  for (let current = unwrapExpression(node); ts.isCallExpression(current) || ts.isPropertyAccessExpression(current); current = unwrapExpression(current.expression)) {
    if (ts.isCallExpression(current)) names.push(calleeText(current) ?? "");
  }
  return names;
}

/** `process.env.HOOK_SECRET`, or a const holding it (`const SECRET = process.env.HOOK_SECRET || ""`): a secret deploy setting. */
function isSecretSettingValue(value: ts.Expression): boolean {
  let setting: ts.Expression | undefined = ts.isIdentifier(value) ? constInitializerOf(value) : value;
  if (setting && ts.isBinaryExpression(setting) && isFallbackOperator(setting.operatorToken.kind)) setting = setting.left;
  return !!setting && secretSettingName(setting) !== undefined;
}

/** `value` is what `createHash(…).update(value)` (or `createHmac`) digests. */
function isHashUpdateArgument(value: ts.Node): boolean {
  const call = value.parent;
  if (!ts.isCallExpression(call) || call.arguments[0] !== value || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "update") return false;
  return chainCalls(call.expression.expression).some((name) => /(^|\.)(createHash|createHmac)$/.test(name));
}

/** `schema.safeParse(x);` as a statement of its own: nothing looks at the outcome, so it stops nothing. */
function isIgnoredSafeCheck(call: ts.Node): boolean {
  const callee = ts.isCallExpression(call) ? unwrapExpression(call.expression) : undefined;
  return !!callee && ts.isPropertyAccessExpression(callee) && /^safe/.test(callee.name.text) && ts.isExpressionStatement(call.parent);
}

/**
 * `x ?? fallback`, `x || fallback`, `x?.y`, `x === "literal"`, a `typeof x` test deciding a branch: the code works when the field is absent. So does
 * `name?.formatted || displayName`: the fallback of a value that may itself be absent may be absent too, since the
 * code already goes on with nothing when both are.
 */
function toleratesAbsence(value: ts.Node, outer: ts.Node): boolean {
  for (let node = value; node !== outer; node = node.parent) if (isFallbackFor(node.parent, node)) return true;
  const holder = outer.parent;
  if (ts.isBinaryExpression(holder) && holder.right === outer && isFallbackOperator(holder.operatorToken.kind) && isOptionalChainRead(holder.left)) return true;
  const parent = outer.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === outer && parent.questionDotToken) return true;
  // `typeof x === "string" ? x : undefined`: a kind test is false for an absent field, and the code goes on without it.
  if (ts.isTypeOfExpression(parent) && ts.isBinaryExpression(parent.parent) && isInCondition(parent.parent)) return true;
  if (!ts.isBinaryExpression(parent)) return false;
  const kind = parent.operatorToken.kind;
  const other = otherOperand(parent, outer);
  const isEquality = kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsEqualsToken;
  return isEquality && !!other && (ts.isLiteralExpression(other) || other.kind === ts.SyntaxKind.TrueKeyword || other.kind === ts.SyntaxKind.FalseKeyword);
}

/** `a?.b`, `a?.b.c`, `a?.[k]`: a read that yields nothing when what it reads from is absent. */
function isOptionalChainRead(node: ts.Expression): boolean {
  for (let current = unwrapExpression(node); ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current); current = unwrapExpression(current.expression)) {
    if (current.questionDotToken) return true;
  }
  return false;
}

/** What a use tells about a hand check of the value: see `FieldRead.checkedByHand`. */
function handCheckAt(outer: ts.Node): FieldUse["checked"] {
  const parent = outer.parent;
  if (ts.isSwitchStatement(parent) && parent.expression === outer) return "type";
  if (ts.isTypeOfExpression(parent)) return ts.isBinaryExpression(parent.parent) ? "type" : undefined;
  if (ts.isBinaryExpression(parent)) {
    const kind = parent.operatorToken.kind;
    if (kind === ts.SyntaxKind.InstanceOfKeyword && parent.left === outer) return "type";
    const other = otherOperand(parent, outer);
    const isEquality = kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsEqualsToken;
    if (isEquality && other && (ts.isStringLiteralLike(other) || ts.isNumericLiteral(other))) return "type";
    // `value !== undefined ? parseInt(value) : undefined`: a test of presence.
    if (isEquality && other && isNullish(other) && isInCondition(parent)) return "presence";
    // `value && parseFloat(value)`: the value only decides whether the right side is taken; when falsy it is absent or empty.
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.left === outer) return "presence";
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken || kind === ts.SyntaxKind.BarBarToken) return isInCondition(parent) ? "presence" : undefined;
    return undefined;
  }
  // `allowed.includes(x)`, `isSafeRedirect(x)` deciding a branch.
  if (ts.isCallExpression(parent) && parent.arguments.includes(outer as ts.Expression)) return isInCondition(parent) ? "type" : undefined;
  if (isTextTestInCondition(outer)) return "type";
  return isInCondition(outer) ? "presence" : undefined;
}

function fieldUseAt(outer: ts.Node, analysis: HandlerAnalysis, formValue: boolean): FieldUse {
  // `[prefix, label ?? `Uptime (${suffix})`].join("")`: the value ends as part of a string, whatever it was.
  const composed = textComposedFrom(outer);
  if (analysis.isJoinedElement(composed)) return { type: "string", coerced: true };
  // `headers: { authorization: `Bearer ${token}` }` of an outbound request: sent on as header text, for the upstream to judge.
  if (analysis.isOutboundHeaderValue(composed)) return { type: "string", coerced: true };
  const parent = outer.parent;
  if (ts.isCallExpression(parent) && parent.arguments.includes(outer as ts.Expression)) {
    const callee = calleeText(parent);
    if (callee === "Number" || callee === "parseInt" || callee === "parseFloat" || callee === "Number.parseInt" || callee === "Number.parseFloat" || isLodashNumberCoercion(parent)) {
      return { type: "number", coerced: true };
    }
    if (callee && coercions.has(callee)) return { type: callee === "Boolean" ? "boolean" : "string", coerced: true };
    if (isTextSanitizerCall(parent) && parent.arguments[0] === outer) return { type: "string", coerced: true };
    // `Array.isArray(roles)`: the handler expects a list there (its `.length` is then the array's).
    if (callee === "Array.isArray") return { type: "array", coerced: false };
    if (isUrlSearchParamsWrite(parent, outer)) return { type: "string", coerced: true };
    if (analysis.isHandedBackToSender(parent, outer)) return { type: "string", coerced: true };
    // `eq(sites.id, siteId)`: one bound value the column is compared with; it cannot change what the query does.
    if (analysis.isBoundComparison(parent, outer)) return { type: "unknown", coerced: true };
    const validated = analysis.isValidatorCall(parent) || analysis.isCodeExchangeCall(parent) || analysis.passesToCheckingParameter(parent, outer);
    return { type: "unknown", coerced: validated, validated };
  }
  if (isEchoedToSender(outer)) return { type: "unknown", coerced: true };
  // `schema.safeParse({ email: req.body.email })`: the field is checked as a property of what the validator gets.
  const option = optionOfCall(outer);
  if (option && (analysis.isValidatorCall(option) || analysis.isProtocolHandlerCall(option) || analysis.passesToCheckedField(option, outer))) return { type: "unknown", coerced: true, validated: true };
  if (analysis.isHeldForValidator(outer)) return { type: "unknown", coerced: true, validated: true };
  if (isDoubleNegation(parent)) return { type: "boolean", coerced: true };
  if (ts.isPrefixUnaryExpression(parent) && (parent.operator === ts.SyntaxKind.PlusToken || parent.operator === ts.SyntaxKind.MinusToken)) {
    return { type: "number", coerced: parent.operator === ts.SyntaxKind.PlusToken };
  }
  if (ts.isTemplateSpan(parent)) return { type: "string", coerced: false };
  if (ts.isPropertyAccessExpression(parent) && parent.expression === outer) {
    const member = parent.name.text;
    if (member === "includes" || member === "indexOf") {
      const call = parent.parent;
      const argument = ts.isCallExpression(call) ? call.arguments[0] : undefined;
      return { type: argument && ts.isStringLiteralLike(argument) ? "string" : "array", coerced: false };
    }
    // `form.get("email")?.toString()`: a form value is text or a File, and what goes on is text. A JSON field's
    // `.toString()` would pass off a list or an object (or a number meant as one) as text.
    if (member === "toString" && isCallee(parent) && formValue) return { type: "string", coerced: true };
    // Strings and arrays both have a length: it tells neither (a `tags.length` check on a list is no text field).
    if (member === "length") return { type: "unknown", coerced: false };
    if (stringMethods.has(member)) return { type: "string", coerced: false };
    if (arrayMethods.has(member)) return { type: "array", coerced: false };
    if (fileMembers.has(member)) return { type: "file", coerced: false };
    return { type: "unknown", coerced: false };
  }
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword && parent.left === outer) {
    const klass = unwrapExpression(parent.right);
    return { type: ts.isIdentifier(klass) && (klass.text === "File" || klass.text === "Blob") ? "file" : "unknown", coerced: false };
  }
  // `days > warnDays`: only a number comes of it, as `Number(warnDays)` would give; `state !== saved.state` answers a
  // boolean and hands the value nowhere.
  if (ts.isBinaryExpression(parent)) {
    const kind = parent.operatorToken.kind;
    return { type: binaryOperandType(parent, outer), coerced: numericOperators.has(kind) || equalityOperators.has(kind) };
  }
  if (ts.isTypeOfExpression(parent) && ts.isBinaryExpression(parent.parent)) {
    const other = otherOperand(parent.parent, parent);
    const named = stringValue(other);
    if (named === "string" || named === "number" || named === "boolean") return { type: named, coerced: false };
  }
  return { type: "unknown", coerced: false };
}

/**
 * The text `value` is composed into: through templates, `+`, the branches of `?:` and either side of `??`/`||`, the
 * outermost expression whose result may carry it.
 */
function textComposedFrom(value: ts.Node): ts.Node {
  let outer = value;
  for (;;) {
    const parent = outer.parent;
    const composes =
      ts.isTemplateSpan(parent) ||
      (ts.isBinaryExpression(parent) && (parent.operatorToken.kind === ts.SyntaxKind.PlusToken || isFallbackOperator(parent.operatorToken.kind))) ||
      (ts.isConditionalExpression(parent) && parent.condition !== outer);
    if (!composes) return outer;
    outer = outermostValue(ts.isTemplateSpan(parent) ? parent.parent : parent);
  }
}

/** `req.query.email as string`: the type a cast between the value and its use names. */
function castType(value: ts.Node, outer: ts.Node): FieldType {
  for (let node = value.parent; node && node !== outer.parent; node = node.parent) {
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node)) && node.type) return typeNodeKind(node.type);
  }
  return "unknown";
}

/**
 * `req.body as { title: string; tags: string[] }` (or as an interface or type alias of this file): the fields the cast
 * names, with their types and whether they may be left out. Undefined when there is no cast; `open` when the cast
 * names a type this file does not declare, whose fields it cannot list.
 */
function castFields(value: ts.Node, outer: ts.Node): DeclaredFields | undefined {
  for (let node = value.parent; node && node !== outer.parent; node = node.parent) {
    if (!(ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node))) continue;
    const members = localTypeMembers(node.type);
    if (!members) return { fields: [], open: ts.isTypeReferenceNode(node.type) };
    return { fields: declaredFieldsOf(members), open: false };
  }
  return undefined;
}

type DeclaredFields = { fields: Array<{ name: string; type: FieldType; optional: boolean; nullable: boolean }>; open: boolean };

function declaredFieldsOf(members: ts.NodeArray<ts.TypeElement>): DeclaredFields["fields"] {
  return members.flatMap((member) =>
    ts.isPropertySignature(member) && member.type && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))
      ? [{ name: member.name.text, ...declaredKind(member.type), optional: !!member.questionToken }]
      : [],
  );
}

/** Where a request's type names an input's type: Fastify's route generic by key, Express's `Request` by position. */
const requestTypeSlots: ReadonlyMap<string, { fastify: string; express: number }> = new Map([
  ["body", { fastify: "Body", express: 2 }],
  ["query", { fastify: "Querystring", express: 3 }],
  ["params", { fastify: "Params", express: 0 }],
]);

/**
 * `request.body` of a parameter typed `FastifyRequest<{ Body: { siteId: number } }>` or Express's `Request<Params,
 * ResBody, { siteId: number }>` (the type literal, or an interface or alias of this file): the fields the request's
 * declared type gives this input, as a cast would.
 */
function requestTypeFields(value: ts.Node): DeclaredFields | undefined {
  if (!ts.isPropertyAccessExpression(value) || !ts.isIdentifier(value.expression)) return undefined;
  const slot = requestTypeSlots.get(value.name.text);
  const declaration = slot && findDeclaration(value.expression.text, value.expression);
  const type = declaration && ts.isParameter(declaration) ? declaration.type : undefined;
  if (!slot || !type || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName) || !type.typeArguments) return undefined;
  const module = importedModuleOf(type.typeName.text, value);
  const input = module === "fastify" ? memberType(type.typeArguments[0], slot.fastify) : module === "express" ? type.typeArguments[slot.express] : undefined;
  const members = input && localTypeMembers(input);
  return members && { fields: declaredFieldsOf(members), open: false };
}

/** The type of `key` in a type literal, or an interface or alias of this file. */
function memberType(type: ts.TypeNode | undefined, key: string): ts.TypeNode | undefined {
  const member = type && localTypeMembers(type)?.find((candidate) => ts.isPropertySignature(candidate) && ts.isIdentifier(candidate.name) && candidate.name.text === key);
  return member && ts.isPropertySignature(member) ? member.type : undefined;
}

/** A cast member's type as a field type: `T | null` is T and nullable; a union of kinds or a named type is `any`. */
function declaredKind(type: ts.TypeNode): { type: FieldType; nullable: boolean } {
  const isNothing = (member: ts.TypeNode): boolean =>
    member.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(member) && member.literal.kind === ts.SyntaxKind.NullKeyword);
  const members = ts.isUnionTypeNode(type) ? type.types.filter((member) => !isNothing(member)) : [type];
  const nullable = ts.isUnionTypeNode(type) && type.types.some((member) => ts.isLiteralTypeNode(member) && member.literal.kind === ts.SyntaxKind.NullKeyword);
  const kind = members.length === 1 ? typeNodeKind(members[0]!) : "unknown";
  return { type: kind === "unknown" ? "any" : kind, nullable };
}

function typeNodeKind(type: ts.TypeNode): FieldType {
  switch (type.kind) {
    case ts.SyntaxKind.StringKeyword:
      return "string";
    case ts.SyntaxKind.NumberKeyword:
      return "number";
    case ts.SyntaxKind.BooleanKeyword:
      return "boolean";
    default:
      return ts.isArrayTypeNode(type) ? "array" : "unknown";
  }
}

/** Operators that compare or compute numbers: an operand is converted to a number and only the answer goes on. */
const numericOperators: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AsteriskAsteriskToken,
]);

/** Comparisons whose only answer is a boolean: the operands go no further. */
const equalityOperators: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

function binaryOperandType(binary: ts.BinaryExpression, operand: ts.Node): FieldType {
  const kind = binary.operatorToken.kind;
  const other = otherOperand(binary, operand);
  if (numericOperators.has(kind)) return "number";
  const comparison = [
    ts.SyntaxKind.EqualsEqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.EqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsToken,
    ts.SyntaxKind.PlusToken,
  ];
  if (!comparison.includes(kind) || !other) return "unknown";
  if (ts.isNumericLiteral(other)) return "number";
  if (ts.isStringLiteralLike(other)) return "string";
  if (kind !== ts.SyntaxKind.PlusToken && (other.kind === ts.SyntaxKind.TrueKeyword || other.kind === ts.SyntaxKind.FalseKeyword)) return "boolean";
  return "unknown";
}

function otherOperand(binary: ts.BinaryExpression, operand: ts.Node): ts.Expression | undefined {
  const left = unwrapExpression(binary.left);
  const right = unwrapExpression(binary.right);
  if (binary.left === operand || left === operand) return right;
  if (binary.right === operand || right === operand) return left;
  return undefined;
}

/**
 * The variable declared with an object literal that `value` is stored in: a property of that literal (`const badge = {
 * style }`), or assigned to one of its properties (`badge.label = label`).
 */
function holderDeclarationOf(value: ts.Node): ts.VariableDeclaration | undefined {
  const parent = value.parent;
  if (ts.isShorthandPropertyAssignment(parent) || (ts.isPropertyAssignment(parent) && parent.initializer === value)) {
    const holder = outermostValue(parent.parent).parent;
    return ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) ? holder : undefined;
  }
  if (!ts.isBinaryExpression(parent) || parent.right !== value || parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const target = parent.left;
  if (!ts.isPropertyAccessExpression(target) || !ts.isIdentifier(target.expression)) return undefined;
  const declaration = findDeclaration(target.expression.text, target);
  const initializer = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && unwrapExpression(declaration.initializer);
  return initializer && ts.isObjectLiteralExpression(initializer) && ts.isIdentifier(declaration.name) ? declaration : undefined;
}


/** The call whose object-literal argument holds `value` as a property (`f({ payload })`, `f({ payload: raw })`). */
function optionOfCall(value: ts.Node): ts.CallExpression | undefined {
  const literal = literalHolding(value);
  const call = literal?.parent;
  return call && ts.isCallExpression(call) && call.arguments.includes(literal) ? call : undefined;
}

/** `child ?? fallback`, or a branch of `cond ? a : b`: the whole expression may be the child's value. */
function isFallbackOrBranch(parent: ts.Node, child: ts.Node): boolean {
  return isFallbackFor(parent, child) || (ts.isConditionalExpression(parent) && parent.condition !== child);
}

/**
 * `request.json().catch(() => { throw badRequest })`, `.catch(() => null)`: the promise still resolves to the input,
 * or to what the handler of its rejection gives instead, so what follows reads the input as before.
 */
function isRejectionHandler(parent: ts.Node, child: ts.Node): boolean {
  if (ts.isPropertyAccessExpression(parent)) return parent.expression === child && parent.name.text === "catch" && ts.isCallExpression(parent.parent) && parent.parent.expression === parent;
  return ts.isCallExpression(parent) && parent.expression === child && ts.isPropertyAccessExpression(child) && child.name.text === "catch";
}

/** The object literal `value` is a property value of (`{ body }`, `{ payload: body }`). */
/** `new Uint8Array(raw)`, `Buffer.from(raw)`: the same bytes in another view; what is done with them decides. */
function isByteCopy(call: ts.CallExpression | ts.NewExpression, value: ts.Node): boolean {
  const callee = calleeText(call);
  return call.arguments?.length === 1 && call.arguments[0] === value && (ts.isNewExpression(call) ? callee === "Uint8Array" : callee === "Buffer.from");
}

/**
 * The value is a property (at any depth) of an object literal that is the handler's answer (`res.json({ echo: body })`,
 * `ctx.body = { received: body }`): an object answer is sent as JSON, so the sender gets its own data back as data.
 */
function isEchoedToSender(value: ts.Node): boolean {
  let literal = literalHolding(value);
  if (!literal) return false;
  for (let enclosing = literalHolding(outermostValue(literal)); enclosing; enclosing = literalHolding(outermostValue(enclosing))) literal = enclosing;
  const top = outermostValue(literal);
  const send = top.parent;
  return (ts.isCallExpression(send) || ts.isBinaryExpression(send)) && responseBodyOf(send)?.body === top;
}

function literalHolding(value: ts.Node): ts.ObjectLiteralExpression | undefined {
  const property = value.parent;
  const isProperty = ts.isShorthandPropertyAssignment(property) || (ts.isPropertyAssignment(property) && property.initializer === value);
  return isProperty && ts.isObjectLiteralExpression(property.parent) ? property.parent : undefined;
}

/**
 * The inputs a request accessor returns, as its whole result: `(req) => req.body`, `return { ...req.query, ...req.body }`
 * (casts allowed). Anything else in the result (a default, a computed value) makes it more than an accessor.
 */
function inputsReturnedBy(accessor: FunctionLike): Array<"body" | "query"> {
  const parameter = accessor.parameters[0]?.name;
  const body = accessor.body;
  if (!parameter || !ts.isIdentifier(parameter) || !body) return [];
  let result: ts.Expression | undefined;
  if (!ts.isBlock(body)) result = body;
  else if (body.statements.length === 1 && ts.isReturnStatement(body.statements[0]!)) result = body.statements[0].expression;
  if (!result) return [];
  const inputOf = (expression: ts.Expression): "body" | "query" | undefined => {
    const value = unwrapExpression(expression);
    if (!ts.isPropertyAccessExpression(value) || !ts.isIdentifier(value.expression) || value.expression.text !== parameter.text) return undefined;
    return value.name.text === "body" || value.name.text === "query" ? value.name.text : undefined;
  };
  const value = unwrapExpression(result);
  if (!ts.isObjectLiteralExpression(value)) {
    const input = inputOf(value);
    return input ? [input] : [];
  }
  const spread = value.properties.map((property) => (ts.isSpreadAssignment(property) ? inputOf(property.expression) : undefined));
  return value.properties.length > 0 && spread.every((input) => input !== undefined) ? [...new Set(spread as Array<"body" | "query">)] : [];
}

/** The call of a member access: `request.json` → `request.json()`. */
function calledMember(access: ts.Expression): ts.CallExpression | undefined {
  return ts.isCallExpression(access.parent) && access.parent.expression === access ? access.parent : undefined;
}

/** `request.clone().text()`: the body reader called on a copy of the request, which reads the same body. */
function clonedBodyReader(clone: ts.Expression): { name: string; node: ts.Expression } | undefined {
  const call = calledMember(clone);
  return call && call.arguments.length === 0 ? memberOf(call) : undefined;
}

/** `X.name` where X is `node`, as `{ name, node: X.name }`. */
function memberOf(node: ts.Expression): { name: string; node: ts.Expression } | undefined {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node) return { name: parent.name.text, node: parent };
  if (ts.isElementAccessExpression(parent) && parent.expression === node) {
    const key = stringValue(parent.argumentExpression);
    return key === undefined ? undefined : { name: key, node: parent };
  }
  return undefined;
}

function rootIdentifier(node: ts.Expression): ts.Identifier | undefined {
  let current = node;
  for (;;) {
    if (ts.isIdentifier(current)) return current;
    if (ts.isPropertyAccessExpression(current) || ts.isCallExpression(current) || ts.isElementAccessExpression(current)) current = current.expression;
    else if (ts.isNonNullExpression(current) || ts.isParenthesizedExpression(current)) current = current.expression;
    else return undefined;
  }
}

/** An identifier used as a value, not a property name, declaration name or object key. */
export function isReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  // A member of a type literal (`body as { name: string }`) names a type's field, not a variable.
  if ((ts.isPropertySignature(parent) || ts.isMethodSignature(parent)) && parent.name === node) return false;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === node) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  if (ts.isFunctionDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) return false;
  return true;
}

/** `if (req.body)`, `!req.body`, `typeof req.body`, a bare statement: looks at the input without using its content. */
function isPresenceCheck(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isExpressionStatement(parent) || ts.isTypeOfExpression(parent)) return true;
  if (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken) return true;
  return (ts.isIfStatement(parent) && parent.expression === node) || (ts.isConditionalExpression(parent) && parent.condition === node);
}

function isAssignmentTarget(node: ts.Expression): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

function declaredTypeName(parameter: ts.ParameterDeclaration): string {
  const type = parameter.type;
  if (type && ts.isTypeReferenceNode(type)) return type.typeName.getText();
  return type && type.kind !== ts.SyntaxKind.AnyKeyword && type.kind !== ts.SyntaxKind.UnknownKeyword ? type.getText() : "any";
}

/** `new ValidationPipe(...)`, `ParseIntPipe`, `new ZodValidationPipe(schema)` passed to a Nest parameter decorator. */
function isPipe(argument: ts.Expression): boolean {
  const target = ts.isNewExpression(argument) ? argument.expression : argument;
  return ts.isIdentifier(target) && target.text.endsWith("Pipe");
}

