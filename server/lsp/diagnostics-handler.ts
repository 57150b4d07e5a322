// Findings → diagnostics for open documents and scanned files: pull (`textDocument/diagnostic`,
// `workspace/diagnostic`) when the client supports LSP 3.17, push otherwise. An edit is analysed as soon as the
// messages already received are handled, with no fixed delay: a burst of edits is analysed once, at its last version,
// and a superseded version never. The edited document goes first; a change to a cross-file fact then re-checks the
// other open documents, then the scanned files, between edits. While a project loads, a document gets only the
// findings no other file can change, and everything is re-checked once the load completes.
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { slowAnalysisMs, statusMethod, type StatusParams } from "../protocol.js";
import { documentSkipReason } from "../host/read-source.js";
import type { HostAnalysis } from "../host/project-host.js";
import { toDiagnostics } from "./conversions.js";
import type { CachedAnalysis } from "./findings-cache.js";
import type { Services } from "./services.js";
import { filePathOf, uriOf } from "./uri.js";

/** How long one stretch of project loading or re-checking may hold the thread before edits are handled again. */
const sliceMs = 25;
/** A project this small loads at once: its documents show their full findings from the start, never in two steps. */
const smallProjectFiles = 100;

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
  /** Open documents to (re)publish, in order: an edited one goes first. */
  let toPublish: string[] = [];
  let publishing = false;
  /** Each scanned file's diagnostics (kept converted: the host keeps no disk file's text), with a result id that changes when they do. */
  const scanned = new Map<string, { diagnostics: Diagnostic[]; resultId: string }>();
  let scanStamp = 0;
  /** Held workspace pulls, woken when a scanned file's diagnostics change. */
  let workspaceWaiters: Array<() => void> = [];
  /** Each open document as it was last opened or saved: what `onSave` mode analyses. */
  const saved = new Map<string, TextDocument>();
  /** Scanned files whose findings a cross-file change may have made stale. */
  let staleScanned = new Set<string>();
  let republishing = false;
  let loading = false;
  let generation = 0;
  host.onProjectComplete(({ root, files, cachedFiles, cacheRejected, durationMs, notices }) => {
    if (cacheRejected) log.noticesOnce([cacheRejected]);
    log.info(`project ${root}: ${files} files loaded in ${Math.round(durationMs)} ms (${cachedFiles} summaries from the cache)`);
    log.noticesOnce(notices);
  });

  /**
   * Never throws: a document that cannot be analysed (too large, failing deep in the engine) gets no findings, so
   * whatever was shown for an earlier version is cleared, and one line in the log says why.
   */
  const analyzeDocument = (document: TextDocument, { withFixes = false } = {}): CachedAnalysis | undefined => {
    const cached = cache.get(document.uri, document.version);
    if (cached && (cached.withFixes || !withFixes)) return cached;
    const filePath = filePathOf(document.uri);
    if (!filePath) {
      if (document.uri.startsWith("file:")) log.noticesOnce([{ filePath: document.uri, message: "not analysed: the URI names no local file" }]);
      return undefined;
    }
    if (!services.settings.enable) return undefined;
    const startedAt = performance.now();
    const text = document.getText();
    const emptyResult = (): CachedAnalysis => ({ version: document.version, text, findings: [], withFixes, durationMs: performance.now() - startedAt });
    const skipReason = documentSkipReason(text);
    if (skipReason) {
      // The CLI's limits: the disk text (itself read within them) stands in for this document in the project.
      if (host.removeOverlay(filePath)) invalidate(document.uri);
      log.noticesOnce([{ filePath, message: skipReason }]);
      const result = emptyResult();
      cache.set(document.uri, result);
      sendStatus(document.uri, result, skipReason);
      return result;
    }
    let isLoaded = true;
    let analysis: HostAnalysis | undefined;
    try {
      const factsChanged = host.setOverlay(filePath, text);
      if (factsChanged) invalidate(document.uri);
      // A larger project loads between edits, after this document has shown what it can.
      isLoaded = host.unreadFiles() <= smallProjectFiles && host.load(Infinity);
      analysis = host.analyze(filePath, { withFixes });
      if (analysis) log.noticesOnce(analysis.notices);
    } catch (error) {
      analysisFailed(filePath, error);
      const result = emptyResult();
      cache.set(document.uri, result);
      sendStatus(document.uri, result, "analysis failed; see the Harden output");
      return result;
    }
    const result: CachedAnalysis = { ...emptyResult(), findings: analysis?.findings ?? [] };
    cache.set(document.uri, result);
    sendStatus(document.uri, result, analysis === undefined && host.textOf(filePath) !== undefined ? "analysis failed; see the Harden output" : undefined);
    if (!isLoaded) void loadInBackground();
    return result;
  };

  const analyzeSafely = (filePath: string, withFixes = false) => {
    try {
      const analysis = host.analyze(filePath, { withFixes });
      if (analysis) log.noticesOnce(analysis.notices);
      return analysis;
    } catch (error) {
      analysisFailed(filePath, error);
      return undefined;
    }
  };

  const analysisFailed = (filePath: string, error: unknown): void => log.noticesOnce([{ filePath, message: `analysis failed: ${describeError(error)}` }]);

  /** `failure`: why the document got no analysis, when it got none. */
  const sendStatus = (uri: string, analysis: CachedAnalysis, failure: string | undefined): void => {
    const state = failure ? "failing" : analysis.durationMs > slowAnalysisMs ? "slow" : "ok";
    const status: StatusParams = { uri, findings: analysis.findings.length, durationMs: Math.round(analysis.durationMs), state };
    if (failure) status.message = failure;
    void connection.sendNotification(statusMethod, status);
  };

  const diagnosticsOf = (analysis: CachedAnalysis | undefined): Diagnostic[] => (analysis ? toDiagnostics(analysis.findings, analysis.text, analysis.version) : []);

  /** The text whose diagnostics are shown: the current one, or in `onSave` mode the one last opened or saved. */
  const shownVersionOf = (document: TextDocument): TextDocument => (services.settings.run === "onSave" ? saved.get(document.uri) ?? document : document);

  const publish = (document: TextDocument): void => {
    const shown = shownVersionOf(document);
    void connection.sendDiagnostics({ uri: document.uri, version: shown.version, diagnostics: diagnosticsOf(analyzeDocument(shown)) });
  };

  const requestPublish = (uri: string, { first }: { first: boolean }): void => {
    if (first) toPublish = [uri, ...toPublish.filter((queued) => queued !== uri)];
    else if (!toPublish.includes(uri)) toPublish.push(uri);
    if (!publishing) void publishQueued();
  };

  async function publishQueued(): Promise<void> {
    publishing = true;
    try {
      await services.settingsKnown;
      while (toPublish.length > 0) {
        await input.drained();
        const document = documents.get(toPublish.shift() ?? "");
        try {
          if (document) publish(document);
        } catch (error) {
          // analyzeDocument never throws; converting its findings should not either, but one document never stops the others.
          log.error(`${document!.uri}: publishing diagnostics failed: ${describeError(error)}`);
        }
      }
    } finally {
      publishing = false;
    }
  }

  /** Waits until no message is waiting and no open document is queued: background work yields to the editor. */
  async function whenIdle(): Promise<void> {
    do await input.drained();
    while (toPublish.length > 0);
  }

  async function completeLoading(isCancelled: () => boolean): Promise<boolean> {
    while (!host.load(sliceMs)) {
      await whenIdle();
      if (isCancelled()) return false;
    }
    return true;
  }

  /** Some document got findings from a partly loaded project: load the rest, then show the full findings. */
  async function loadInBackground(): Promise<void> {
    if (loading) return;
    loading = true;
    try {
      await whenIdle();
      await completeLoading(() => false);
    } finally {
      loading = false;
    }
    recheckAll();
  }

  const recheckAll = (): void => invalidate(undefined);

  /** Drops every cached analysis but that of `keptUri`, then has the client re-pull or re-publishes. */
  function invalidate(keptUri: string | undefined): void {
    generation++;
    const kept = keptUri ? cache.latest(keptUri) : undefined;
    cache.clear();
    if (keptUri && kept) cache.set(keptUri, kept);
    staleScanned = new Set(scanned.keys());
    for (const wake of workspaceWaiters.splice(0)) wake();
    if (services.features.pullDiagnostics) {
      void connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of documents.all()) if (document.uri !== keptUri) requestPublish(document.uri, { first: false });
    void republishScanned();
  }

  /** Re-analyses stale scanned files a slice at a time, between edits, and publishes those not open. */
  async function republishScanned(): Promise<void> {
    if (republishing) return;
    republishing = true;
    try {
      while (staleScanned.size > 0) {
        await whenIdle();
        const sliceEnd = performance.now() + sliceMs;
        for (const filePath of staleScanned) {
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

  const rescan = (filePath: string): Diagnostic[] => {
    const analysis = analyzeSafely(filePath);
    const diagnostics = analysis ? toDiagnostics(analysis.findings, analysis.text, 0) : [];
    const previous = scanned.get(filePath);
    staleScanned.delete(filePath);
    if (previous && JSON.stringify(previous.diagnostics) === JSON.stringify(diagnostics)) return diagnostics;
    scanned.set(filePath, { diagnostics, resultId: `scan:${++scanStamp}` });
    for (const wake of workspaceWaiters.splice(0)) wake();
    return diagnostics;
  };

  const scanFile = (filePath: string): number => {
    const diagnostics = rescan(filePath);
    const uri = uriOf(filePath);
    if (!services.features.pullDiagnostics && !documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics });
    return diagnostics.length;
  };

  const pullReport = async (uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> => {
    const document = documents.get(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const version = document.version; // the document object is updated in place by later edits
    await services.settingsKnown;
    const shown = shownVersionOf(document);
    const resultId = `${generation}:${shown.version}`;
    if (previousResultId === resultId && cache.get(uri, shown.version)) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    // Edits received with this pull are handled first, so one that supersedes it (or a $/cancelRequest) is seen before the analysis starts.
    await input.drained();
    if (token.isCancellationRequested || documents.get(uri)?.version !== version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, "the document changed; ask again", { retriggerRequest: true });
    }
    const analysis = analyzeDocument(shown);
    return { kind: DocumentDiagnosticReportKind.Full, resultId: `${generation}:${shown.version}`, items: diagnosticsOf(analysis) };
  };

  const snapshotOf = (document: TextDocument): TextDocument => TextDocument.create(document.uri, document.languageId, document.version, document.getText());

  documents.onDidOpen(({ document }) => {
    saved.set(document.uri, snapshotOf(document));
    if (!services.features.pullDiagnostics) requestPublish(document.uri, { first: true });
  });
  documents.onDidChangeContent(({ document }) => {
    if (!services.features.pullDiagnostics && services.settings.run === "onType") requestPublish(document.uri, { first: true });
  });
  // A client in onSave mode pulls (or is pushed) the saved text's diagnostics right after this, never an older analysis.
  documents.onDidSave(({ document }) => {
    saved.set(document.uri, snapshotOf(document));
    if (!services.features.pullDiagnostics && services.settings.run === "onSave") requestPublish(document.uri, { first: true });
  });
  documents.onDidClose(({ document }) => {
    saved.delete(document.uri);
    toPublish = toPublish.filter((queued) => queued !== document.uri);
    cache.delete(document.uri);
    const filePath = filePathOf(document.uri);
    if (filePath && host.removeOverlay(filePath)) invalidate(document.uri);
    if (!services.features.pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params, token) => pullReport(params.textDocument.uri, params.previousResultId, token));
  // A workspace pull is answered with the scanned files whose diagnostics the client does not have yet; when there are
  // none it is held until there are (or the client cancels it), so an idle client does not re-pull every 2 s.
  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    const known = new Map(params.previousResultIds.map(({ uri, value }) => [uri, value]));
    for (;;) {
      for (const filePath of staleScanned) rescan(filePath);
      const items: WorkspaceDocumentDiagnosticReport[] = [...scanned]
        .map(([filePath, report]) => ({ uri: uriOf(filePath), ...report }))
        .filter(({ uri, resultId }) => !documents.get(uri) && known.get(uri) !== resultId) // open documents are pulled one by one
        .map(({ uri, diagnostics, resultId }) => ({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: diagnostics }));
      if (items.length > 0 || token.isCancellationRequested) return { items };
      await new Promise<void>((resolve) => {
        workspaceWaiters.push(resolve);
        token.onCancellationRequested(() => resolve());
      });
    }
  });

  return { analyzeDocument, completeLoading, scanFile, recheckAll };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}
