// The missing-input-validation scaffold in the validator a package already uses: the schema text and the parse, 400
// and data expressions in zod, valibot, joi or yup, written from the same field reads. Text only: which validator a file
// uses is the rule's question, and where the code goes is fix-placement.ts's.
import { errorExpression, objectDeclaration, schemaDeclaration, schemaEntries, type SchemaRequest, type ZodMajor } from "./zod-schema.js";
import type { FieldRead } from "../model/request-inputs.js";

export type ValidatorName = "zod" | "valibot" | "joi" | "yup";

export interface Dialect {
  validator: ValidatorName;
  /** The name the validator's module is bound to in the file: `z`, `v`, `Joi`. */
  local: string;
  declaration(request: SchemaRequest): string;
  /** `createUserBody.safeParse(req.body)`: the result of checking `input`. */
  parse(schema: string, input: string): string;
  /** The test that the check failed, on the result's name. */
  failed(parsed: string): string;
  /** What the 400 answer sends. */
  errorValue(parsed: string): string;
  /** The checked data. */
  data(parsed: string): string;
  /** What rejects unlisted keys, for the comment above a schema of an input written whole. */
  strictness: string;
  /** The parse is awaited: only an async handler can hold it. */
  awaits?: boolean;
}

export function zodDialect(major: ZodMajor): Dialect {
  return {
    validator: "zod",
    local: "z",
    declaration: schemaDeclaration,
    parse: (schema, input) => `${schema}.safeParse(${input})`,
    failed: (parsed) => `!${parsed}.success`,
    errorValue: (parsed) => errorExpression(parsed, major),
    data: (parsed) => `${parsed}.data`,
    strictness: ".strict()",
  };
}

/**
 * valibot from 0.31 on (the `pipe` API v1 keeps): `v.object` drops unlisted keys as zod does, `v.looseObject` keeps
 * them, `v.strictObject` rejects them; `v.safeParse` gives `output` and `issues`, which `v.flatten` groups by field.
 */
export function valibotDialect(local: string): Dialect {
  const v = local;
  const field = (read: FieldRead, request: SchemaRequest): string => {
    const base = valibotBase(read, request, v);
    return !request.partial && (request.optional || read.optional) ? `${v}.optional(${base})` : base;
  };
  return {
    validator: "valibot",
    local,
    declaration: (request) => {
      const constructor = request.unknownKeys === "strict" ? "strictObject" : request.unknownKeys === "loose" ? "looseObject" : "object";
      const entries = schemaEntries(request.fields, (read) => field(read, request));
      const open = `${v}.${constructor}(`;
      return request.partial ? objectDeclaration(request.name, `${v}.partial(${open}`, entries, "))") : objectDeclaration(request.name, open, entries, ")");
    },
    parse: (schema, input) => `${v}.safeParse(${schema}, ${input})`,
    failed: (parsed) => `!${parsed}.success`,
    errorValue: (parsed) => `${v}.flatten(${parsed}.issues)`,
    data: (parsed) => `${parsed}.output`,
    strictness: `${v}.strictObject`,
  };

  function valibotBase(read: FieldRead, request: SchemaRequest, v: string): string {
    const text = request.shape === "text-fields";
    switch (read.type) {
      case "string":
        return `${v}.string()`;
      case "number":
        return text ? `${v}.pipe(${v}.string(), ${v}.transform(Number), ${v}.number())` : `${v}.number()`;
      case "boolean":
        return text ? `${v}.string()` : `${v}.boolean()`;
      case "array":
        // A repeated query parameter is an array, a single one a string: both become an array.
        return text ? `${v}.pipe(${v}.union([${v}.string(), ${v}.array(${v}.string())]), ${v}.transform((value) => [value].flat()))` : `${v}.array(${v}.any())`;
      case "object": {
        const nested = { ...request, optional: false, partial: false, fields: read.fields ?? [] };
        return `${v}.looseObject({ ${schemaEntries(nested.fields, (sub) => field(sub, nested)).join(", ")} })`;
      }
      default:
        return text ? `${v}.string()` : `${v}.any()`;
    }
  }
}

/**
 * joi: fields are optional unless `.required()`, an empty string is refused unless allowed, unlisted keys are refused
 * unless the object allows them (`.unknown(true)`) or the check strips them (`stripUnknown`); numbers and booleans sent
 * as text are converted. `validate` gives `value` and `error`, whose `details` name each failing field.
 */
export function joiDialect(local: string): Dialect {
  const joi = local;
  const field = (read: FieldRead, request: SchemaRequest): string => {
    const base = joiBase(read, request);
    const required = !request.partial && !(request.optional || read.optional) && !base.startsWith(`${joi}.any()`);
    return required ? `${base}.required()` : base;
  };
  const joiBase = (read: FieldRead, request: SchemaRequest): string => {
    const text = request.shape === "text-fields";
    switch (read.type) {
      case "string":
        return `${joi}.string().allow("")`;
      case "number":
        return `${joi}.number()`;
      case "boolean":
        return text ? `${joi}.string().allow("")` : `${joi}.boolean()`;
      case "array":
        // `.single()` takes a parameter sent once as a list of one.
        return text ? `${joi}.array().items(${joi}.string()).single()` : `${joi}.array()`;
      case "object": {
        const nested = { ...request, optional: false, partial: false, fields: read.fields ?? [] };
        return `${joi}.object({ ${schemaEntries(nested.fields, (sub) => field(sub, nested)).join(", ")} }).unknown(true)`;
      }
      default:
        return text ? `${joi}.string().allow("")` : `${joi}.any()`;
    }
  };
  return {
    validator: "joi",
    local,
    declaration: (request) => {
      const suffix = request.unknownKeys === "loose" ? ".unknown(true)" : request.unknownKeys === "strip" ? ".options({ stripUnknown: true })" : "";
      return objectDeclaration(request.name, `${joi}.object(`, schemaEntries(request.fields, (read) => field(read, request)), `)${suffix}`);
    },
    parse: (schema, input) => `${schema}.validate(${input}, { abortEarly: false })`,
    failed: (parsed) => `${parsed}.error`,
    errorValue: (parsed) => `${parsed}.error.details`,
    data: (parsed) => `${parsed}.value`,
    strictness: "joi's default",
  };
}

/**
 * yup 1.x: fields are optional unless `.defined()` (`.required()` would also refuse an empty string), unlisted keys are
 * kept unless the object is `.noUnknown()`, and text is cast to numbers. Its checks throw, and only `validate` reports
 * every failing field, so the parse awaits it and turns the outcome into `value` or `error`, whose `errors` list the
 * messages. `typed`: a TypeScript file, where a field whose use says nothing is `mixed<any>()` so the fixed code
 * compiles wherever the value lands (`mixed()` alone is `{}`).
 */
export function yupDialect(local: string, typed: boolean): Dialect {
  const yup = local;
  const anything = typed ? `${yup}.mixed<any>()` : `${yup}.mixed()`;
  const field = (read: FieldRead, request: SchemaRequest): string => {
    const base = yupBase(read, request);
    return request.partial || request.optional || read.optional ? base : `${base}.defined()`;
  };
  const yupBase = (read: FieldRead, request: SchemaRequest): string => {
    const text = request.shape === "text-fields";
    switch (read.type) {
      case "string":
        return `${yup}.string()`;
      case "number":
        return `${yup}.number()`;
      case "boolean":
        return text ? `${yup}.string()` : `${yup}.boolean()`;
      case "array":
        // A repeated query parameter is an array, a single one a string: both become an array.
        return text
          ? `${yup}.array(${yup}.string().defined()).transform((value, original) => (original === undefined ? value : [original].flat()))`
          : `${yup}.array(${anything})`;
      case "object": {
        const nested = { ...request, optional: false, partial: false, fields: read.fields ?? [] };
        return `${yup}.object({ ${schemaEntries(nested.fields, (sub) => field(sub, nested)).join(", ")} })`;
      }
      default:
        return text ? `${yup}.string()` : anything;
    }
  };
  return {
    validator: "yup",
    local,
    declaration: (request) => {
      // Unlisted keys the handler never reads pass through harmlessly; written whole, they are refused.
      const suffix = request.unknownKeys === "strict" ? ".noUnknown()" : "";
      return objectDeclaration(request.name, `${yup}.object(`, schemaEntries(request.fields, (read) => field(read, request)), `)${suffix}`);
    },
    parse: (schema, input) => `await ${schema}.validate(${input}, { abortEarly: false }).then((value) => ({ value }), (error) => ({ error }))`,
    failed: (parsed) => `"error" in ${parsed}`,
    errorValue: (parsed) => `${parsed}.error.errors`,
    data: (parsed) => `${parsed}.value`,
    strictness: ".noUnknown()",
    awaits: true,
  };
}
