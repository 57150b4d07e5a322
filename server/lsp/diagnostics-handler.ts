// Findings → diagnostics for open documents and scanned files: pull (`textDocument/diagnostic`,
// `workspace/diagnostic`) when the client supports LSP 3.17, push otherwise. Composes the PublishScheduler (when and
// in which order), document-analysis.ts (what a document's findings are) and the handlers of diagnostic-reports.ts
// (one per LSP event), and keeps the work that runs between edits: loading the rest of a project, and re-checking the
// other open documents and the scanned files after a change to a cross-file fact. While a project loads, a document
// gets only the findings no other file can change, and everything is re-checked once the load completes.
import type { Diagnostic } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { statusMethod } from "../protocol.js";
import { toDiagnostics } from "./conversions.js";
import { analyzeDocument, type AnalysisServices } from "./document-analysis.js";
import {
  documentChanged,
  documentClosed,
  documentOpened,
  documentSaved,
  pullDocumentReport,
  pullWorkspaceReport,
  pushDiagnostics,
  type DiagnosticsServices,
} from "./diagnostic-reports.js";
import type { CachedAnalysis } from "./findings-cache.js";
import { describeError, PublishScheduler } from "./publish-scheduler.js";
import { ScannedFiles } from "./scanned-files.js";
import type { Services } from "./services.js";
import { filePathOf, uriOf } from "./uri.js";

/** How long one stretch of project loading or re-checking may hold the thread before edits are handled again. */
const sliceMs = 25;

export interface DiagnosticsHandler {
  /** The findings of an open document's current version (with their fixes when asked), analysing it when the cache has none. */
  analyzeDocument(document: TextDocument, options?: { withFixes?: boolean }): CachedAnalysis | undefined;
  /** Reads the rest of the projects' files between edits; false when `isCancelled` turned true first. */
  completeLoading(isCancelled: () => boolean): Promise<boolean>;
  /** Analyses a file for a workspace scan, shows its findings and returns how many there are. */
  scanFile(filePath: string): number;
  /** Something outside the open documents changed (disk, config, settings): re-check everything shown. */
  recheckAll(): void;
}

export function createDiagnosticsHandler(services: Services): DiagnosticsHandler {
  const { connection, documents, host, cache, log, input } = services;
  const scanned = new ScannedFiles();
  let republishing = false;
  let loading = false;
  host.onProjectComplete(({ root, files, cachedFiles, cacheRejected, durationMs, notices }) => {
    if (cacheRejected) log.noticesOnce([cacheRejected]);
    log.info(`project ${root}: ${files} files loaded in ${Math.round(durationMs)} ms (${cachedFiles} summaries from the cache)`);
    log.noticesOnce(notices);
  });

  const analysisServices: AnalysisServices = {
    host,
    cache,
    log,
    isEnabled: () => services.settings.enable,
    sendStatus: (status) => void connection.sendNotification(statusMethod, status),
    factsChanged: (uri) => invalidate(uri),
    partlyLoaded: () => void loadInBackground(),
  };
  const analyze = (document: TextDocument, options?: { withFixes?: boolean }): CachedAnalysis | undefined => analyzeDocument(analysisServices, document, options);

  const scheduler = new PublishScheduler({
    drained: () => input.drained(),
    settingsKnown: () => services.settingsKnown,
    openDocument: (uri) => documents.get(uri),
    publish: (document) => pushDiagnostics(handlerServices, document),
    logError: (message) => log.error(message),
  });

  const handlerServices: DiagnosticsServices = {
    openDocument: (uri) => documents.get(uri),
    pullsDiagnostics: () => services.features.pullDiagnostics,
    run: () => services.settings.run,
    settingsKnown: () => services.settingsKnown,
    drained: () => input.drained(),
    cachedAnalysis: (uri, version) => cache.get(uri, version),
    analyze: (document) => analyze(document),
    sendDiagnostics: (params) => void connection.sendDiagnostics(params),
    forgetDocument: (uri) => {
      cache.delete(uri);
      const filePath = filePathOf(uri);
      if (filePath && host.removeOverlay(filePath)) invalidate(uri);
    },
    rescan: (filePath) => rescan(filePath),
    scheduler,
    scanned,
  };

  async function completeLoading(isCancelled: () => boolean): Promise<boolean> {
    while (!host.load(sliceMs)) {
      await scheduler.whenIdle();
      if (isCancelled()) return false;
    }
    return true;
  }

  /** Some document got findings from a partly loaded project: load the rest, then show the full findings. */
  async function loadInBackground(): Promise<void> {
    if (loading) return;
    loading = true;
    try {
      await scheduler.whenIdle();
      await completeLoading(() => false);
    } finally {
      loading = false;
    }
    invalidate(undefined);
  }

  /** Drops every cached analysis but that of `keptUri`, then has the client re-pull or re-publishes. */
  function invalidate(keptUri: string | undefined): void {
    scheduler.markAllStale();
    const kept = keptUri ? cache.latest(keptUri) : undefined;
    cache.clear();
    if (keptUri && kept) cache.set(keptUri, kept);
    scanned.markAllStale();
    if (services.features.pullDiagnostics) {
      void connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of documents.all()) if (document.uri !== keptUri) scheduler.request(document.uri, { first: false });
    void republishScanned();
  }

  /** Re-analyses stale scanned files a slice at a time, between edits, and publishes those not open. */
  async function republishScanned(): Promise<void> {
    if (republishing) return;
    republishing = true;
    try {
      while (scanned.hasStale()) {
        await scheduler.whenIdle();
        const sliceEnd = performance.now() + sliceMs;
        for (const filePath of scanned.staleFiles()) {
          const uri = uriOf(filePath);
          const diagnostics = rescan(filePath);
          if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics });
          if (performance.now() >= sliceEnd) break;
        }
      }
    } finally {
      republishing = false;
    }
  }

  function rescan(filePath: string): Diagnostic[] {
    let diagnostics: Diagnostic[] = [];
    try {
      const analysis = host.analyze(filePath);
      if (analysis) {
        log.noticesOnce(analysis.notices);
        diagnostics = toDiagnostics(analysis.findings, analysis.text, 0);
      }
    } catch (error) {
      log.noticesOnce([{ filePath, message: `analysis failed: ${describeError(error)}` }]);
    }
    scanned.record(filePath, diagnostics);
    return diagnostics;
  }

  const scanFile = (filePath: string): number => {
    const diagnostics = rescan(filePath);
    const uri = uriOf(filePath);
    if (!services.features.pullDiagnostics && !documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics });
    return diagnostics.length;
  };

  documents.onDidOpen(({ document }) => documentOpened(handlerServices, document));
  documents.onDidChangeContent(({ document }) => documentChanged(handlerServices, document));
  documents.onDidSave(({ document }) => documentSaved(handlerServices, document));
  documents.onDidClose(({ document }) => documentClosed(handlerServices, document));
  connection.languages.diagnostics.on((params, token) => pullDocumentReport(handlerServices, params.textDocument.uri, params.previousResultId, token));
  connection.languages.diagnostics.onWorkspace((params, token) => pullWorkspaceReport(handlerServices, params.previousResultIds, token));

  return { analyzeDocument: analyze, completeLoading, scanFile, recheckAll: () => invalidate(undefined) };
}
