// Parses `harden check` arguments into CheckOptions; a usage mistake is a UsageError with a one-line reason.
import { parseArgs } from "node:util";
import type { FixKind } from "../../rules/engine/types.js";

export type ReportFormat = "stylish" | "json" | "sarif";

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
  /** Worker threads; undefined: one per core (fewer for small projects). */
  concurrency?: number;
  /** Reuse summaries and findings of unchanged files from the on-disk cache. */
  cache: boolean;
  /** Where the cache lives, relative to the cwd; undefined: `defaultCacheLocation` in each project root. */
  cacheLocation?: string;
}

export type Command = { kind: "check"; options: CheckOptions } | { kind: "help" } | { kind: "version" };

export class UsageError extends Error {}

export const usage = `Usage: harden check [paths...] [options]

Finds hardening gaps in TypeScript/JavaScript backends (default path: .).

Options:
  --format stylish|json|sarif   report format (default: stylish)
  --output FILE                 write the report (or the --fix-dry-run diff) to FILE
  --fix                         apply safe fixes until stable, then report what is left; a fix that
                                would add a type error is withheld, with a notice saying which
  --fix-dry-run                 print the fixes as a unified diff; write nothing
  --fix-type safe,scaffold      which fixes --fix and --fix-dry-run apply (default: safe); scaffold
                                fixes add guards, schemas and modules
  --max-warnings N              exit 1 when there are more than N warnings
  --config FILE                 use this harden.config.json (its directory is the project root)
  --color, --no-color           force colour on or off
  --concurrency N               worker threads (default: one per core)
  --cache                       reuse summaries and findings of unchanged files between runs
  --cache-location DIR          where the summaries and findings live (default: node_modules/.cache/harden
                                in the project root); compiled code stays in ~/.cache/harden
  -h, --help                    show this help
  -v, --version                 show the version
`;

/** Relative to each project root, like other tools' caches; never analysed, since node_modules is skipped. */

const formats: readonly ReportFormat[] = ["stylish", "json", "sarif"];

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
  if (command !== "check") throw new UsageError(command ? `unknown command "${command}" (expected "check")` : "missing command (expected \"check\")");
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
    },
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
