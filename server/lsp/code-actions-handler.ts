// Code actions from the cached findings of the document's current version (never a re-lint for the same version):
// each finding's fixes, "ignore this line/file", "open rule docs", and `source.fixAll.harden` with safe fixes only.
// Safe and scaffold edits wait for `codeAction/resolve` when the client supports it: there each is type-checked, and
// one that would add a type error comes back without an edit, with a message saying which error.
import { CodeAction, CodeActionKind, type CodeActionParams, type WorkspaceEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { verifyCandidates } from "../../rules/engine/fix-loop.js";
import type { Finding, Fix } from "../../rules/engine/types.js";
import { registry } from "../../rules/index.js";
import { fixAllCodeActionKind, safeFixesMethod, serverCommands, type SafeFixesParams, type SafeFixesResult } from "../protocol.js";
import { isCompleteFor, isSameFinding, toSuppressionEdit, toWorkspaceEdit, type DiagnosticData, type EditTarget } from "./conversions.js";
import type { DiagnosticsHandler } from "./diagnostics-handler.js";
import type { Services } from "./services.js";
import { isSourceFile } from "../host/source-files.js";
import { filePathOf } from "./uri.js";

export function createCodeActionsHandler(services: Services, diagnostics: DiagnosticsHandler): void {
  const { connection, documents, host } = services;
  const readText = (filePath: string): string | undefined => host.textOf(filePath);

  const targetOf = (document: TextDocument): EditTarget | undefined => {
    const filePath = filePathOf(document.uri);
    return filePath ? { filePath, version: document.version, canCreateFiles: services.features.canCreateFiles } : undefined;
  };

  /**
   * The edit applying every safe fix of the document's current version that adds no type error (each withheld one is
   * logged with the error it would add); undefined when there is none. Type-checks only here, never on the lint path.
   */
  const safeFixesEdit = (document: TextDocument): WorkspaceEdit | undefined => {
    const target = targetOf(document);
    const analysis = diagnostics.analyzeDocument(document, { withFixes: true });
    if (!target || !analysis) return undefined;
    const candidates = analysis.findings.flatMap((finding) =>
      finding.fixes.filter((fix) => fix.kind === "safe" && isCompleteFor(fix, target, readText)).slice(0, 1).map((fix) => ({ finding, fix })),
    );
    if (candidates.length === 0) return undefined;
    const { kept, withheld } = verifyCandidates(new Map([[target.filePath, analysis.text]]), candidates, { readExtraFile: readText, isSourceFile }, host.fixVerifierFor(target.filePath));
    for (const notice of withheld) connection.console.info(`${notice.filePath}: ${notice.message}`);
    return kept.length > 0 ? toWorkspaceEdit(kept.map((candidate) => candidate.fix), target, readText) : undefined;
  };

  connection.onCodeAction((params: CodeActionParams) => {
    const document = documents.get(params.textDocument.uri);
    const target = document && targetOf(document);
    if (!document || !target) return [];
    const wants = (kind: string): boolean => !params.context.only || params.context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
    const actions: CodeAction[] = [];
    // Fix-all type-checks its fixes: only when asked for by kind (on save, the Source Action menu), never for a light bulb.
    if (params.context.only && wants(fixAllCodeActionKind)) {
      const edit = safeFixesEdit(document);
      if (edit) actions.push({ title: "Harden: fix all safe problems", kind: fixAllCodeActionKind, edit });
    }
    if (!wants(CodeActionKind.QuickFix)) return actions;
    const analysis = diagnostics.analyzeDocument(document, { withFixes: true });
    for (const diagnostic of params.context.diagnostics) {
      const data = diagnostic.data as DiagnosticData | undefined;
      if (diagnostic.source !== "harden" || !data || data.version !== document.version) continue; // stale: the client will ask again
      const finding = analysis?.findings.find((candidate) => isSameFinding(candidate, data));
      if (!finding || !analysis) continue;
      finding.fixes.forEach((fix, fixIndex) => {
        // Never half a fix: an import of a module this client cannot create is not offered at all.
        if (!isCompleteFor(fix, target, readText)) return;
        // A safe or scaffold edit is built and type-checked when picked (resolve), never for every light bulb; so is one
        // the rule made a suggestion only because its correctness depends on intent (a created guard).
        const deferred = (fix.kind !== "suggestion" || fix.suggestionReason !== undefined) && services.features.resolvesCodeActionEdits;
        const action = fixAction(finding, fix, diagnostic, deferred ? undefined : toWorkspaceEdit([fix], target, readText));
        if (deferred) action.data = { uri: document.uri, diagnostic: data, fixIndex } satisfies DeferredActionData;
        actions.push(action);
      });
      for (const scope of ["next-line", "file"] as const) {
        const edit = toSuppressionEdit(finding, analysis.text, scope, target);
        if (!edit) continue;
        actions.push({
          title: scope === "next-line" ? `Ignore ${finding.ruleId} on this line — add a reason` : `Ignore ${finding.ruleId} in this file — add a reason`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit,
        });
      }
      actions.push({
        title: `Open the docs for ${finding.ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Open the docs for ${finding.ruleId}`, command: serverCommands.openRuleDocs, arguments: [finding.ruleId] },
      });
    }
    return actions;
  });

  connection.onCodeActionResolve((action) => {
    const data = action.data as DeferredActionData | undefined;
    const document = data && documents.get(data.uri);
    const target = document && targetOf(document);
    // A stale action (the document changed since) stays without an edit; the client asks for fresh actions.
    if (!data || !document || !target || data.diagnostic.version !== document.version) return action;
    const analysis = diagnostics.analyzeDocument(document, { withFixes: true });
    const finding = analysis?.findings.find((candidate) => isSameFinding(candidate, data.diagnostic));
    const fix = finding?.fixes[data.fixIndex];
    if (!analysis || !finding || !fix || !isCompleteFor(fix, target, readText)) return action;
    const { kept, withheld } = verifyCandidates(new Map([[target.filePath, analysis.text]]), [{ finding, fix }], { readExtraFile: readText, isSourceFile }, host.fixVerifierFor(target.filePath));
    if (kept.length > 0) action.edit = toWorkspaceEdit([fix], target, readText);
    for (const notice of withheld) {
      connection.console.info(`${notice.filePath}: ${notice.message}`);
      void connection.window.showWarningMessage(`Harden: ${notice.message}`);
    }
    return action;
  });

  connection.onRequest(safeFixesMethod, (params: SafeFixesParams): SafeFixesResult => {
    const document = documents.get(params.textDocument.uri);
    if (!document || document.version !== params.textDocument.version) return { edit: null };
    return { edit: safeFixesEdit(document) ?? null };
  });
}

/** What `codeAction/resolve` needs to find a fix again: the finding (by its diagnostic data) and which fix. */
interface DeferredActionData {
  uri: string;
  diagnostic: DiagnosticData;
  fixIndex: number;
}

function fixAction(finding: Finding, fix: Fix, diagnostic: CodeActionParams["context"]["diagnostics"][number], edit: WorkspaceEdit | undefined): CodeAction {
  const summary = registry.find((rule) => rule.id === finding.ruleId)?.meta.summary;
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, ...(edit ? { edit } : {}) };
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.kind === "safe";
  const notes = [
    ...(fix.suggestionReason ? [`suggestion: ${fix.suggestionReason}`] : []),
    ...((fix.kind === "scaffold" || fix.suggestionReason) && fix.files.length > 0 && summary ? [`creates or extends ${fix.files.length} file${fix.files.length === 1 ? "" : "s"}`] : []),
  ];
  if (notes.length > 0) action.title = `${fix.title} (${notes.join("; ")})`;
  return action;
}
