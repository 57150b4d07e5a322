// One open document's analysis, cached per (uri, version), with the `harden/status` it sends. It never throws: a
// document that cannot be analysed (too large, failing deep in the engine) gets no findings, so whatever was shown for
// an earlier version is cleared, and one line in the log says why. It decides nothing about when: callers do.
import type { TextDocument } from "vscode-languageserver-textdocument";
import { slowAnalysisMs, type StatusParams } from "../protocol.js";
import { documentSkipReason } from "../host/read-source.js";
import type { HostAnalysis, ProjectHost } from "../host/project-host.js";
import type { CachedAnalysis, FindingsCache } from "./findings-cache.js";
import type { ServerLog } from "./server-log.js";
import { describeError } from "./publish-scheduler.js";
import { filePathOf } from "./uri.js";

/** A project this small loads at once: its documents show their full findings from the start, never in two steps. */
const smallProjectFiles = 100;

export interface AnalysisServices {
  host: Pick<ProjectHost, "setOverlay" | "removeOverlay" | "hasAtMostUnread" | "load" | "analyze" | "textOf">;
  cache: Pick<FindingsCache, "get" | "set">;
  log: Pick<ServerLog, "noticesOnce">;
  isEnabled(): boolean;
  sendStatus(status: StatusParams): void;
  /** The document's text changed a fact other files read: every other analysis may be stale. */
  factsChanged(uri: string): void;
  /** The document was analysed against a partly loaded project: the rest should load between edits. */
  partlyLoaded(): void;
}

export function analyzeDocument(services: AnalysisServices, document: TextDocument, { withFixes = false } = {}): CachedAnalysis | undefined {
  const { host, cache, log } = services;
  const cached = cache.get(document.uri, document.version);
  if (cached && (cached.withFixes || !withFixes)) return cached;
  const filePath = filePathOf(document.uri);
  if (!filePath) {
    if (document.uri.startsWith("file:")) log.noticesOnce([{ filePath: document.uri, message: "not analysed: the URI names no local file" }]);
    return undefined;
  }
  if (!services.isEnabled()) return undefined;
  const startedAt = performance.now();
  const startedCpu = process.cpuUsage();
  const text = document.getText();
  const emptyResult = (): CachedAnalysis => ({ version: document.version, text, findings: [], withFixes, durationMs: performance.now() - startedAt });
  const finish = (result: CachedAnalysis, failure: string | undefined, complete = true): CachedAnalysis => {
    cache.set(document.uri, result);
    const cpu = process.cpuUsage(startedCpu);
    services.sendStatus(statusOf(document.uri, result, failure, complete, (cpu.user + cpu.system) / 1000));
    return result;
  };
  const skipReason = documentSkipReason(text);
  if (skipReason) {
    // The CLI's limits: the disk text (itself read within them) stands in for this document in the project.
    if (host.removeOverlay(filePath)) services.factsChanged(document.uri);
    log.noticesOnce([{ filePath, message: skipReason }]);
    return finish(emptyResult(), skipReason);
  }
  let isLoaded = true;
  let analysis: HostAnalysis | undefined;
  try {
    if (host.setOverlay(filePath, text)) services.factsChanged(document.uri);
    // A larger project loads between edits, after this document has shown what it can.
    isLoaded = host.hasAtMostUnread(smallProjectFiles) && host.load(Infinity);
    analysis = host.analyze(filePath, { withFixes });
    if (analysis) log.noticesOnce(analysis.notices);
  } catch (error) {
    log.noticesOnce([{ filePath, message: `analysis failed: ${describeError(error)}` }]);
    return finish(emptyResult(), "analysis failed; see the Harden output");
  }
  const failure = analysis === undefined && host.textOf(filePath) !== undefined ? "analysis failed; see the Harden output" : undefined;
  const result = finish({ ...emptyResult(), findings: analysis?.findings ?? [] }, failure, analysis?.complete ?? true);
  if (!isLoaded) services.partlyLoaded();
  return result;
}

/** `failure`: why the document got no analysis, when it got none. */
function statusOf(uri: string, analysis: CachedAnalysis, failure: string | undefined, complete: boolean, cpuMs: number): StatusParams {
  const state = failure ? "failing" : analysis.durationMs > slowAnalysisMs ? "slow" : "ok";
  const status: StatusParams = { uri, version: analysis.version, complete, findings: analysis.findings.length, durationMs: Math.round(analysis.durationMs), cpuMs: Math.round(cpuMs * 10) / 10, state };
  if (failure) status.message = failure;
  return status;
}
