// unvalidated-env: environment reads that assume a variable is set (`process.env.X!`, `as string`) or numeric
// (`parseInt(process.env.X)`) with no fallback or check, outside the module that validates `process.env`.
// Reads the env-reads model; literal fallbacks of secrets belong to hardcoded-secret and are not judged here.
import * as path from "node:path";
import { ts } from "ts-morph";
import type { FixBuilder } from "./engine/fix-builder.js";
import { defineRule, type RuleContext, type Span } from "./engine/types.js";
import { envTemplateValuedAt, runtimePlatformOf, scaffoldFolderOf } from "./model/runtimes.js";
import { isEnvLoaderCall } from "./model/env-reads.js";
import { quoteSource } from "./model/secret-literals.js";
import { enclosingFunction, findNodeBySpan, importedModuleOf, isCommonJsScript, isJavaScriptFile, unwrapExpression } from "./model/syntax.js";
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
      silent: "`{{read}}` assumes `{{name}}` is set: when it is missing, {{consequence}}, and nothing fails. Validate it in an env module.",
      requestUrl: "`{{read}}` assumes `{{name}}` is set: when it is missing, `new URL` here throws \"Invalid URL\" on each request that reaches it, long after a healthy start-up. Validate it in an env module.",
      number: "`{{read}}` turns a missing or malformed `{{name}}` into `NaN` silently. Validate it as a number in an env module.",
      stringified: "`{{read}}` turns a missing `{{name}}` into the text \"undefined\", a key every attacker knows. Validate it in an env module.",
      package: "{{count}} environment reads in this package ({{names}} variables, {{files}}) assume their variable is set, and no env module validates them at start-up: a missing one is found only when its first use fails. Validate them once in `{{envModule}}`.",
    },
  },
  check(ctx) {
    return {
      onEnd() {
        if (ctx.file.envSchema) return;
        const isCovered = ctx.project.envSchemaFor(ctx.filePath) !== undefined;
        for (const read of ctx.file.envReads ?? []) {
          if (!assumesUnchecked(read, ctx.filePath, ctx.file, ctx)) continue;
          const silentUse = ctx.project.silentUseOf(read, ctx.filePath);
          // A value only handed on (to an SDK, a client) fails loudly where it is used: said once per package, below;
          // one handed to a client that refuses a missing value by name is checked there, env module or not.
          if (read.assumption === "present" && !silentUse && (!isCovered || read.isCheckedByClient)) continue;
          const readText = quoteSource(ctx.sourceFile, read.assumingSpan!);
          ctx.report({
            span: read.assumingSpan!,
            messageId: read.assumption === "number" ? "number" : read.assumption === "stringified" ? "stringified" : silentUse === "requestUrl" ? "requestUrl" : silentUse ? "silent" : "present",
            data: { read: readText.length > 60 ? readText.slice(0, 57) + "..." : readText, name: read.name, consequence: silentUse && silentUse !== "requestUrl" ? silentConsequences[silentUse] : "" },
            // Deno edge functions import zod by URL and keep env access per request; the fix is written for Node only.
            fix: read.runtime === "node" ? (edit) => readFromEnvModule(edit, read, ctx) : undefined,
          });
        }
        reportPackageWithoutEnvModule(ctx);
      },
    };
  },
});

type Context = RuleContext<Record<string, never>>;

/** How a missing value goes wrong where the read is used, after "when it is missing, ". */
const silentConsequences: Record<Exclude<EnvReadSummary["silentUse"], "requestUrl" | undefined>, string> = {
  text: 'the text "undefined" is built into the string here',
  comparison: "the comparison here matches any other missing value (`undefined === undefined`) and lets it through",
  key: "the key here is the text \"undefined\"",
  redirect: 'the redirect here sends the user to the relative path "undefined"',
};

/** Reads handed on without a check, in one package, before it says so once rather than once per read. */
const manyReads = 3;

/** An assumption the file neither checks nor leaves to a schema that validates the variable before this code runs. */
function assumesUnchecked(read: EnvReadSummary, filePath: string, file: { checkedEnvNames?: string[] }, ctx: Context): boolean {
  if (!read.assumption || !read.assumingSpan || (file.checkedEnvNames ?? []).includes(read.name) || ctx.project.isValidatedEnvName(read.name, filePath)) return false;
  return !(read.runtime === "deno" && platformProvided.has(read.name));
}

/**
 * One finding for a package (its first such read) whose server code hands many env values on as if set while no env
 * module covers it: the cause is one missing module, not each read.
 */
function reportPackageWithoutEnvModule(ctx: Context): void {
  const reads = handedOnReadsIn(scaffoldFolderOf(ctx.filePath, ctx.settings), ctx);
  const [first] = reads;
  if (reads.length < manyReads || first?.filePath !== ctx.filePath) return;
  // Clients that refuse a missing value themselves, naming it, validate what they are given: a package whose every
  // read goes to one lacks nothing an env module would add.
  if (reads.every((read) => read.isCheckedByClient)) return;
  const files = new Set(reads.map((read) => read.filePath)).size;
  ctx.report({
    span: first.assumingSpan!,
    messageId: "package",
    data: {
      count: String(reads.length),
      names: String(new Set(reads.map((read) => read.name)).size),
      files: files === 1 ? "in this file" : `in ${files} files, this one first`,
      envModule: path.relative(ctx.settings.root, envModulePathFor(ctx.filePath, ctx)),
    },
    fix: first.runtime === "node" ? (edit) => readFromEnvModule(edit, first, ctx) : undefined,
  });
}

type ProjectEnvRead = EnvReadSummary & { filePath: string };

// Keyed by the project's list of reads, which a model carried over an edit that moved code shares (see
// ProjectModel.withMovedSpans): a keystroke in a file that reads no env does not sort the project's reads again.
const handedOnReads = new WeakMap<readonly ProjectEnvRead[], Map<string, ProjectEnvRead[]>>();

/**
 * The server-code reads of the package at `packageRoot` assumed present and only handed on, outside any env module's
 * reach, in path order. Worked out for the packages asked about only: a file's own package is all it reports on.
 */
function handedOnReadsIn(packageRoot: string, ctx: Context): ProjectEnvRead[] {
  const projectReads = ctx.project.envReads();
  let byPackage = handedOnReads.get(projectReads);
  if (!byPackage) handedOnReads.set(projectReads, (byPackage = new Map()));
  let reads = byPackage.get(packageRoot);
  if (reads) return reads;
  reads = projectReads.filter((read) => {
    if (read.assumption !== "present" || scaffoldFolderOf(read.filePath, ctx.settings) !== packageRoot || ctx.project.silentUseOf(read, read.filePath)) return false;
    const summary = ctx.project.summaries.get(read.filePath);
    if (!summary || summary.envSchema || ctx.project.codeRoleOf(summary) !== "server" || ctx.project.envSchemaFor(read.filePath)) return false;
    return assumesUnchecked(read, read.filePath, summary, ctx);
  });
  reads.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : a.span.start - b.span.start));
  byPackage.set(packageRoot, reads);
  return reads;
}

/**
 * Where the scaffolded env module goes: the package that reads the variables, in the outermost `src/` on the way to
 * the file (`server/src/` of a package whose tsconfig compiles only that folder), else the package's root.
 */
function envModulePathFor(filePath: string, ctx: Context): string {
  const packageRoot = scaffoldFolderOf(filePath, ctx.settings);
  const folders = path.relative(packageRoot, path.dirname(filePath)).split(path.sep);
  const source = folders.indexOf("src");
  const folder = source >= 0 ? path.join(packageRoot, ...folders.slice(0, source + 1)) : packageRoot;
  return path.join(folder, isJavaScriptFile(filePath) ? "env.js" : "env.ts");
}

function readFromEnvModule(edit: FixBuilder, read: EnvReadSummary, ctx: Context): void {
  const existing = ctx.project.envSchemaFor(ctx.filePath);
  const span = read.assumingSpan!;
  if (existing?.schema.local) {
    const exported = ctx.project.summaries.get(existing.filePath)?.exports.find((binding) => binding.local === existing.schema.local)?.exported;
    if (!exported || exported === "default") return;
    const insertion = existing.schema.insertion;
    const addsKey = insertion !== undefined && !existing.schema.keys.includes(read.name);
    edit.replace(span, addsKey ? validatedRead(exported, read.name, ctx) : `${exported}.${read.name}`).addNamedImport(edit.moduleSpecifierTo(existing.filePath), exported);
    if (addsKey) {
      const entry = `${schemaEntry(read.name, ctx)}`;
      const text = insertion.needsComma ? `,\n${insertion.indent}${entry}` : `\n${insertion.indent}${entry},`;
      edit.edits.push({ filePath: existing.filePath, start: insertion.position, end: insertion.position, newText: text });
    }
    return;
  }
  // A schema the framework runs at start-up (NestJS's `validationSchema`, `@fastify/env`) is where the key belongs, and
  // a second env module beside it would list nothing of what it checks: no fix rather than one that does not compile.
  if (existing) return;
  // A Worker's environment is a binding, not `process.env`, at module scope; an env module there would read nothing.
  if (runtimePlatformOf(ctx.file, ctx.settings) === "workers") return;
  // A CommonJS script would `require` the ES module written here.
  if (isCommonJsScript(ctx.filePath, ctx.sourceFile)) return;
  const isJavaScript = isJavaScriptFile(ctx.filePath);
  const packageRoot = scaffoldFolderOf(ctx.filePath, ctx.settings);
  const envFile = envModulePathFor(ctx.filePath, ctx);
  edit
    .createFile(path.relative(ctx.settings.root, envFile), envModuleSource(ctx, packageRoot, isJavaScript))
    .replace(span, validatedRead("env", read.name, ctx))
    .addNamedImport(edit.moduleSpecifierTo(envFile), "env");
  // A variable the module would keep optional (the project's template leaves it out, a read handles its absence) is
  // only moved there, not checked: that silences the finding without stopping a deployment that lacks it.
  const needs = needsOf(read.name, packageRoot, ctx);
  if (!needs.isRequired && !needs.isNumeric) edit.offerAsSuggestion(`the env module would keep \`${read.name}\` optional (no read of the service requires it at load, or its .env template leaves it out): decide whether the service can run without it before relying on the module`);
  const loader = callRunAtLoadBefore(ctx.sourceFile, span);
  if (loader) edit.offerAsSuggestion(`this file runs \`${loader}\` at load before the read, which may fill the environment (a .env loader): the env module, imported first, would read it before that call`);
}

/**
 * `dotenv.config()` or `loadEnv(mode, root)` (a function of another module) called as a statement of the module that
 * runs before the read: imports are evaluated before the module's own statements, so an env module imported here would
 * read `process.env` before such a call. A read inside a function runs after every statement of the module.
 */
function callRunAtLoadBefore(sourceFile: ts.SourceFile, read: Span): string | undefined {
  const position = read.start;
  const containing = sourceFile.statements.find((statement) => statement.pos <= position && position < statement.end);
  const readNode = findNodeBySpan(sourceFile, read);
  const runsAfterLoad = readNode !== undefined && enclosingFunction(readNode) !== undefined;
  for (const statement of sourceFile.statements) {
    if (statement === containing || (!runsAfterLoad && statement.end > position)) continue;
    const expression = ts.isExpressionStatement(statement) ? unwrapExpression(statement.expression) : undefined;
    const call = expression && ts.isAwaitExpression(expression) ? unwrapExpression(expression.expression) : expression;
    if (call && ts.isCallExpression(call) && isImportedCallee(call.expression)) return `${call.expression.getText(sourceFile)}(…)`;
    // `const loaded = dotenv.config()`: a loader whose result the module keeps still runs before the read.
    const loader = ts.isVariableStatement(statement) ? statement.declarationList.declarations.map((declaration) => declaration.initializer && unwrapExpression(declaration.initializer)).find((value) => value && ts.isCallExpression(value) && isEnvLoaderCall(value)) : undefined;
    if (loader && ts.isCallExpression(loader)) return `${loader.expression.getText(sourceFile)}(…)`;
  }
  return undefined;
}

/** `dotenv.config`, `loadEnv`: the callee's root name is bound by an import, so what it does lies in another module. */
function isImportedCallee(callee: ts.Expression): boolean {
  let root = unwrapExpression(callee);
  while (ts.isPropertyAccessExpression(root)) root = unwrapExpression(root.expression);
  return ts.isIdentifier(root) && importedModuleOf(root.text, root) !== undefined;
}

// The scaffolded env module depends only on the package, and every finding's fix carries it: build it once per package.
const envModuleSources = new WeakMap<RuleContext<Record<string, never>>["project"], Map<string, string>>();

function envModuleSource(ctx: RuleContext<Record<string, never>>, packageRoot: string, isJavaScript: boolean): string {
  let byPackage = envModuleSources.get(ctx.project);
  if (!byPackage) envModuleSources.set(ctx.project, (byPackage = new Map()));
  const key = `${packageRoot}\0${isJavaScript}`;
  let source = byPackage.get(key);
  if (source === undefined) byPackage.set(key, (source = buildEnvModuleSource(ctx, packageRoot, isJavaScript)));
  return source;
}

/** The file is production server code (not a test, tooling or browser code). */
function isServerFile(ctx: Context, filePath: string): boolean {
  const summary = ctx.project.summaries.get(filePath);
  return summary !== undefined && ctx.project.codeRoleOf(summary) === "server";
}

/**
 * Every Node variable read by the package's server code that no other env module covers or validates at start-up,
 * required when some read assumes it, numeric when some read parses it: a zod schema when the package depends on zod,
 * else plain checks. A variable only tests, tooling (`cypress.config.ts`) or browser code read is not the app's.
 */
function buildEnvModuleSource(ctx: RuleContext<Record<string, never>>, packageRoot: string, isJavaScript: boolean): string {
  const uncovered = ctx.project
    .envReads()
    .filter((read) => read.runtime === "node" && scaffoldFolderOf(read.filePath, ctx.settings) === packageRoot && isServerFile(ctx, read.filePath) && !ctx.project.envSchemaFor(read.filePath) && !ctx.project.isValidatedEnvName(read.name, read.filePath));
  const names = [...new Set(uncovered.map((read) => read.name))].sort();
  if (ctx.project.declaresRuntimeDependency(ctx.filePath, "zod")) {
    const entries = names.map((name) => `  ${schemaEntry(name, ctx, packageRoot)},`).join("\n");
    return `// The environment this app needs, validated once at start-up: a missing or malformed variable stops the process here.
import { z } from "zod";

export const env = z
  .object({
${entries.replace(/^/gm, "  ")}
  })
  .parse(process.env);
`;
  }
  return plainEnvModule(names.map((name) => ({ name, ...needsOf(name, packageRoot, ctx) })), isJavaScript);
}

const plainCheckers = {
  required: { ts: "function required(name: string): string {", js: "function required(name) {", body: ["  const value = process.env[name];", '  if (value === undefined || value === "") throw new Error(`${name} is not set`);', "  return value;"] },
  number: { ts: "function numeric(name: string, value: string | undefined): number | undefined {", js: "function numeric(name, value) {", body: ['  if (value === undefined || value === "") return undefined;', "  const number = Number(value);", "  if (Number.isNaN(number)) throw new Error(`${name} is not a number`);", "  return number;"] },
};

/** The env module without a validation library: each variable read once, checked, and exported as the code uses it. */
function plainEnvModule(variables: Array<{ name: string; isNumeric: boolean; isRequired: boolean }>, isJavaScript: boolean): string {
  const uses = { required: variables.some((v) => v.isRequired), number: variables.some((v) => v.isNumeric) };
  const helpers = (Object.keys(plainCheckers) as Array<keyof typeof plainCheckers>)
    .filter((kind) => uses[kind])
    .map((kind) => [isJavaScript ? plainCheckers[kind].js : plainCheckers[kind].ts, ...plainCheckers[kind].body, "}"].join("\n"));
  const entries = variables.map(({ name, isNumeric, isRequired }) => {
    const raw = isRequired ? `required("${name}")` : `process.env.${name}`;
    const value = isNumeric ? `numeric("${name}", ${raw})${isRequired && !isJavaScript ? "!" : ""}` : raw;
    return `  ${name}: ${value},`;
  });
  const header = helpers.length > 0
    ? "// The environment this app needs, checked once at start-up: a missing or malformed variable stops the process here."
    : "// The environment this app reads, in one place. Nothing here is required at start-up yet: add a check for each variable the service cannot run without.";
  return `${header}
${helpers.join("\n\n")}${helpers.length > 0 ? "\n\n" : ""}export const env = {
${entries.join("\n")}
};
`;
}

/**
 * How the package at `packageRoot` needs `name`. Required only when the service cannot load without it: a read of its
 * own server code, evaluated while a module loads, assumes it is set (`process.env.X!`, `as string`), with no
 * fallback and no file of the package testing for its absence. A read inside a function may belong to a feature the
 * deployment leaves unconfigured (one OAuth provider among many, cloud billing on a self-hosted install), a parse
 * of an unset value is a NaN nothing stops at, a test or script assuming a value says nothing of production, and a
 * variable the package's `.env.example` leaves empty or out is unset in an install configured from it: requiring
 * those would stop working deployments at start-up.
 */
function needsOf(name: string, packageRoot: string, ctx: Context): { isNumeric: boolean; isRequired: boolean } {
  const reads = ctx.project.envReads().filter((read) => read.name === name && scaffoldFolderOf(read.filePath, ctx.settings) === packageRoot);
  const serverReads = reads.filter((read) => isServerFile(ctx, read.filePath));
  const handlesAbsence = serverReads.some((read) => ctx.project.summaries.get(read.filePath)?.checkedEnvNames?.includes(name));
  // The project's own template ships it empty or leaves it out: an install configured from it runs without it.
  const template = envTemplateValuedAt(packageRoot, ctx.settings);
  if (template && !template.includes(name)) return { isNumeric: reads.some((read) => read.isNumeric), isRequired: false };
  // A variable read only as the fallback of another (`DASHBOARD_URL || NEXT_PUBLIC_DASHBOARD_URL!`) may be unset in a
  // deployment that sets the first.
  const isRequired = !handlesAbsence && serverReads.some((read) => read.runsAtLoad && !read.isFallback && (read.assumption === "present" || read.assumption === "stringified"));
  return { isNumeric: reads.some((read) => read.isNumeric), isRequired };
}

/**
 * The module's value in place of the read. An optional variable keeps the read's own assertion (`env.X!`), so the
 * code compiles and behaves as before when it is unset.
 */
function validatedRead(module: string, name: string, ctx: Context): string {
  const reference = `${module}.${name}`;
  const isTypeScript = !isJavaScriptFile(ctx.filePath);
  return isTypeScript && !needsOf(name, scaffoldFolderOf(ctx.filePath, ctx.settings), ctx).isRequired ? `${reference}!` : reference;
}

function schemaEntry(name: string, ctx: Context, packageRoot = scaffoldFolderOf(ctx.filePath, ctx.settings)): string {
  const { isNumeric, isRequired } = needsOf(name, packageRoot, ctx);
  const type = isNumeric ? "z.coerce.number()" : "z.string().min(1)";
  return `${name}: ${isRequired ? type : `${type}.optional()`}`;
}
