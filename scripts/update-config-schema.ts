// Rewrites client/harden.config.schema.json from the zod config schema (`npm run schema`).
import * as fs from "node:fs";
import * as path from "node:path";
import { configJsonSchemaPath, configJsonSchemaText } from "./config-json-schema.js";

fs.writeFileSync(path.resolve(__dirname, "..", configJsonSchemaPath), configJsonSchemaText());
