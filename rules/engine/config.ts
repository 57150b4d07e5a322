// harden.config.json: parsed as JSON (never executed), validated with zod, resolved against the rule registry.
import { z } from "zod";
import type { AnyRule, Notice, ProjectSettings, Severity, SeveritySetting } from "./types.js";

const severitySetting = z.enum(["off", "info", "warn", "error"]);
const ruleSettingError = 'expected "off", "info", "warn" or "error", or ["<severity>", { <options> }]';
/** A rule's setting: a severity, or a severity and the rule's options (validated by the rule's own schema when known). */
const ruleSettingOf = (options: z.ZodType) => z.union([severitySetting, z.tuple([severitySetting]), z.tuple([severitySetting, options])], { error: ruleSettingError });
const ruleSetting = ruleSettingOf(z.record(z.string(), z.unknown()));
const globs = z.array(z.string());

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    rules: z.record(z.string(), ruleSetting).optional(),
    ignore: globs.optional(),
    authWrappers: z.array(z.string()).optional(),
    validators: z.array(z.string()).optional(),
    timeoutWrappers: z.array(z.string()).optional(),
    testGlobs: globs.optional(),
    toolingGlobs: globs.optional(),
    sensitivePrefixes: z.array(z.string()).optional(),
  })
  .strict();

export type HardenConfig = z.infer<typeof configSchema>;

/**
 * The config schema with the registry's rule ids as the keys of `rules`, each with its summary and its own options: what
 * `parseConfigText` checks when it is given the registry, and what the editor's JSON schema completes.
 */
export function configSchemaFor(registry: readonly AnyRule[]) {
  const rules = Object.fromEntries(
    registry.map((rule) => {
      // A misspelt option is an error, not silently the default.
      const options = rule.meta.options instanceof z.ZodObject ? rule.meta.options.strict() : (rule.meta.options ?? z.object({}).strict());
      return [rule.id, ruleSettingOf(options).optional().describe(rule.meta.summary)];
    }),
  );
  return configSchema.extend({ rules: z.object(rules).strict().optional() });
}

export interface RuleSetting {
  severity: Severity;
  options: unknown;
}

export interface ResolvedConfig {
  /** Enabled rules only. */
  rules: Map<string, RuleSetting>;
  ignore: string[];
  settings: ProjectSettings;
  /** Project files read alongside the config that could not be used (an invalid tsconfig), one line each. */
  notices: Notice[];
}

export const defaultTestGlobs = [
  "**/*.test.*",
  "**/*.spec.*",
  "**/*.e2e.*",
  "**/e2e/**",
  "**/playwright/**",
  "**/cypress/**",
  "**/__tests__/**",
  "**/__mocks__/**",
  "**/__fixtures__/**",
  "**/test/**",
  "**/tests/**",
  // The gerund names the same thing: test utilities, harnesses and a package of end-to-end testing tools.
  "**/testing/**",
  "**/fixtures/**",
  // Storybook stories render components with sample props: fixtures for the UI, never served by the backend.
  "**/*.stories.*",
  "**/*.story.*",
];
/** Folders of developer scripts, and hidden folders (`.scripts/`, `.github/`): a file there is tooling unless production code imports it. */
export const defaultToolingGlobs = ["**/scripts/**", "**/script/**", "**/tools/**", "**/.*/**"];
export const defaultSensitivePrefixes = ["/admin", "/internal"];

/** A config problem, worded as one line that names the file and the key path. */
export class ConfigError extends Error {}

function formatPath(segments: readonly PropertyKey[]): string {
  return segments.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`)).join("") || "(root)";
}

/**
 * Parses the text of a config file; throws ConfigError with every problem, one line each, naming `fileLabel` and the
 * key path. With the registry, unknown rule ids and each rule's options are checked too.
 */
export function parseConfigText(text: string, fileLabel: string, registry?: readonly AnyRule[]): HardenConfig {
  let json: unknown;
  try {
    // Editors on Windows save JSON with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    // V8 quotes a stretch of the text around the error; the config may hold a pasted credential, so only the reason is kept.
    const reason = (error as Error).message.replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, "");
    throw new ConfigError(`${fileLabel}: invalid JSON (${reason})`);
  }
  // zod drops a `__proto__` key without a word, so a setting written under it would be ignored silently.
  const prototypeKey = prototypeKeyPath(json);
  if (prototypeKey) throw new ConfigError(`${fileLabel}: ${formatPath(prototypeKey)}: "__proto__" is not a valid key`);
  const result = (registry ? configSchemaFor(registry) : configSchema).safeParse(json);
  if (!result.success) {
    const withoutOptions = new Set(registry?.filter((rule) => !rule.meta.options).map((rule) => rule.id));
    throw new ConfigError(result.error.issues.flatMap((issue) => describeIssue(issue, [], withoutOptions)).map((line) => `${fileLabel}: ${line}`).join("\n"));
  }
  return result.data as HardenConfig;
}

/** One line per problem, `key.path: what is wrong`; a union's problem is that of the branch that matched furthest. */
function describeIssue(issue: z.core.$ZodIssue, base: readonly PropertyKey[], withoutOptions: ReadonlySet<string>): string[] {
  const at = [...base, ...issue.path];
  if (issue.code === "unrecognized_keys" && at.length === 3 && at[0] === "rules" && withoutOptions.has(String(at[1]))) return [`${formatPath(at)}: this rule takes no options`];
  if (issue.code === "unrecognized_keys") {
    const isRules = at.length === 1 && at[0] === "rules";
    return issue.keys.map((key) => `${formatPath([...at, key])}: ${isRules ? `unknown rule id "${key}"` : `unknown key "${key}"`}`);
  }
  if (issue.code === "invalid_union") {
    const depth = (branch: readonly z.core.$ZodIssue[]): number => Math.max(...branch.map((inner) => inner.path.length));
    const furthest = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
    if (furthest && depth(furthest) > 0) return furthest.flatMap((inner) => describeIssue(inner, at, withoutOptions));
  }
  return [`${formatPath(at)}: ${issue.message}`];
}

/** The key path of the first `__proto__` key in parsed JSON; iterative, as a config may be nested thousands deep. */
function prototypeKeyPath(json: unknown): PropertyKey[] | undefined {
  interface Visit {
    value: unknown;
    key?: PropertyKey;
    parent?: Visit;
  }
  const pending: Visit[] = [{ value: json }];
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    if (typeof visit.value !== "object" || visit.value === null) continue;
    const parent = visit;
    if (Array.isArray(parent.value)) {
      parent.value.forEach((value: unknown, index) => pending.push({ value, key: index, parent }));
      continue;
    }
    for (const [key, value] of Object.entries(parent.value as object)) {
      const child: Visit = { value, key, parent };
      if (key !== "__proto__") {
        pending.push(child);
        continue;
      }
      const keys: PropertyKey[] = [];
      for (let at: Visit | undefined = child; at?.key !== undefined; at = at.parent) keys.unshift(at.key);
      return keys;
    }
  }
  return undefined;
}

export function resolveConfig(config: HardenConfig, registry: readonly AnyRule[], root: string, fileLabel: string): ResolvedConfig {
  const byId = new Map(registry.map((rule) => [rule.id, rule]));
  for (const id of Object.keys(config.rules ?? {})) {
    if (!byId.has(id)) throw new ConfigError(`${fileLabel}: rules.${id}: unknown rule id "${id}"`);
  }
  const rules = new Map<string, RuleSetting>();
  for (const rule of registry) {
    const raw = config.rules?.[rule.id];
    const severity: SeveritySetting = raw === undefined ? rule.meta.severity : Array.isArray(raw) ? raw[0] : raw;
    if (severity === "off") continue;
    const rawOptions = Array.isArray(raw) && raw.length > 1 ? raw[1] : {};
    let options: unknown = rawOptions;
    if (rule.meta.options) {
      const parsed = rule.meta.options.safeParse(rawOptions);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new ConfigError(`${fileLabel}: rules.${rule.id}[1]${issue.path.length ? "." + formatPath(issue.path) : ""}: ${issue.message}`);
      }
      options = parsed.data;
    } else if (Object.keys(rawOptions ?? {}).length > 0) {
      throw new ConfigError(`${fileLabel}: rules.${rule.id}[1]: this rule takes no options`);
    }
    rules.set(rule.id, { severity, options });
  }
  return {
    rules,
    ignore: config.ignore ?? [],
    settings: {
      root,
      authWrappers: config.authWrappers ?? [],
      validators: config.validators ?? [],
      timeoutWrappers: config.timeoutWrappers ?? [],
      testGlobs: config.testGlobs ?? defaultTestGlobs,
      toolingGlobs: config.toolingGlobs ?? defaultToolingGlobs,
      sensitivePrefixes: config.sensitivePrefixes ?? defaultSensitivePrefixes,
      moduleAliases: [],
    },
    notices: [],
  };
}
