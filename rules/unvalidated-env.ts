// unvalidated-env: environment reads that assume a variable is set (`process.env.X!`, `as string`) or numeric
// (`parseInt(process.env.X)`) with no fallback or check, outside the module that validates `process.env`.
// Reads the env-reads model; literal fallbacks of secrets belong to hardcoded-secret and are not judged here.
import * as path from "node:path";
import type { FixBuilder } from "./engine/fix-builder.js";
import { defineRule, type RuleContext } from "./engine/types.js";
import { quoteSource } from "./model/secret-literals.js";
import type { EnvReadSummary } from "./model/types.js";

/** Variables the platform always sets: Supabase injects these into every edge function. */
const platformProvided: ReadonlySet<string> = new Set(["SUPABASE_URL", "SUPABASE_ANON_KEY", "SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_DB_URL"]);

export default defineRule({
  id: "unvalidated-env",
  meta: {
    category: "reliability",
    severity: "warn",
    needsTypes: false,
    fix: "scaffold",
    summary: "Environment variables read as if always set or numeric fail far from the cause; validate them once at start-up.",
    fixTitle: "Read it from a validated env module",
    messages: {
      present: "`{{read}}` assumes `{{name}}` is set: when it is missing the app starts anyway and fails later with `undefined`. Validate it in an env module.",
      number: "`{{read}}` turns a missing or malformed `{{name}}` into `NaN` silently. Validate it as a number in an env module.",
    },
  },
  check(ctx) {
    return {
      onEnd() {
        if (ctx.file.envSchema) return;
        const checked = ctx.file.checkedEnvNames ?? [];
        for (const read of ctx.file.envReads ?? []) {
          // A variable an env schema validates before this code runs stops the app at start-up when it is missing or malformed.
          if (!read.assumption || !read.assumingSpan || checked.includes(read.name) || ctx.project.isValidatedEnvName(read.name, ctx.filePath)) continue;
          if (read.runtime === "deno" && platformProvided.has(read.name)) continue;
          const readText = quoteSource(ctx.sourceFile, read.assumingSpan);
          ctx.report({
            span: read.assumingSpan,
            messageId: read.assumption === "number" ? "number" : "present",
            data: { read: readText.length > 60 ? readText.slice(0, 57) + "..." : readText, name: read.name },
            // Deno edge functions import zod by URL and keep env access per request; the fix is written for Node only.
            fix: read.runtime === "node" ? (edit) => readFromEnvModule(edit, read, ctx) : undefined,
          });
        }
      },
    };
  },
});

function readFromEnvModule(edit: FixBuilder, read: EnvReadSummary, ctx: RuleContext<Record<string, never>>): void {
  const existing = ctx.project.envSchemaFor(ctx.filePath);
  const span = read.assumingSpan!;
  if (existing?.schema.local) {
    const exported = ctx.project.summaries.get(existing.filePath)?.exports.find((binding) => binding.local === existing.schema.local)?.exported;
    if (!exported || exported === "default") return;
    edit.replace(span, `${exported}.${read.name}`).addNamedImport(edit.moduleSpecifierTo(existing.filePath), exported);
    const insertion = existing.schema.insertion;
    if (insertion && !existing.schema.keys.includes(read.name)) {
      const entry = `${schemaEntry(read.name, ctx)}`;
      const text = insertion.needsComma ? `,\n${insertion.indent}${entry}` : `\n${insertion.indent}${entry},`;
      edit.edits.push({ filePath: existing.filePath, start: insertion.position, end: insertion.position, newText: text });
    }
    return;
  }
  const envFile = path.join(ctx.settings.root, ctx.filePath.startsWith(path.join(ctx.settings.root, "src") + path.sep) ? "src" : "", "env.ts");
  edit.createFile(path.relative(ctx.settings.root, envFile), envModuleSource(ctx)).replace(span, `env.${read.name}`).addNamedImport(edit.moduleSpecifierTo(envFile), "env");
}

/**
 * Every Node variable read by files no other env module covers, required when some read assumes it, numeric when
 * some read parses it.
 */
// The scaffolded env module depends only on the project, and every finding's fix carries it: build it once per project.
const envModuleSources = new WeakMap<RuleContext<Record<string, never>>["project"], string>();

function envModuleSource(ctx: RuleContext<Record<string, never>>): string {
  let source = envModuleSources.get(ctx.project);
  if (source === undefined) envModuleSources.set(ctx.project, (source = buildEnvModuleSource(ctx)));
  return source;
}

function buildEnvModuleSource(ctx: RuleContext<Record<string, never>>): string {
  const uncovered = ctx.project.envReads().filter((read) => read.runtime === "node" && !ctx.project.envSchemaFor(read.filePath));
  const names = [...new Set(uncovered.map((read) => read.name))].sort();
  const entries = names.map((name) => `  ${schemaEntry(name, ctx)},`).join("\n");
  return `// The environment this app needs, validated once at start-up: a missing or malformed variable stops the process here.
import { z } from "zod";

export const env = z
  .object({
${entries.replace(/^/gm, "  ")}
  })
  .parse(process.env);
`;
}

function schemaEntry(name: string, ctx: RuleContext<Record<string, never>>): string {
  const reads = ctx.project.envReads().filter((read) => read.name === name);
  const isNumeric = reads.some((read) => read.isNumeric);
  const isRequired = reads.some((read) => read.assumption);
  const type = isNumeric ? "z.coerce.number()" : "z.string().min(1)";
  return `${name}: ${isRequired ? type : `${type}.optional()`}`;
}
