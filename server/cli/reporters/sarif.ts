// SARIF 2.1.0 for code-scanning services. Locations are relative to %SRCROOT%; fingerprints come from
// fingerprint.ts (rule, path, a hash of the flagged line without layout), so they survive line moves and reformats.
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { ruleDocsUrl } from "../../../rules/engine/docs-url.js";
import type { AnyRule, Finding, Notice, Severity } from "../../../rules/engine/types.js";
import type { CheckResult, FileResult } from "../check-result.js";
import { fingerprintName, identifyFindings } from "../fingerprint.js";
import { toPortablePath } from "./json.js";

const sarifLevel: Record<Severity, "error" | "warning" | "note"> = { error: "error", warn: "warning", info: "note" };
const sourceRootId = "%SRCROOT%";

export function formatSarif(result: CheckResult, registry: readonly AnyRule[]): string {
  const ruleIndex = new Map(registry.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Harden",
            informationUri: "https://github.com/harden-lint/harden",
            version: result.version,
            rules: registry.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.meta.summary },
              helpUri: ruleDocsUrl(rule.id),
              defaultConfiguration: { level: sarifLevel[rule.meta.severity] },
              properties: { category: rule.meta.category },
            })),
          },
        },
        originalUriBaseIds: { [sourceRootId]: { uri: directoryUri(result.sourceRoot) } },
        columnKind: "utf16CodeUnits",
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.notices.map((notice) => toNotification(notice, result.sourceRoot)),
          },
        ],
        results: result.files.flatMap((file) => toSarifResults(file, result.sourceRoot, ruleIndex)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

function toSarifResults(file: FileResult, sourceRoot: string, ruleIndex: ReadonlyMap<string, number>): object[] {
  const uri = relativeUri(file.filePath, sourceRoot);
  const identities = identifyFindings(file.findings, file.sourceText, toPortablePath(path.relative(sourceRoot, file.filePath)));
  return file.findings.map((finding, index) => ({
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    level: sarifLevel[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: sourceRootId }, region: toRegion(finding) } }],
    partialFingerprints: { [fingerprintName]: identities[index]!.fingerprint },
  }));
}

function toRegion(finding: Finding): object {
  const { line, column, endLine, endColumn } = finding.location;
  return { startLine: line, startColumn: column, endLine, endColumn };
}

function toNotification(notice: Notice, sourceRoot: string): object {
  return {
    level: "warning",
    message: { text: notice.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(notice.filePath, sourceRoot), uriBaseId: sourceRootId } } }],
  };
}

function relativeUri(filePath: string, sourceRoot: string): string {
  const relative = toPortablePath(path.relative(sourceRoot, filePath)) || ".";
  return relative.split("/").map(encodeURIComponent).join("/");
}

function directoryUri(directory: string): string {
  const uri = pathToFileURL(directory).href;
  return uri.endsWith("/") ? uri : uri + "/";
}
