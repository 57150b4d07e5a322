// The single-pass runner: parses a file, walks it once, dispatches each node to the rules that listen for
// its kind, applies suppressions and turns reports into Findings. A rule that throws is disabled for that file.
import * as path from "node:path";
import { ts } from "ts-morph";
import type { ResolvedConfig } from "./config.js";
import { FixBuilder } from "./fix-builder.js";
import { collectSuppressions, findSuppression, hasReason, type Suppression } from "./suppressions.js";
import type { AnyRule, Finding, Fix, FixKind, FixRequest, Notice, ReportDescriptor, RuleContext, RuleFile, RuleProject, Span, Visitor } from "./types.js";
import type { MemberMemo } from "./member-memo.js";
import { nodesInPreOrder } from "./node-index.js";

export const invalidSuppressionId = "invalid-suppression";

export interface FileAnalysis {
  filePath: string;
  findings: Finding[];
  notices: Notice[];
  /** Set when the file has syntax errors and a finding's fixes were therefore left out. */
  fixesWithheld?: boolean;
}

export function scriptKindOf(filePath: string): ts.ScriptKind {
  switch (path.extname(filePath).toLowerCase()) {
    case ".tsx":
      return ts.ScriptKind.TSX;
    case ".jsx":
      return ts.ScriptKind.JSX;
    case ".js":
    case ".mjs":
    case ".cjs":
      return ts.ScriptKind.JS;
    default:
      return ts.ScriptKind.TS;
  }
}

/** No rule reads JSDoc, so its comments stay plain comments: parsing them into nodes is work for nothing. */
const parseOptions: ts.CreateSourceFileOptions = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };

export function parseSource(filePath: string, text: string): ts.SourceFile {
  return ts.createSourceFile(filePath, text, parseOptions, true, scriptKindOf(filePath));
}

/** The syntax errors the parser recovered from (TypeScript keeps them on the source file, outside its public type). */
export function parseDiagnosticsOf(sourceFile: ts.SourceFile): readonly ts.DiagnosticWithLocation[] {
  return (sourceFile as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export interface AnalyzeOptions {
  registry: readonly AnyRule[];
  config: ResolvedConfig;
  project: RuleProject;
  /**
   * False: findings carry no fixes. Building a fix can ask the whole project (which guard to reuse), and an editor
   * showing diagnostics as the user types needs fixes only when a quick fix is asked for.
   */
  withFixes?: boolean;
  /** An open document's, carried from one analysis to the next: rules reuse what they worked out per class member. */
  memo?: MemberMemo;
}

export function analyzeFile(sourceFile: ts.SourceFile, summary: RuleFile, options: AnalyzeOptions): FileAnalysis {
  // Not `sourceFile.fileName`: TypeScript turns a backslash in it into `/`, which on POSIX names another file.
  const filePath = summary.filePath;
  const { registry, config, project, memo } = options;
  memo?.nextVersion();
  const notices: Notice[] = [];
  const reported: Finding[] = [];
  const codeRole = project.codeRoleOf(summary);
  const failedRules = new Set<string>();
  // Recovery from a syntax error gives nodes spans the user never wrote, and an edit over such a span deletes code:
  // a file that does not parse gets findings without fixes.
  const withholdsFixes = options.withFixes !== false && parseDiagnosticsOf(sourceFile).length > 0;
  const withFixes = options.withFixes !== false && !withholdsFixes;
  let fixesWithheld = false;
  // Indexed by SyntaxKind: an array lookup per walked node is cheaper than a Map's.
  const listeners: Array<Array<{ ruleId: string; visit: Visitor }> | undefined> = [];
  const endHooks: Array<{ ruleId: string; run: () => void }> = [];

  // The node is passed rather than closed over: this runs for every listened-to node of the walk.
  const runGuarded = (ruleId: string, action: (node: ts.Node) => void, node: ts.Node = sourceFile): void => {
    if (failedRules.has(ruleId)) return;
    try {
      action(node);
    } catch (error) {
      failedRules.add(ruleId);
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      notices.push({ filePath, message: `rule ${ruleId} failed on this file and was skipped for it: ${reason}` });
    }
  };

  for (const rule of registry) {
    const setting = config.rules.get(rule.id);
    if (!setting || rule.id === invalidSuppressionId) continue;
    if (codeRole !== "server" && rule.meta.scope !== "all") continue;
    const context: RuleContext<unknown> = {
      ruleId: rule.id,
      filePath,
      sourceFile,
      text: sourceFile.text,
      options: setting.options,
      settings: config.settings,
      file: summary,
      project,
      runtime: summary.runtime,
      isTestFile: codeRole === "test",
      memo,
      report: (descriptor) => {
        if (withholdsFixes && (descriptor.fix || descriptor.suggestions?.length)) fixesWithheld = true;
        reported.push(toFinding(rule, setting.severity, withFixes ? descriptor : { ...descriptor, fix: undefined, suggestions: undefined }, sourceFile, filePath, config.settings.root, () => project.writesImportExtensions(filePath)));
      },
    };
    runGuarded(rule.id, () => {
      const visitors = rule.check(context);
      if (!visitors) return;
      for (const [key, visit] of Object.entries(visitors)) {
        if (key === "onEnd") endHooks.push({ ruleId: rule.id, run: visit as () => void });
        else {
          const kind = Number(key) as ts.SyntaxKind;
          (listeners[kind] ??= []).push({ ruleId: rule.id, visit: visit as Visitor });
        }
      }
    });
  }

  // The node index's list (the summary's walk made it, and rules' questions read it): the file is not walked again.
  const nodes = nodesInPreOrder(sourceFile);
  for (const node of nodes) {
    const forKind = listeners[node.kind];
    if (forKind) for (const { ruleId, visit } of forKind) runGuarded(ruleId, visit, node);
  }
  for (const { ruleId, run } of endHooks) runGuarded(ruleId, run);

  const suppressions = collectSuppressions(sourceFile, nodes);
  const findings = reported.filter(
    (finding) => !failedRules.has(finding.ruleId) && !findSuppression(suppressions, finding.ruleId, finding.location.line - 1),
  );
  findings.push(...invalidSuppressionFindings(suppressions, options, sourceFile, filePath));
  findings.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
  return fixesWithheld ? { filePath, findings, notices, fixesWithheld } : { filePath, findings, notices };
}

function toFinding(
  rule: AnyRule,
  severity: Finding["severity"],
  descriptor: ReportDescriptor,
  sourceFile: ts.SourceFile,
  filePath: string,
  root: string,
  packageWritesExtensions?: () => boolean,
): Finding {
  const span: Span = descriptor.node
    ? { start: descriptor.node.getStart(sourceFile), end: descriptor.node.getEnd() }
    : descriptor.span ?? { start: 0, end: 0 };
  const template = rule.meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`unknown message id "${descriptor.messageId}"`);
  const requests: Array<Omit<FixRequest, "kind"> & { kind?: FixKind }> = [];
  if (descriptor.fix) requests.push(typeof descriptor.fix === "function" ? { apply: descriptor.fix } : descriptor.fix);
  requests.push(...(descriptor.suggestions ?? []).map((s) => ({ ...s, kind: "suggestion" as const })));
  const fixes: Fix[] = requests.flatMap((request) => {
    const builder = new FixBuilder(filePath, sourceFile, root, packageWritesExtensions);
    request.apply(builder);
    // A fix may find, once asked, that it has nothing it can do (no guard to reuse or create): then there is none.
    if (builder.edits.length === 0 && builder.files.length === 0) return [];
    const title = request.title ?? rule.meta.fixTitle ?? rule.meta.summary;
    if (builder.suggestionReason !== undefined) return [{ title, kind: "suggestion" as const, edits: builder.edits, files: builder.files, suggestionReason: builder.suggestionReason }];
    const kind = request.kind ?? (rule.meta.fix === "none" ? "suggestion" : rule.meta.fix);
    return [{ title, kind, edits: builder.edits, files: builder.files }];
  });
  return {
    ruleId: rule.id,
    messageId: descriptor.messageId,
    severity: descriptor.severity ?? severity,
    message: formatMessage(template, descriptor.data),
    filePath,
    span,
    location: locationOf(sourceFile, span),
    fixes,
  };
}

export function locationOf(sourceFile: ts.SourceFile, span: Span): Finding["location"] {
  const start = sourceFile.getLineAndCharacterOfPosition(span.start);
  const end = sourceFile.getLineAndCharacterOfPosition(span.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function invalidSuppressionFindings(suppressions: readonly Suppression[], options: AnalyzeOptions, sourceFile: ts.SourceFile, filePath: string): Finding[] {
  const setting = options.config.rules.get(invalidSuppressionId);
  const rule = options.registry.find((r) => r.id === invalidSuppressionId);
  if (!setting || !rule) return [];
  const known = new Set(options.registry.map((r) => r.id));
  const findings: Finding[] = [];
  const report = (suppression: Suppression, messageId: string, data: Record<string, string> = {}): void => {
    findings.push(toFinding(rule, setting.severity, { span: suppression.span, messageId, data }, sourceFile, filePath, options.config.settings.root));
  };
  for (const suppression of suppressions) {
    if (suppression.ruleIds.length === 0) report(suppression, "noRule");
    for (const ruleId of suppression.ruleIds) {
      // Whatever follows harden-ignore is quoted back, so a credential pasted there shows as its preview.
      if (!known.has(ruleId)) report(suppression, "unknownRule", { ruleId: options.project.redactSecrets(ruleId) });
      else if (options.config.rules.has(ruleId) && !suppression.usedBy.has(ruleId)) report(suppression, "unused", { ruleId });
    }
    if (!hasReason(suppression)) report(suppression, "noReason");
  }
  return findings;
}
