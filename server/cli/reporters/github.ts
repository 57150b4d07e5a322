// GitHub Actions workflow commands (`::error file=…,line=…::message`), which a workflow run shows as annotations on
// the pull request's diff. Carries only what the findings hold (messages never include a secret value), escaped as
// GitHub requires so text from the project cannot end a command early or start another.
import * as path from "node:path";
import type { Finding, Severity } from "../../../rules/engine/types.js";
import { countFindings, type CheckResult } from "../check-result.js";
import { escapeUnprintable } from "../printable.js";
import { toPortablePath } from "./json.js";

const commandOf: Record<Severity, "error" | "warning" | "notice"> = { error: "error", warn: "warning", info: "notice" };

export function formatGithub(result: CheckResult): string {
  const lines: string[] = [];
  for (const file of result.files) {
    const filePath = toPortablePath(path.relative(result.cwd, file.filePath));
    for (const finding of file.findings) lines.push(toWorkflowCommand(finding, filePath));
  }
  const counts = countFindings(result.files);
  const problems = counts.errors + counts.warnings + counts.infos;
  lines.push(`harden: ${problems} problem${problems === 1 ? "" : "s"} (${counts.errors} error${counts.errors === 1 ? "" : "s"}, ${counts.warnings} warning${counts.warnings === 1 ? "" : "s"}) in ${result.files.length} file${result.files.length === 1 ? "" : "s"}`);
  return lines.join("\n") + "\n";
}

function toWorkflowCommand(finding: Finding, filePath: string): string {
  const { line, column, endLine, endColumn } = finding.location;
  const properties: Array<[string, string | number]> = [
    ["file", filePath],
    ["line", line],
    ["col", column],
    ["endLine", endLine],
    ["endColumn", endColumn],
    ["title", `Harden ${finding.ruleId}`],
  ];
  const propertyText = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(",");
  return `::${commandOf[finding.severity]} ${propertyText}::${escapeData(finding.message)}`;
}

/** The encoding GitHub's runner decodes in a command's message; other control characters are shown as escapes. */
function escapeData(text: string): string {
  return escapeUnprintable(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}

/** Property values also encode `:` and `,`, which would end the value. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
