// The human report: findings grouped by file (line:col, severity, message, rule id) and a summary line.
import * as path from "node:path";
import type { Severity } from "../../../rules/engine/types.js";
import { countFindings, suggestionOnlyReason, type CheckResult } from "../check-result.js";
import { escapeUnprintable } from "../printable.js";

export interface StylishOptions {
  color: boolean;
}

const ansi = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, underline: 4 } as const;
type Style = keyof typeof ansi;

export function formatStylish(result: CheckResult, options: StylishOptions): string {
  const paint = (style: Style, text: string): string => (options.color ? `\u001b[${ansi[style]}m${text}\u001b[0m` : text);
  const severityStyle: Record<Severity, Style> = { error: "red", warn: "yellow", info: "blue" };
  const lines: string[] = [];
  for (const file of result.files) {
    if (file.findings.length === 0) continue;
    lines.push(paint("underline", escapeUnprintable(path.relative(result.cwd, file.filePath))));
    const positions = file.findings.map((f) => `${f.location.line}:${f.location.column}`);
    const positionWidth = Math.max(...positions.map((p) => p.length));
    const severityWidth = Math.max(...file.findings.map((f) => f.severity.length));
    file.findings.forEach((finding, index) => {
      const position = paint("dim", positions[index]!.padEnd(positionWidth));
      const severity = paint(severityStyle[finding.severity], finding.severity.padEnd(severityWidth));
      lines.push(`  ${position}  ${severity}  ${escapeUnprintable(finding.message)}  ${paint("dim", finding.ruleId)}`);
      const suggestionOnly = suggestionOnlyReason(finding);
      if (suggestionOnly) lines.push(paint("dim", `  ${" ".repeat(positionWidth + severityWidth + 4)}fix offered as a suggestion only (${suggestionOnly}): --fix never applies it`));
    });
    lines.push("");
  }
  const counts = countFindings(result.files);
  const problems = counts.errors + counts.warnings + counts.infos;
  const scope = `in ${plural(result.files.length, "file")} · ${(result.durationMs / 1000).toFixed(2)}s`;
  if (problems === 0) {
    lines.push(paint("green", `✔ no problems ${scope}`));
  } else {
    const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
    if (counts.infos > 0) parts.push(plural(counts.infos, "info"));
    const summary = `✖ ${plural(problems, "problem")} (${parts.join(", ")}) ${scope}`;
    lines.push(paint(counts.errors > 0 ? "red" : "yellow", summary));
    if (counts.fixable > 0) lines.push(paint("dim", `  ${counts.fixable} fixable with --fix`));
    if (counts.scaffoldable > 0) lines.push(paint("dim", `  ${counts.scaffoldable} more with --fix --fix-type safe,scaffold (adds guards, schemas or modules)`));
  }
  return lines.join("\n") + "\n";
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
