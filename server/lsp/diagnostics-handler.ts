// Findings → diagnostics for open documents and scanned files: pull (`textDocument/diagnostic`,
// `workspace/diagnostic`) when the client supports LSP 3.17, push otherwise. Analysis on type is debounced, a
// superseded version is never analysed, and a change to a cross-file fact re-checks the other files.
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { slowAnalysisMs, statusMethod, type StatusParams } from "../protocol.js";
import { toDiagnostic } from "./conversions.js";
import type { CachedAnalysis } from "./findings-cache.js";
import type { Services } from "./services.js";
import { filePathOf, uriOf } from "./uri.js";

const onTypeDelayMs = 200;

export interface DiagnosticsHandler {
  /** The findings of an open document's current version, analysing it when the cache has none. */
  analyzeDocument(document: TextDocument): CachedAnalysis | undefined;
  /** Analyses a file for a workspace scan, shows its findings and returns how many there are. */
  scanFile(filePath: string): number;
  /** Something outside the open documents changed (disk, config, settings): re-check everything shown. */
  recheckAll(): void;
}

export function createDiagnosticsHandler(services: Services): DiagnosticsHandler {
  const { connection, documents, host, cache, log } = services;
  const pending = new Map<string, NodeJS.Timeout>();
  const lastChangeAt = new Map<string, number>();
  const scanned = new Map<string, CachedAnalysis | undefined>();
  let generation = 0;

  const analyzeDocument = (document: TextDocument): CachedAnalysis | undefined => {
    const cached = cache.get(document.uri, document.version);
    if (cached) return cached;
    const filePath = filePathOf(document.uri);
    if (!filePath || !services.settings.enable) return undefined;
    const startedAt = performance.now();
    const factsChanged = host.setOverlay(filePath, document.getText());
    if (factsChanged) onFactsChanged(document.uri);
    const analysis = analyzeSafely(filePath);
    const result: CachedAnalysis = { version: document.version, text: document.getText(), findings: analysis?.findings ?? [], durationMs: performance.now() - startedAt };
    cache.set(document.uri, result);
    sendStatus(document.uri, result, analysis === undefined && host.textOf(filePath) !== undefined);
    return result;
  };

  const analyzeSafely = (filePath: string) => {
    try {
      const analysis = host.analyze(filePath);
      if (analysis) log.noticesOnce(analysis.notices);
      return analysis;
    } catch (error) {
      log.noticesOnce([{ filePath, message: `analysis failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` }]);
      return undefined;
    }
  };

  const sendStatus = (uri: string, analysis: CachedAnalysis, failed: boolean): void => {
    const state = failed ? "failing" : analysis.durationMs > slowAnalysisMs ? "slow" : "ok";
    const status: StatusParams = { uri, findings: analysis.findings.length, durationMs: Math.round(analysis.durationMs), state };
    if (failed) status.message = "analysis failed; see the Harden output";
    void connection.sendNotification(statusMethod, status);
  };

  const diagnosticsOf = (analysis: CachedAnalysis | undefined): Diagnostic[] =>
    analysis?.findings.map((finding) => toDiagnostic(finding, analysis.text, analysis.version)) ?? [];

  const publish = (document: TextDocument): void => {
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: diagnosticsOf(analyzeDocument(document)) });
  };

  const schedule = (document: TextDocument, delayMs: number): void => {
    clearTimeout(pending.get(document.uri));
    pending.set(document.uri, setTimeout(() => {
      pending.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) publish(current);
    }, delayMs));
  };

  /** An edit changed what other files may depend on (a guard mounted, a route moved): their findings are stale. */
  function onFactsChanged(changedUri: string): void {
    invalidate(changedUri);
  }

  const recheckAll = (): void => invalidate(undefined);

  /** Drops every cached analysis but that of `keptUri`, then has the client re-pull or re-publishes. */
  function invalidate(keptUri: string | undefined): void {
    generation++;
    const kept = keptUri ? cache.latest(keptUri) : undefined;
    cache.clear();
    if (keptUri && kept) cache.set(keptUri, kept);
    for (const filePath of scanned.keys()) scanned.set(filePath, undefined);
    if (services.features.pullDiagnostics) {
      void connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of documents.all()) if (document.uri !== keptUri) schedule(document, 0);
    for (const [filePath, analysis] of scannedAnalyses()) {
      if (!documents.get(uriOf(filePath))) void connection.sendDiagnostics({ uri: uriOf(filePath), diagnostics: diagnosticsOf(analysis) });
    }
  }

  /** Every scanned file's findings, re-analysing those made stale since the scan. */
  function scannedAnalyses(): Array<[string, CachedAnalysis]> {
    for (const [filePath, analysis] of scanned) {
      if (analysis) continue;
      const fresh = analyzeSafely(filePath);
      scanned.set(filePath, { version: 0, text: fresh?.text ?? "", findings: fresh?.findings ?? [], durationMs: 0 });
    }
    return [...scanned].filter((entry): entry is [string, CachedAnalysis] => entry[1] !== undefined);
  }

  const scanFile = (filePath: string): number => {
    const analysis = analyzeSafely(filePath);
    const cached: CachedAnalysis = { version: 0, text: analysis?.text ?? "", findings: analysis?.findings ?? [], durationMs: 0 };
    scanned.set(filePath, cached);
    const uri = uriOf(filePath);
    if (!services.features.pullDiagnostics && !documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(cached) });
    return cached.findings.length;
  };

  const pullReport = async (uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> => {
    const document = documents.get(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const version = document.version; // the document object is updated in place by later edits
    const resultId = `${generation}:${version}`;
    if (previousResultId === resultId && cache.get(uri, document.version)) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    // Debounce typing: a pull right after an edit waits a moment, so a newer didChange or a $/cancelRequest
    // supersedes it before the synchronous analysis starts.
    const sinceChange = performance.now() - (lastChangeAt.get(uri) ?? 0);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, onTypeDelayMs - sinceChange)));
    if (token.isCancellationRequested || documents.get(uri)?.version !== version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, "the document changed; ask again", { retriggerRequest: true });
    }
    const analysis = services.settings.run === "onSave" ? cache.latest(uri) ?? analyzeDocument(document) : analyzeDocument(document);
    return { kind: DocumentDiagnosticReportKind.Full, resultId: `${generation}:${document.version}`, items: diagnosticsOf(analysis) };
  };

  documents.onDidOpen(({ document }) => {
    if (!services.features.pullDiagnostics) schedule(document, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    lastChangeAt.set(document.uri, performance.now());
    if (!services.features.pullDiagnostics && services.settings.run === "onType") schedule(document, onTypeDelayMs);
  });
  documents.onDidSave(({ document }) => {
    if (!services.features.pullDiagnostics && services.settings.run === "onSave") schedule(document, 0);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    lastChangeAt.delete(document.uri);
    cache.delete(document.uri);
    const filePath = filePathOf(document.uri);
    if (filePath && host.removeOverlay(filePath)) onFactsChanged(document.uri);
    if (!services.features.pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params, token) => pullReport(params.textDocument.uri, params.previousResultId, token));
  connection.languages.diagnostics.onWorkspace(() => {
    const items: WorkspaceDocumentDiagnosticReport[] = scannedAnalyses()
      .filter(([filePath]) => !documents.get(uriOf(filePath))) // open documents are pulled one by one
      .map(([filePath, analysis]) => ({ kind: DocumentDiagnosticReportKind.Full, uri: uriOf(filePath), version: null, items: diagnosticsOf(analysis) }));
    return { items };
  });

  return { analyzeDocument, scanFile, recheckAll };
}
