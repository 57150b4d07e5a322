// Lints a loaded project with the on-disk cache and worker threads: a file whose text is cached keeps its summary, and
// its findings while the findings key is unchanged; the other files are parsed and summarised (by workers that keep
// some of the trees), the key is computed here, then the rules run on the files whose findings are stale against the whole
// project's summaries. The engine is loaded only when some file must be parsed or analysed. Same findings as
// `lintSources`, in the same order; no output here.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { FileAnalysis } from "../../rules/engine/analyze.js";
import type { ResolvedConfig } from "../../rules/engine/config.js";
import type { LintProgress, LintResult, SourceText } from "../../rules/engine/lint.js";
import type { Notice } from "../../rules/engine/types.js";
import type { FileSummary } from "../../rules/model/types.js";
import { engineCodeDirectory, loadEngine } from "./load-engine.js";
import { findingsKeyOf, hashText, linkFingerprintOf, type CachedFile, type SummaryCache } from "./summary-cache.js";

export interface ParallelLintOptions {
  /** Worker threads; undefined: one per core, fewer for small projects (a worker costs an engine load). */
  concurrency?: number;
  /** The project's on-disk cache; undefined: no cache. */
  cache?: SummaryCache;
  onProgress?: LintProgress;
}

/** What a worker sends back for one file it summarised. */
export interface SummarizedResult {
  filePath: string;
  summary?: FileSummary;
  notices: Notice[];
}

export type AnalysisResult = { filePath: string; analysis: FileAnalysis | { skipped: Notice } };

export type WorkerRequest =
  | { kind: "summarize"; sources: SourceText[] }
  | { kind: "analyze"; summaries: FileSummary[]; filePaths: string[]; sources: SourceText[] };

export type WorkerReply =
  | { kind: "summarized"; results: SummarizedResult[] }
  | { kind: "progress"; analysed: number }
  | { kind: "analyzed"; results: AnalysisResult[] }
  | { kind: "failed"; reason: string };

export interface WorkerInput {
  config: ResolvedConfig;
  /** See `keepEngineCodeIn`. */
  engineCodeDirectory?: string;
}

/** Files per worker below which starting another worker costs more than it saves. */
const filesPerWorker = 150;
const summarizeBatchSize = 40;
/** Deep nesting recurses in the parser; workers get room for it (the main thread keeps Node's default and a notice). */
const workerStackSizeMb = 256;

export async function lintInParallel(sources: readonly SourceText[], config: ResolvedConfig, options: ParallelLintOptions): Promise<LintResult> {
  const { cache } = options;
  const hashes = new Map(sources.map((source) => [source.filePath, cache ? hashText(source.text) : ""]));
  const cached = new Map<string, CachedFile>();
  for (const source of sources) {
    const entry = cache?.lookup(source.filePath, hashes.get(source.filePath)!);
    if (entry) cached.set(source.filePath, entry);
  }

  // Sized for the first batch of work; it keeps some of the trees it parsed for the analysis.
  let executor: Executor | undefined;
  const executorFor = (fileCount: number): Executor => (executor ??= createExecutor(config, workerCountFor(options.concurrency, fileCount)));
  try {
    const toSummarize = sources.filter((source) => !cached.has(source.filePath));
    const fresh = new Map(toSummarize.length === 0 ? [] : (await executorFor(toSummarize.length).summarize(toSummarize)).map((result) => [result.filePath, result]));
    const summarized = (filePath: string): CachedFile => {
      const { summary, notices } = fresh.get(filePath)!;
      return { contentHash: hashes.get(filePath)!, summary, parseNotices: notices };
    };
    const entries = sources.map((source): CachedFile => {
      const entry = cached.get(source.filePath) ?? summarized(source.filePath);
      // A fresh summary has no fingerprint yet, nor one another writer of the cache (the language server) stored bare.
      return cache && entry.summary && entry.linkFingerprint === undefined ? { ...entry, linkFingerprint: linkFingerprintOf(entry.summary) } : entry;
    });
    const summaries = entries.flatMap((entry) => (entry.summary ? [entry.summary] : []));
    const findingsKey = cache ? findingsKeyOf(entries.flatMap((entry) => (entry.linkFingerprint ? [entry.linkFingerprint] : [])), config) : "";

    const toAnalyze = sources.filter((_source, index) => entries[index]!.summary && !(cache && entries[index]!.findingsKey === findingsKey && entries[index]!.analysis));
    const analysed = new Map(
      toAnalyze.length === 0 ? [] : (await executorFor(toAnalyze.length).analyze(summaries, toAnalyze, options.onProgress)).map((result) => [result.filePath, result.analysis]),
    );

    const notices: Notice[] = entries.flatMap((entry) => entry.parseNotices);
    const files: FileAnalysis[] = [];
    sources.forEach((source, index) => {
      const entry = entries[index]!;
      const unchanged = entry === cached.get(source.filePath);
      if (!entry.summary) {
        if (!unchanged) cache?.store(source.filePath, entry);
        return;
      }
      const analysis = analysed.get(source.filePath) ?? entry.analysis!;
      if ("skipped" in analysis) notices.push(analysis.skipped);
      else files.push(analysis);
      if (analysed.has(source.filePath) || !unchanged) cache?.store(source.filePath, { ...entry, findingsKey, analysis });
    });
    cache?.save();
    return { files, notices };
  } finally {
    await executor?.close();
  }
}

function workerCountFor(requested: number | undefined, fileCount: number): number {
  if (requested !== undefined) return Math.min(requested, Math.max(1, fileCount));
  return Math.max(1, Math.min(os.availableParallelism(), Math.floor(fileCount / filesPerWorker)));
}

interface Executor {
  summarize(sources: readonly SourceText[]): Promise<SummarizedResult[]>;
  analyze(summaries: FileSummary[], sources: readonly SourceText[], onProgress?: LintProgress): Promise<AnalysisResult[]>;
  close(): Promise<void>;
}

function createExecutor(config: ResolvedConfig, workerCount: number): Executor {
  const workerPath = path.join(__dirname, "lint-worker.js");
  // Under a TypeScript runner (unit tests) there is no bundled worker; linting in this thread gives the same result.
  if (workerCount <= 1 || !fs.existsSync(workerPath)) return createInlineExecutor(config);
  return createWorkerExecutor(workerPath, config, workerCount);
}

/** Both halves of linting in this thread, keeping some of the parsed trees between them. */
function createInlineExecutor(config: ResolvedConfig): Executor {
  const session = new (loadEngine().LintSession)(config);
  return {
    async summarize(sources) {
      return session.summarize(sources);
    },
    async analyze(summaries, sources, onProgress) {
      return session.analyze(summaries, sources.map((source) => source.filePath), sources, (done) => onProgress?.(done, sources.length));
    },
    async close() {},
  };
}

/** A pool of workers: summaries are handed out in batches as workers free up; each file is analysed where it was parsed. */
function createWorkerExecutor(workerPath: string, config: ResolvedConfig, workerCount: number): Executor {
  const input: WorkerInput = { config, engineCodeDirectory: engineCodeDirectory() };
  const workers = Array.from({ length: workerCount }, () => new Worker(workerPath, { workerData: input, resourceLimits: { stackSizeMb: workerStackSizeMb } }));
  const owner = new Map<string, number>();
  const request = (index: number, message: WorkerRequest, onProgress?: (analysed: number) => void): Promise<WorkerReply> =>
    new Promise((resolve, reject) => {
      const worker = workers[index]!;
      const onMessage = (reply: WorkerReply): void => {
        if (reply.kind === "progress") return onProgress?.(reply.analysed);
        worker.off("message", onMessage).off("error", onError);
        if (reply.kind === "failed") reject(new Error(`lint worker failed: ${reply.reason}`));
        else resolve(reply);
      };
      const onError = (error: Error): void => {
        worker.off("message", onMessage);
        reject(error);
      };
      worker.on("message", onMessage).once("error", onError);
      worker.postMessage(message);
    });

  return {
    async summarize(sources) {
      const results: SummarizedResult[] = [];
      let next = 0;
      const drain = async (index: number): Promise<void> => {
        while (next < sources.length) {
          const batch = sources.slice(next, (next += summarizeBatchSize));
          const reply = await request(index, { kind: "summarize", sources: batch });
          if (reply.kind !== "summarized") throw new Error(`lint worker answered ${reply.kind} to summarize`);
          for (const result of reply.results) {
            owner.set(result.filePath, index);
            results.push(result);
          }
        }
      };
      await Promise.all(workers.map((_worker, index) => drain(index)));
      return results;
    },
    async analyze(summaries, sources, onProgress) {
      const shares: SourceText[][] = workers.map(() => []);
      for (const source of sources) {
        const parsedBy = owner.get(source.filePath);
        const share = parsedBy ?? shares.reduce((smallest, candidate, index) => (candidate.length < shares[smallest]!.length ? index : smallest), 0);
        shares[share]!.push(source);
      }
      const done = workers.map(() => 0);
      const replies = await Promise.all(
        shares.map((share, index) =>
          request(
            index,
            // Texts travel only for files this worker did not parse (their summaries came from the cache).
            { kind: "analyze", summaries, filePaths: share.map((source) => source.filePath), sources: share.filter((source) => owner.get(source.filePath) !== index) },
            (analysed) => {
              done[index] = analysed;
              onProgress?.(done.reduce((sum, count) => sum + count, 0), sources.length);
            },
          ),
        ),
      );
      return replies.flatMap((reply) => (reply.kind === "analyzed" ? reply.results : []));
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
