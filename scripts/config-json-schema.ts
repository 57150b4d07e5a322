// The JSON schema of harden.config.json, derived from the zod schema the engine validates with, so the editor's
// completion and validation can never disagree with `harden check`. Pure: writing the file is update-config-schema.ts.
import { z } from "zod";
import { configSchemaFor } from "../rules/engine/config.js";
import { registry } from "../rules/index.js";

export const configJsonSchemaPath = "client/harden.config.schema.json";

export function configJsonSchemaText(): string {
  // draft-7 keeps tuples as `items: [...]`, which every JSON language service understands.
  // Rule ids complete under `rules`, each with its summary and its own options (as written: defaults are optional).
  const schema = z.toJSONSchema(configSchemaFor(registry), { target: "draft-7", io: "input" });
  const { $schema, ...body } = schema;
  return `${JSON.stringify({ $schema, title: "Harden configuration (harden.config.json)", ...body }, null, 2)}\n`;
}
