// Parses `harden check` arguments into CheckOptions; a usage mistake is a UsageError with a one-line reason.
import { parseArgs } from "node:util";
import type { FixKind } from "../../rules/engine/types.js";

export type ReportFormat = "stylish" | "json" | "sarif" | "github";

export interface CheckOptions {
  paths: string[];
  format: ReportFormat;
  outputFile?: string;
  fix: boolean;
  fixDryRun: boolean;
  /** The kinds of fix `--fix` and `--fix-dry-run` apply: safe only unless `--fix-type` opts in to scaffolds. */
  fixTypes: FixKind[];
  maxWarnings?: number;
  configFile?: string;
  /** undefined: colour when stdout is a terminal and NO_COLOR is unset. */
  color?: boolean;
  /** Worker threads; undefined: the idle cores when more than two are idle, else none (see workerCountFor). */
  concurrency?: number;
  /** Reuse summaries and findings of unchanged files from the on-disk cache. */
  cache: boolean;
  /** Where the cache lives, relative to the cwd; undefined: `defaultCacheLocation` in each project root. */
  cacheLocation?: string;
  /** Report only findings this baseline file does not hold. */
  baselineFile?: string;
  /** Record the findings (with `baselineFile`: only those it already holds) in this file. */
  writeBaselineFile?: string;
  /** Report only findings in files changed since this git ref. */
  changedSince?: string;
}

export type RoutesFormat = "table" | "markdown" | "json" | "html";

export interface RoutesOptions {
  paths: string[];
  format: RoutesFormat;
  outputFile?: string;
  configFile?: string;
}

export type Command = { kind: "check"; options: CheckOptions } | { kind: "routes"; options: RoutesOptions } | { kind: "help" } | { kind: "version" };

export class UsageError extends Error {}

export const usage = `Usage: harden check [paths...] [options]
       harden routes [paths...] [--format table|markdown|json|html] [--output FILE] [--config FILE]

Finds hardening gaps in TypeScript/JavaScript backends (default path: .). \`harden routes\` lists every route
Harden finds: method, path, framework, file:line, guards (what each does, where it is defined), validation, rate
limit, body limit and the findings on it; --format html writes one self-contained page with filters and a
per-framework chart.

Options:
  --format stylish|json|sarif|github
                                report format (default: stylish); github prints workflow commands
                                that GitHub Actions shows as annotations
  --output FILE                 write the report (or the --fix-dry-run diff) to FILE
  --fix                         apply safe fixes until stable, then report what is left; a fix that
                                would add a type error is withheld, with a notice saying which
  --fix-dry-run                 print the fixes as a unified diff; write nothing
  --fix-type safe,scaffold      which fixes --fix and --fix-dry-run apply (default: safe); scaffold
                                fixes add guards, schemas and modules
  --max-warnings N              exit 1 when there are more than N warnings
  --config FILE                 use this harden.config.json (its directory is the project root)
  --color, --no-color           force colour on or off
  --concurrency N               worker threads (default: one per idle core when more than two are
                                idle, else none: the main thread lints alone)
  --cache                       reuse summaries and findings of unchanged files between runs
  --cache-location DIR          where the summaries and findings live (default: node_modules/.cache/harden
                                in the project root); compiled code stays in ~/.cache/harden
  --baseline FILE               report only findings FILE does not hold; say how many it holds that
                                were fixed; the exit code counts new findings only
  --write-baseline FILE         record the findings in FILE and report none (with --baseline: keep
                                only the recorded findings still present, and report new ones)
  --changed-since REF           report only findings in files changed since git REF (its merge base
                                with HEAD: commits, staged, unstaged and untracked files); the whole
                                project is still read
  -h, --help                    show this help
  -v, --version                 show the version
`;

/** Relative to each project root, like other tools' caches; never analysed, since node_modules is skipped. */

const formats: readonly ReportFormat[] = ["stylish", "json", "sarif", "github"];

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        "fix-type": { type: "string" },
        "max-warnings": { type: "string" },
        config: { type: "string", short: "c" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        concurrency: { type: "string" },
        cache: { type: "boolean" },
        "cache-location": { type: "string" },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
        "changed-since": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command, ...paths] = positionals;
  if (command === "routes") return { kind: "routes", options: parseRoutesOptions(values, paths) };
  if (command !== "check") throw new UsageError(command ? `unknown command "${command}" (expected "check" or "routes")` : "missing command (expected \"check\" or \"routes\")");
  const format = (values.format ?? "stylish") as ReportFormat;
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(", ")}, not "${values.format}"`);
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run cannot be combined");
  const fixTypes = parseFixTypes(values["fix-type"]);
  if (values["fix-type"] !== undefined && !values.fix && !values["fix-dry-run"]) throw new UsageError("--fix-type needs --fix or --fix-dry-run");
  if (values.color && values["no-color"]) throw new UsageError("--color and --no-color cannot be combined");
  let maxWarnings: number | undefined;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!/^\d+$/.test(values["max-warnings"])) throw new UsageError(`--max-warnings needs a whole number, not "${values["max-warnings"]}"`);
  }
  let concurrency: number | undefined;
  if (values.concurrency !== undefined) {
    concurrency = Number(values.concurrency);
    if (!/^\d+$/.test(values.concurrency) || concurrency < 1) throw new UsageError(`--concurrency needs a whole number of at least 1, not "${values.concurrency}"`);
  }
  if (values["cache-location"] !== undefined && !values.cache) throw new UsageError("--cache-location needs --cache");
  const writesBaselineOnly = values["write-baseline"] !== undefined && values.baseline === undefined;
  if (values["write-baseline"] !== undefined && (values.fix || values["fix-dry-run"])) throw new UsageError("--write-baseline cannot be combined with --fix or --fix-dry-run");
  if (values.baseline !== undefined && values["fix-dry-run"]) throw new UsageError("--baseline cannot be combined with --fix-dry-run");
  if (writesBaselineOnly && (values.format !== undefined || values.output !== undefined)) {
    throw new UsageError("--write-baseline alone reports nothing; --format and --output need --baseline too");
  }
  for (const name of ["baseline", "write-baseline", "changed-since"] as const) {
    if (values[name] === "") throw new UsageError(`--${name} needs a value`);
  }
  if (values["changed-since"]?.startsWith("-")) throw new UsageError(`--changed-since needs a git ref, not "${values["changed-since"]}"`);
  return {
    kind: "check",
    options: {
      paths: paths.length > 0 ? paths : ["."],
      format,
      outputFile: values.output,
      fix: values.fix ?? false,
      fixDryRun: values["fix-dry-run"] ?? false,
      fixTypes,
      maxWarnings,
      configFile: values.config,
      color: values.color ? true : values["no-color"] ? false : undefined,
      concurrency,
      cache: values.cache ?? false,
      cacheLocation: values["cache-location"],
      baselineFile: values.baseline,
      writeBaselineFile: values["write-baseline"],
      changedSince: values["changed-since"],
    },
  };
}

const routesFormats: readonly RoutesFormat[] = ["table", "markdown", "json", "html"];
const routesOptionNames = new Set(["format", "output", "config", "help", "version"]);

function parseRoutesOptions(values: Record<string, string | boolean | undefined>, paths: readonly string[]): RoutesOptions {
  const other = Object.keys(values).find((name) => values[name] !== undefined && !routesOptionNames.has(name));
  if (other !== undefined) throw new UsageError(`--${other} is an option of "harden check", not of "harden routes"`);
  const format = (values.format ?? "table") as RoutesFormat;
  if (!routesFormats.includes(format)) throw new UsageError(`harden routes --format must be one of ${routesFormats.join(", ")}, not "${values.format}"`);
  return {
    paths: paths.length > 0 ? [...paths] : ["."],
    format,
    outputFile: values.output as string | undefined,
    configFile: values.config as string | undefined,
  };
}

const fixTypes: readonly FixKind[] = ["safe", "scaffold"];

function parseFixTypes(value: string | undefined): FixKind[] {
  if (value === undefined) return ["safe"];
  const kinds = value.split(",").map((kind) => kind.trim());
  const unknown = kinds.find((kind) => !fixTypes.includes(kind as FixKind));
  if (unknown !== undefined) throw new UsageError(`--fix-type takes ${fixTypes.join(", ")} (comma-separated), not "${unknown}"`);
  return [...new Set(kinds as FixKind[])];
}
