// The missing-input-validation scaffold for NestJS: a DTO class whose fields carry class-validator decorators, written
// from how the handler uses the body or query, in a new file where the project keeps its DTOs, and the `@Body()` or
// `@Query()` parameter typed with it. Text and placement only: whether a ValidationPipe applies is the rule's question.
import * as path from "node:path";
import type { FieldRead } from "../model/request-inputs.js";
import { capitalize, pascalCase } from "./fix-placement.js";
import { propertyKey } from "./zod-schema.js";

export interface DtoRequest {
  /** `CreateInviteDto`. */
  className: string;
  fields: FieldRead[];
  /** PATCH: every field may be left out. */
  partial: boolean;
  /** class-transformer is declared: a nested object is validated as its own class (`@ValidateNested()` + `@Type`). */
  nestedClasses: boolean;
  /** A query string: every value is text and may be absent (see queryMemberOf). */
  query?: boolean;
  /** What a type literal on the parameter declared for each field (`{ page?: string }`): the DTO keeps it. */
  declared?: ReadonlyMap<string, DeclaredField>;
}

/** A member of the parameter's type literal: its type text and whether it had `?`. */
export interface DeclaredField {
  type: string;
  optional: boolean;
}

interface DtoClass {
  name: string;
  members: string[];
}

interface Member {
  /** Decorator calls without the `@`: `IsString()`, `Type(() => Number)`. */
  decorators: string[];
  type: string;
  nested?: { name: string; fields: FieldRead[] };
}

/** class-transformer's decorators; the others are class-validator's. */
const transformerDecorators = new Set(["Type", "Transform"]);

/** The module text: the decorators' imports, the nested classes, then the DTO itself. */
export function dtoModule(request: DtoRequest): string {
  const used = new Set<string>();
  const classes: DtoClass[] = [];
  const build = (name: string, fields: FieldRead[], partial: boolean): void => {
    const members = fields.map((field) => {
      // Only the top-level class comes from the parameter's type literal.
      const declared = name === request.className ? request.declared?.get(field.name) : undefined;
      const { decorators, type, nested } = request.query ? queryMemberOf(field, declared?.type) : declared ? declaredMemberOf(declared.type) ?? memberOf(field, name) : memberOf(field, name);
      if (nested) build(nested.name, nested.fields, false);
      // A field the type literal left optional may be absent from what the app's clients send, however the handler reads it.
      const optional = partial || field.optional || declared?.optional === true || request.query === true;
      const all = [...(optional ? ["IsOptional()"] : []), ...decorators];
      for (const decorator of all) used.add(decoratorName(decorator));
      return `${all.map((decorator) => `  @${decorator}`).join("\n")}\n  ${propertyKey(field.name)}${optional ? "?" : "!"}: ${type};`;
    });
    classes.push({ name, members });
  };
  const memberOf = (field: FieldRead, owner: string): Member => {
    const { type } = field;
    const scalar = scalarMembers.get(type);
    if (scalar) return scalar;
    switch (type) {
      case "array":
        return { decorators: ["IsArray()"], type: "any[]" };
      case "object": {
        if (!request.nestedClasses || !field.fields?.length) return { decorators: ["IsObject()"], type: "Record<string, any>" };
        const name = `${owner.replace(/Dto$/, "")}${pascalCase(field.name)}Dto`;
        return { decorators: ["ValidateNested()", `Type(() => ${name})`], type: name, nested: { name, fields: field.fields } };
      }
      default:
        // Kept by a whitelisting pipe, and typed as loosely as the handler had it.
        return { decorators: ["Allow()"], type: "any" };
    }
  };
  build(request.className, request.fields, request.partial);
  const validators = [...used].filter((name) => !transformerDecorators.has(name)).sort();
  const transformers = [...used].filter((name) => transformerDecorators.has(name)).sort();
  const imports = [`import { ${validators.join(", ")} } from "class-validator";`, ...(transformers.length > 0 ? [`import { ${transformers.join(", ")} } from "class-transformer";`] : [])];
  // Nested classes are declared before the classes that refer to them.
  const body = classes.map((dto) => `export class ${dto.name} {\n${dto.members.join("\n\n")}\n}\n`).join("\n");
  return `${imports.join("\n")}\n\n${body}`;
}

/** The check and type of a text, number or flag field, whether the handler's use or the declared type says so. */
const scalarMembers: ReadonlyMap<string, Member> = new Map([
  ["string", { decorators: ["IsString()"], type: "string" }],
  ["number", { decorators: ["IsNumber()"], type: "number" }],
  ["boolean", { decorators: ["IsBoolean()"], type: "boolean" }],
]);

/**
 * A body field's declared type, which says more than the handler's use of it: a plain type gets its check; any other
 * (a union such as `string | string[]`, a named type) is kept as declared and let through unchecked, since a check
 * from the use alone would refuse values the handler was written to take.
 */
function declaredMemberOf(declared: string): Member | undefined {
  const scalar = scalarMembers.get(declared);
  if (scalar) return scalar;
  switch (declared) {
    case "string[]":
    case "Array<string>":
      return { decorators: ["IsString({ each: true })"], type: "string[]" };
    default:
      return /^[\w.]+$/.test(declared) ? undefined : { decorators: ["Allow()"], type: declared };
  }
}

/**
 * A query value is text, absent or repeated. A value the handler converts itself stays text checked as a number; one
 * it computes with is converted (`@Type(() => Number)`); a flag stays text as the handler read it; a list takes a single
 * value as a list of one. A value whose use says nothing is text. A type the parameter declared is kept.
 */
function queryMemberOf(field: FieldRead, declared: string | undefined): Member {
  const declaredKind = declared === "string" ? (field.type === "number" ? "numeric text" : "string") : declared === "string[]" || declared === "Array<string>" ? "array" : declared === "number" ? "number" : undefined;
  switch (declaredKind ?? field.type) {
    case "numeric text":
      return { decorators: ["IsNumberString()"], type: "string" };
    case "number":
      return field.coerced ? { decorators: ["IsNumberString()"], type: "string" } : { decorators: ["Type(() => Number)", "IsNumber()"], type: "number" };
    case "boolean":
      return { decorators: ["IsBooleanString()"], type: "string" };
    case "array":
      return { decorators: ["Transform(({ value }) => [value].flat())", "IsString({ each: true })"], type: "string[]" };
    case "object":
      return { decorators: ["IsObject()"], type: "Record<string, any>" };
    default:
      return { decorators: ["IsString()"], type: "string" };
  }
}

/** Whether the DTO converts a value (class-transformer's decorators), which only a `transform: true` pipe hands on. */
export function dtoTransforms(request: DtoRequest): boolean {
  return request.query === true && request.fields.some((field) => queryMemberOf(field, request.declared?.get(field.name)?.type).decorators.some((decorator) => transformerDecorators.has(decoratorName(decorator))));
}

function decoratorName(decorator: string): string {
  return decorator.slice(0, decorator.indexOf("("));
}

/** `CreateInviteDto` from the schema name the route gives (`createInviteBody`). */
export function dtoClassName(schemaName: string): string {
  return capitalize(schemaName.replace(/(Body|Query)$/, "")) + "Dto";
}

/** `create-invite.dto.ts`. */
export function dtoFileName(className: string): string {
  const words = className.replace(/Dto$/, "").replace(/(?<=[a-z0-9])(?=[A-Z])/g, "-").toLowerCase();
  return `${words}.dto.ts`;
}

/**
 * The folder the project keeps a controller's DTOs in: a `dto/` (or `dtos/`) folder beside the controller when it has
 * files, else the controller's folder when `*.dto.ts` files sit in it, else a new `dto/` beside it, as Nest's CLI does.
 */
export function dtoFolder(controllerFile: string, projectFiles: Iterable<string>): string {
  const directory = path.dirname(controllerFile);
  const files = [...projectFiles];
  for (const name of ["dto", "dtos"]) {
    const folder = path.join(directory, name);
    if (files.some((file) => path.dirname(file) === folder)) return folder;
  }
  if (files.some((file) => path.dirname(file) === directory && file.endsWith(".dto.ts"))) return directory;
  return path.join(directory, "dto");
}
