// The missing-input-validation scaffold for NestJS: a DTO class whose fields carry class-validator decorators, written
// from how the handler uses the body, in a new file where the project keeps its DTOs, and the `@Body()` parameter typed
// with it. Text and placement only: whether a ValidationPipe applies is the rule's question.
import * as path from "node:path";
import type { FieldRead } from "../model/request-inputs.js";
import { capitalize, pascalCase } from "./fix-placement.js";
import { conventionalType, propertyKey } from "./zod-schema.js";

export interface DtoRequest {
  /** `CreateInviteDto`. */
  className: string;
  fields: FieldRead[];
  /** PATCH: every field may be left out. */
  partial: boolean;
  /** class-transformer is declared: a nested object is validated as its own class (`@ValidateNested()` + `@Type`). */
  nestedClasses: boolean;
}

interface DtoClass {
  name: string;
  members: string[];
}

/** The module text: the decorators' imports, the nested classes, then the DTO itself. */
export function dtoModule(request: DtoRequest): string {
  const validators = new Set<string>();
  let usesType = false;
  const classes: DtoClass[] = [];
  const build = (name: string, fields: FieldRead[], partial: boolean): void => {
    const members = fields.map((field) => {
      const { decorators, type, nested } = memberOf(field, name);
      if (nested) build(nested.name, nested.fields, false);
      if (decorators.includes("Type")) usesType = true;
      const optional = partial || field.optional;
      const all = [...(optional ? ["IsOptional"] : []), ...decorators];
      for (const decorator of all) if (decorator !== "Type") validators.add(decorator);
      const lines = all.map((decorator) => (decorator === "Type" ? `  @Type(() => ${type})` : `  @${decorator}()`));
      return `${lines.join("\n")}\n  ${propertyKey(field.name)}${optional ? "?" : "!"}: ${type};`;
    });
    classes.push({ name, members });
  };
  const memberOf = (field: FieldRead, owner: string): { decorators: string[]; type: string; nested?: { name: string; fields: FieldRead[] } } => {
    switch (field.type === "unknown" ? conventionalType(field.name) : field.type) {
      case "string":
        return { decorators: ["IsString"], type: "string" };
      case "number":
        return { decorators: ["IsNumber"], type: "number" };
      case "boolean":
        return { decorators: ["IsBoolean"], type: "boolean" };
      case "array":
        return { decorators: ["IsArray"], type: "any[]" };
      case "object": {
        if (!request.nestedClasses || !field.fields?.length) return { decorators: ["IsObject"], type: "Record<string, any>" };
        const name = `${owner.replace(/Dto$/, "")}${pascalCase(field.name)}Dto`;
        return { decorators: ["ValidateNested", "Type"], type: name, nested: { name, fields: field.fields } };
      }
      default:
        // Kept by a whitelisting pipe, and typed as loosely as the handler had it.
        return { decorators: ["Allow"], type: "any" };
    }
  };
  build(request.className, request.fields, request.partial);
  const imports = [`import { ${[...validators].sort().join(", ")} } from "class-validator";`, ...(usesType ? [`import { Type } from "class-transformer";`] : [])];
  // Nested classes are declared before the classes that refer to them.
  const body = classes.map((dto) => `export class ${dto.name} {\n${dto.members.join("\n\n")}\n}\n`).join("\n");
  return `${imports.join("\n")}\n\n${body}`;
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
