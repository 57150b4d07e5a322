// The diagnostics handlers, one plain function per LSP event, each given the services it uses: a document pull
// (`textDocument/diagnostic`), a workspace pull (`workspace/diagnostic`), and for clients without pull the pushes on
// open, change, save and close. What runs when is the PublishScheduler's; what a document's findings are is
// document-analysis.ts's. In `onSave` mode every handler shows the text as last opened or saved.
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type PublishDiagnosticsParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { HardenSettings } from "../protocol.js";
import { toDiagnostics } from "./conversions.js";
import type { CachedAnalysis } from "./findings-cache.js";
import type { PublishScheduler } from "./publish-scheduler.js";
import type { ScannedFiles } from "./scanned-files.js";
import { uriOf } from "./uri.js";

export interface DiagnosticsServices {
  openDocument(uri: string): TextDocument | undefined;
  /** Whether the client pulls diagnostics (LSP 3.17); otherwise the server pushes them. */
  pullsDiagnostics(): boolean;
  run(): HardenSettings["run"];
  settingsKnown(): Promise<void>;
  /** Resolves once the messages received so far have been handled. */
  drained(): Promise<void>;
  cachedAnalysis(uri: string, version: number): CachedAnalysis | undefined;
  analyze(document: TextDocument): CachedAnalysis | undefined;
  sendDiagnostics(params: PublishDiagnosticsParams): void;
  /** Drops what is known of a closed document (its cached analysis, its overlay on the project). */
  forgetDocument(uri: string): void;
  /** Re-analyses a scanned file and records its diagnostics. */
  rescan(filePath: string): Diagnostic[];
  scheduler: Pick<PublishScheduler, "generation" | "shownVersionOf" | "request" | "rememberSaved" | "forget">;
  scanned: Pick<ScannedFiles, "entries" | "staleFiles" | "nextChange">;
}

export function diagnosticsOf(analysis: CachedAnalysis | undefined): Diagnostic[] {
  return analysis ? toDiagnostics(analysis.findings, analysis.text, analysis.version) : [];
}

/** Pushes the diagnostics of the document's shown text, with that text's version. */
export function pushDiagnostics(services: Pick<DiagnosticsServices, "run" | "analyze" | "sendDiagnostics" | "scheduler">, document: TextDocument): void {
  const shown = services.scheduler.shownVersionOf(document, services.run());
  services.sendDiagnostics({ uri: document.uri, version: shown.version, diagnostics: diagnosticsOf(services.analyze(shown)) });
}

export function documentOpened(services: Pick<DiagnosticsServices, "pullsDiagnostics" | "scheduler">, document: TextDocument): void {
  services.scheduler.rememberSaved(document);
  if (!services.pullsDiagnostics()) services.scheduler.request(document.uri, { first: true });
}

export function documentChanged(services: Pick<DiagnosticsServices, "pullsDiagnostics" | "run" | "scheduler">, document: TextDocument): void {
  if (!services.pullsDiagnostics() && services.run() === "onType") services.scheduler.request(document.uri, { first: true });
}

/** A client in onSave mode pulls (or is pushed) the saved text's diagnostics right after this, never an older analysis. */
export function documentSaved(services: Pick<DiagnosticsServices, "pullsDiagnostics" | "run" | "scheduler">, document: TextDocument): void {
  services.scheduler.rememberSaved(document);
  if (!services.pullsDiagnostics() && services.run() === "onSave") services.scheduler.request(document.uri, { first: true });
}

export function documentClosed(services: Pick<DiagnosticsServices, "pullsDiagnostics" | "forgetDocument" | "sendDiagnostics" | "scheduler">, document: TextDocument): void {
  services.scheduler.forget(document.uri);
  services.forgetDocument(document.uri);
  if (!services.pullsDiagnostics()) services.sendDiagnostics({ uri: document.uri, diagnostics: [] });
}

/**
 * A document pull: "unchanged" when the client has this generation's report for the shown version, else a full report.
 * Cancelled (for the client to ask again) when an edit supersedes the version it was asked for before analysis starts.
 */
export async function pullDocumentReport(
  services: Pick<DiagnosticsServices, "openDocument" | "settingsKnown" | "drained" | "run" | "cachedAnalysis" | "analyze" | "scheduler">,
  uri: string,
  previousResultId: string | undefined,
  token: CancellationToken,
): Promise<DocumentDiagnosticReport> {
  const document = services.openDocument(uri);
  if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const version = document.version; // the document object is updated in place by later edits
  await services.settingsKnown();
  const shown = services.scheduler.shownVersionOf(document, services.run());
  const resultId = `${services.scheduler.generation}:${shown.version}`;
  if (previousResultId === resultId && services.cachedAnalysis(uri, shown.version)) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  // Edits received with this pull are handled first, so one that supersedes it (or a $/cancelRequest) is seen before the analysis starts.
  await services.drained();
  if (token.isCancellationRequested || services.openDocument(uri)?.version !== version) {
    throw new ResponseError(LSPErrorCodes.ServerCancelled, "the document changed; ask again", { retriggerRequest: true });
  }
  const analysis = services.analyze(shown);
  return { kind: DocumentDiagnosticReportKind.Full, resultId: `${services.scheduler.generation}:${shown.version}`, items: diagnosticsOf(analysis) };
}

/**
 * A workspace pull is answered with the scanned files whose diagnostics the client does not have yet; when there are
 * none it is held until there are (or the client cancels it), so an idle client does not re-pull every 2 s.
 */
export async function pullWorkspaceReport(
  services: Pick<DiagnosticsServices, "openDocument" | "rescan" | "scanned">,
  previousResultIds: ReadonlyArray<{ uri: string; value: string }>,
  token: CancellationToken,
): Promise<WorkspaceDiagnosticReport> {
  const known = new Map(previousResultIds.map(({ uri, value }) => [uri, value]));
  for (;;) {
    for (const filePath of services.scanned.staleFiles()) services.rescan(filePath);
    const items: WorkspaceDocumentDiagnosticReport[] = services.scanned
      .entries()
      .map(([filePath, report]) => ({ uri: uriOf(filePath), ...report }))
      .filter(({ uri, resultId }) => !services.openDocument(uri) && known.get(uri) !== resultId) // open documents are pulled one by one
      .map(({ uri, diagnostics, resultId }) => ({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: diagnostics }));
    if (items.length > 0 || token.isCancellationRequested) return { items };
    await services.scanned.nextChange(token);
  }
}
