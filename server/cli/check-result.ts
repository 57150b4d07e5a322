// What `harden check` found, in the shape the reporters format: findings grouped by file, notices, timing.
import type { Finding, Notice } from "../../rules/engine/types.js";

export interface FileResult {
  filePath: string;
  /** The analysed text, for SARIF fingerprints; reporters never print it. */
  sourceText: string;
  findings: Finding[];
}

export interface CheckResult {
  version: string;
  /** Paths in human and JSON output are relative to this (the working directory). */
  cwd: string;
  /** The `%SRCROOT%` of SARIF output: the project root, or the common ancestor of several. */
  sourceRoot: string;
  files: FileResult[];
  notices: Notice[];
  durationMs: number;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  /** Fixable only with `--fix-type safe,scaffold`. */
  scaffoldable: number;
}

export function countFindings(files: readonly FileResult[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, infos: 0, fixable: 0, scaffoldable: 0 };
  for (const finding of files.flatMap((file) => file.findings)) {
    if (finding.severity === "error") counts.errors++;
    else if (finding.severity === "warn") counts.warnings++;
    else counts.infos++;
    if (isFixable(finding)) counts.fixable++;
    else if (finding.fixes.some((fix) => fix.kind === "scaffold")) counts.scaffoldable++;
  }
  return counts;
}

/** Whether `--fix` (safe fixes only) would change something for this finding. */
export function isFixable(finding: Finding): boolean {
  return finding.fixes.some((fix) => fix.kind === "safe");
}

/** Why the finding's fix is offered only as a suggestion (never applied by `--fix`), when it is. */
export function suggestionOnlyReason(finding: Finding): string | undefined {
  return finding.fixes.find((fix) => fix.suggestionReason)?.suggestionReason;
}

export function exitCodeFor(counts: FindingCounts, maxWarnings: number | undefined): number {
  return counts.errors > 0 || (maxWarnings !== undefined && counts.warnings > maxWarnings) ? 1 : 0;
}
