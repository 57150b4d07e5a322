// The zod schema the missing-input-validation scaffold declares, written from how the handler uses each field and
// in the API of the project's zod major. Text only: where it goes is fix-placement.ts's concern.
import { ts } from "ts-morph";
import type { FieldRead, InputShape, RequestInputRead } from "../model/request-inputs.js";

/** The zod major the file's package declares (or its import names, `zod/v4`); undefined when neither tells. */
export type ZodMajor = 3 | 4 | undefined;

export function zodMajorOf(declaredRange: string | undefined, importSpecifier: string | undefined): ZodMajor {
  const fromImport = /\/v([34])$/.exec(importSpecifier ?? "")?.[1];
  const major = Number(fromImport ?? /^\D*(\d+)/.exec(declaredRange ?? "")?.[1]);
  return major === 3 || major === 4 ? major : undefined;
}

/** The range a fix declares zod with when the package lacks it: the zod 4 line, whose API the scaffold then writes. */
export const addedZodRange = "^4.1.0";

/** What the 400 answer sends: zod 4 deprecates `error.flatten()` for `z.flattenError(error)`; `issues` is in both. */
export function errorExpression(parsed: string, major: ZodMajor): string {
  if (major === 4) return `z.flattenError(${parsed}.error)`;
  if (major === 3) return `${parsed}.error.flatten()`;
  return `${parsed}.error.issues`;
}

/** Keeps unlisted keys: zod 4 deprecates `.passthrough()` for `.loose()`; `.catchall(z.unknown())` is in both. */
function looseSuffix(major: ZodMajor): string {
  return major === 4 ? ".loose()" : major === 3 ? ".passthrough()" : ".catchall(z.unknown())";
}

/**
 * How the schema treats keys it does not list, so the route's clients keep working:
 * - `strip` (zod's default) when the handler reads the input field by field: it never saw the other keys;
 * - `loose` when the input is also passed on whole (to a protocol library, a service) or is a query string
 *   (tracking and protocol parameters come and go), so the callee still gets every key;
 * - `strict` when it is written whole into a store (`create({ data: body })`), where an unlisted key is a
 *   mass-assignment: a 400 naming the key beats writing it, and the comment above the schema says to list every field;
 *   but `loose` when the handler casts it to a type declared elsewhere, whose fields the schema cannot list.
 */
export type UnknownKeys = "strip" | "loose" | "strict";

export function unknownKeysFor(reads: readonly RequestInputRead[]): UnknownKeys {
  if (reads.some((read) => read.source === "query")) return "loose";
  if (reads.some((read) => read.writtenWhole)) return reads.some((read) => read.declaredShapeOpen) ? "loose" : "strict";
  return reads.some((read) => read.usedWhole) ? "loose" : "strip";
}

export interface SchemaRequest {
  name: string;
  fields: FieldRead[];
  shape: InputShape;
  unknownKeys: UnknownKeys;
  /** PATCH bodies carry only the fields that change. */
  partial: boolean;
  /** Query values may each be absent. */
  optional: boolean;
  major: ZodMajor;
  /** What the route's body parsers accept, for a body: an Express app may mount `express.urlencoded()` too, or only it. */
  encoding?: BodyEncoding;
}

/**
 * `json`: typed values; `urlencoded`: every value is text (`express.urlencoded()` alone); `json-or-urlencoded`: both
 * parsers are mounted, so the schema accepts a field as JSON sends it and as a form does.
 */
export type BodyEncoding = "json" | "urlencoded" | "json-or-urlencoded";

export function schemaDeclaration(request: SchemaRequest): string {
  const { name, fields, unknownKeys, partial, major } = request;
  const suffix = (partial ? ".partial()" : "") + (unknownKeys === "strict" ? ".strict()" : unknownKeys === "loose" ? looseSuffix(major) : "");
  return objectDeclaration(name, "z.object(", schemaEntries(fields, (field) => fieldSchema(field, request)), `)${suffix}`);
}

/** `const name = open{ key: schema, … }close;` on one line when it fits in 110 columns, else one field a line. */
export function objectDeclaration(name: string, open: string, entries: readonly string[], close: string): string {
  const oneLine = `const ${name} = ${open}{ ${entries.join(", ")} }${close};`;
  if (oneLine.length <= 110) return oneLine;
  return `const ${name} = ${open}{\n${entries.map((entry) => `  ${entry},\n`).join("")}}${close};`;
}

/** Each field as `key: schema`, the key quoted when it is no identifier. */
export function schemaEntries(fields: readonly FieldRead[], schemaOf: (field: FieldRead) => string): string[] {
  return fields.map((field) => `${propertyKey(field.name)}: ${schemaOf(field)}`);
}

function fieldSchema(field: FieldRead, request: SchemaRequest): string {
  const base = baseSchema(field, request);
  // A FormData field the client left out reads as null, as `form.get` gave it before (`getAll` gives an empty array).
  if (request.shape === "form-data") return field.type === "array" ? base : `${base}.nullable()`;
  // A field the handler does without (a fallback, a presence test) stays optional, so requests without it still work;
  // one it tests by truthiness or falls back from takes null too (a form's empty password is often sent as null).
  const optional = !request.partial && (request.optional || field.optional);
  // Only JSON carries null: a urlencoded form sends text or nothing.
  const nullable = field.nullable === true && request.shape === "object" && request.encoding !== "urlencoded" && base !== "z.any()";
  return optional && nullable ? `${base}.nullish()` : optional ? `${base}.optional()` : nullable ? `${base}.nullable()` : base;
}

/**
 * JSON fields take their JSON type. Query values and parsed form fields arrive as text, so numbers are coerced and
 * arrays hold strings; a form field used as an upload is a `File`. A field whose use says nothing is `z.any()`:
 * it keeps the type the handler gave it (`req.body` is `any`), so the fixed code compiles wherever the value lands.
 */
function baseSchema(field: FieldRead, request: SchemaRequest): string {
  if (request.shape === "object" && request.encoding === "urlencoded") return formEncodedSchema(field, request);
  if (request.shape === "object" && request.encoding === "json-or-urlencoded") return jsonOrFormEncodedSchema(field, request);
  const { type } = field;
  const text = request.shape !== "object";
  switch (type) {
    case "string":
      return "z.string()";
    case "number":
      return text ? "z.coerce.number()" : "z.number()";
    case "boolean":
      return text ? "z.string()" : "z.boolean()";
    case "array":
      // A repeated query parameter is an array, a single one a string (`?tag=a`): both are accepted as an array.
      if (request.shape === "text-fields") return "z.preprocess((value) => [value].flat(), z.array(z.string()))";
      return text ? "z.array(z.string())" : "z.array(z.any())";
    case "file":
      return text ? "z.instanceof(File)" : "z.any()";
    case "object":
      return request.shape === "form-data" ? "z.instanceof(File)" : nestedObjectSchema(field, request);
    default:
      return text ? "z.string()" : "z.any()";
  }
}

/**
 * A urlencoded body holds text only: a number is coerced only where the handler computes or compares with it (a name
 * that sounds numeric is no reason: the handler got text until now), a value tested `=== true` becomes true for the
 * text "true", a repeated key is a list. With `extended: true` brackets nest objects, so a read object stays one.
 */
function formEncodedSchema(field: FieldRead, request: SchemaRequest): string {
  switch (field.type) {
    case "number":
      return "z.coerce.number()";
    case "boolean":
      return `z.string().transform((value) => value === "true")`;
    case "array":
      return "z.preprocess((value) => [value].flat(), z.array(z.string()))";
    case "object":
      return nestedObjectSchema(field, request);
    default:
      return "z.string()";
  }
}

/** JSON and urlencoded parsers both mounted: each field as either sends it, so no client of the route gets a 400. */
function jsonOrFormEncodedSchema(field: FieldRead, request: SchemaRequest): string {
  switch (field.type) {
    case "string":
      return "z.string()";
    case "number":
      return "z.coerce.number()";
    case "boolean":
      return `z.union([z.boolean(), z.string().transform((value) => value === "true")])`;
    case "array":
      return "z.preprocess((value) => [value].flat(), z.array(z.any()))";
    case "object":
      return nestedObjectSchema(field, request);
    default:
      return "z.any()";
  }
}

function nestedObjectSchema(field: FieldRead, request: SchemaRequest): string {
  // Only some of its keys are read, and it may be passed on whole: the others are kept.
  const nested = { ...request, optional: false, fields: field.fields ?? [] };
  return `z.object({ ${schemaEntries(nested.fields, (sub) => fieldSchema(sub, nested)).join(", ")} })${looseSuffix(request.major)}`;
}

/** One entry per field name across all reads, the first concrete type winning. */
export function mergeFields(reads: RequestInputRead[]): FieldRead[] {
  const merged = new Map<string, FieldRead>();
  for (const field of reads.flatMap((read) => read.fields)) {
    const existing = merged.get(field.name);
    if (!existing) merged.set(field.name, { ...field });
    else if (existing.type === "unknown") Object.assign(existing, { type: field.type, fields: field.fields });
  }
  return [...merged.values()];
}

export function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/** Deno code imports packages by specifier (`npm:zod`, `https://esm.sh/zod`); everything else by name. */
export function zodSpecifierFor(sourceFile: ts.SourceFile): string {
  const specifiers = sourceFile.statements.flatMap((statement) =>
    ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) ? [statement.moduleSpecifier.text] : [],
  );
  if (specifiers.some((specifier) => specifier.startsWith("npm:"))) return "npm:zod";
  if (specifiers.some((specifier) => specifier.startsWith("https://esm.sh/"))) return "https://esm.sh/zod";
  return "zod";
}

/** The specifier `z` is imported from when the file already binds it to zod (named, default or namespace import). */
export function boundZodSpecifier(sourceFile: ts.SourceFile): string | undefined {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!/^(npm:|https:\/\/esm\.sh\/)?zod(@[^/]*)?(\/|$)/.test(specifier)) continue;
    const clause = statement.importClause;
    const bindings = clause?.namedBindings;
    if (clause?.name?.text === "z") return specifier;
    if (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === "z") return specifier;
    if (bindings && ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === "z")) return specifier;
  }
  return undefined;
}
