// The machine-readable report. Carries only what the engine's findings hold (messages never include a secret value).
import * as path from "node:path";
import { countFindings, isFixable, suggestionOnlyReason, type CheckResult } from "../check-result.js";

export function formatJson(result: CheckResult): string {
  const counts = countFindings(result.files);
  const report = {
    version: result.version,
    files: result.files.map((file) => ({
      filePath: toPortablePath(path.relative(result.cwd, file.filePath)),
      findings: file.findings.map((finding) => {
        const suggestionOnly = suggestionOnlyReason(finding);
        return { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, ...finding.location, fixable: isFixable(finding), ...(suggestionOnly && { suggestionOnly }) };
      }),
    })),
    notices: result.notices.map((notice) => ({ filePath: toPortablePath(path.relative(result.cwd, notice.filePath)), message: notice.message })),
    summary: { files: result.files.length, ...counts, durationMs: Math.round(result.durationMs) },
  };
  return JSON.stringify(report, null, 2) + "\n";
}

export function toPortablePath(relativePath: string): string {
  return relativePath.split(path.sep).join("/");
}
