// Translates the engine's plain data into LSP shapes: findings → Diagnostics, fixes and suppressions → WorkspaceEdits.
// Pure functions of their inputs; spans are UTF-16 offsets, exactly what LSP positions count.
import * as path from "node:path";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  DiagnosticSeverity,
  type CreateFile,
  type Diagnostic,
  type OptionalVersionedTextDocumentIdentifier,
  type Range,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver";
import { applyFileWrite, lineBreakOf, selectCompatibleEdits, withLineBreaks } from "../../rules/engine/apply-edits.js";
import { ruleDocsUrl } from "../../rules/engine/docs-url.js";
import { suppressionEdit } from "../../rules/engine/suppressions.js";
import type { Finding, Fix, Severity, Span } from "../../rules/engine/types.js";
import { maxSourceBytes, readRegularText } from "../host/read-source.js";
import { uriOf } from "./uri.js";

/** What a Diagnostic carries so a code action finds its finding again in the cache. */
export interface DiagnosticData {
  version: number;
  ruleId: string;
  start: number;
  end: number;
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toRange(text: string, span: Span): Range {
  const positions = TextDocument.create("", "", 0, text);
  return { start: positions.positionAt(span.start), end: positions.positionAt(span.end) };
}

/** The findings of one version of a text as Diagnostics; the text's line offsets are computed once for all of them. */
export function toDiagnostics(findings: readonly Finding[], text: string, version: number): Diagnostic[] {
  const positions = TextDocument.create("", "", 0, text);
  return findings.map((finding) => {
    const data: DiagnosticData = { version, ruleId: finding.ruleId, start: finding.span.start, end: finding.span.end };
    return {
      range: { start: positions.positionAt(finding.span.start), end: positions.positionAt(finding.span.end) },
      severity: severities[finding.severity],
      source: "harden",
      code: finding.ruleId,
      codeDescription: { href: ruleDocsUrl(finding.ruleId) },
      message: finding.message,
      data,
    };
  });
}

export function isSameFinding(finding: Finding, data: DiagnosticData): boolean {
  return finding.ruleId === data.ruleId && finding.span.start === data.start && finding.span.end === data.end;
}

/** Reads another file's current text (an open document or the disk); undefined when it does not exist. */
export type TextReader = (filePath: string) => string | undefined;

export interface EditTarget {
  /** The document the fix was computed for, with its version so a stale edit is refused by the client. */
  filePath: string;
  version: number;
  /** Whether the client can create files (`workspace.workspaceEdit.resourceOperations` includes "create"). */
  canCreateFiles: boolean;
}

/** One WorkspaceEdit applying several fixes of one document (whole fixes only; overlapping ones are left out). */
export function toWorkspaceEdit(fixes: readonly Fix[], target: EditTarget, readText: TextReader): WorkspaceEdit {
  const editsByFile = new Map<string, TextEdit[]>();
  for (const edit of selectCompatibleEdits(fixes.map((fix) => fix.edits)).taken) {
    const text = readText(edit.filePath) ?? "";
    const newText = withLineBreaks(edit.newText, lineBreakOf(text));
    editsByFile.set(edit.filePath, [...(editsByFile.get(edit.filePath) ?? []), { range: toRange(text, edit), newText }]);
  }
  const documentChanges: Array<TextDocumentEdit | CreateFile> = [];
  for (const [filePath, edits] of editsByFile) {
    documentChanges.push({ textDocument: versioned(filePath, filePath === target.filePath ? target.version : null), edits });
  }
  const written = new Map<string, string | undefined>();
  for (const write of fixes.flatMap((fix) => fix.files)) {
    const existing = written.has(write.filePath) ? written.get(write.filePath) : readText(write.filePath) ?? readDisk(write.filePath);
    const next = applyFileWrite(existing, write);
    if (next === existing) continue;
    written.set(write.filePath, next);
    if (existing === undefined) {
      if (!target.canCreateFiles) continue; // text edits only: the client cannot create files
      documentChanges.push({ kind: "create", uri: uriOf(write.filePath), options: { ignoreIfExists: true } });
      documentChanges.push({ textDocument: versioned(write.filePath, null), edits: [{ range: zeroRange(), newText: next }] });
    } else {
      // Lines are appended at the end; a JSON entry lands inside the file, so the whole text is replaced.
      const appended = next.startsWith(existing);
      const range = toRange(existing, { start: appended ? existing.length : 0, end: existing.length });
      documentChanges.push({ textDocument: versioned(write.filePath, null), edits: [{ range, newText: appended ? next.slice(existing.length) : next }] });
    }
  }
  return { documentChanges };
}

/**
 * Whether a fix can be applied whole by this client: one that creates a module it then imports (a guard, a DTO) needs a
 * client that can create files. Lines appended to a missing `.env.example` are left out for such a client; the code
 * edit is complete without them.
 */
export function isCompleteFor(fix: Fix, target: EditTarget, readText: TextReader): boolean {
  if (target.canCreateFiles) return true;
  return fix.files.every((write) => write.mode !== "create" || (readText(write.filePath) ?? readDisk(write.filePath)) !== undefined);
}

/** The engine's suppression comment for a finding as an edit of its document; undefined when there is no place for it. */
export function toSuppressionEdit(finding: Finding, text: string, scope: "next-line" | "file", target: EditTarget): WorkspaceEdit | undefined {
  const edit = suppressionEdit(finding, text, scope);
  if (!edit) return undefined;
  return { documentChanges: [{ textDocument: versioned(target.filePath, target.version), edits: [{ range: toRange(text, edit), newText: edit.newText }] }] };
}

function versioned(filePath: string, version: number | null): OptionalVersionedTextDocumentIdentifier {
  return { uri: uriOf(filePath), version };
}

function zeroRange(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function readDisk(filePath: string): string | undefined {
  const read = readRegularText(path.resolve(filePath), maxSourceBytes);
  return "text" in read ? read.text : undefined;
}
