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
import type { CodeRole } from "../../rules/model/code-role.js";
import type { FileSummary } from "../../rules/model/types.js";
import { engineCodeDirectory, loadEngine } from "./load-engine.js";
import { readSourceFile } from "./read-source.js";
import { findingsKeyOf, hashText, linkFingerprintOf, type CachedEntry, type CachedFile, type FileStamp, type SummaryCache } from "./summary-cache.js";

export interface ParallelLintOptions {
  /** Worker threads; undefined: see `workerCountFor`. */
  concurrency?: number;
  /** The project's on-disk cache; undefined: no cache. */
  cache?: SummaryCache;
  onProgress?: LintProgress;
  /** The files whose findings are wanted (undefined: all); the others are only summarised, for the facts they give. */
  reportsOn?: (filePath: string) => boolean;
}

/** What a worker sends back for one file it summarised. */
export interface SummarizedResult {
  filePath: string;
  summary?: FileSummary;
  notices: Notice[];
}

/** `codeRole`: the file's role as the analysis saw it, kept in the cache for the next run under the same findings key. */
export type AnalysisResult = { filePath: string; analysis: FileAnalysis | { skipped: Notice }; codeRole?: CodeRole };

export type WorkerRequest =
  | { kind: "summarize"; sources: SourceText[]; keepTrees: boolean }
  | { kind: "analyze"; summaries: FileSummary[]; filePaths: string[]; sources: SourceText[]; knownCodeRoles: Array<[string, CodeRole]> };

export type WorkerReply =
  | { kind: "summarized"; results: SummarizedResult[] }
  | { kind: "progress"; analysed: number }
  | { kind: "analyzed"; results: AnalysisResult[] }
  | { kind: "failed"; reason: string };

export interface WorkerInput {
  config: ResolvedConfig;
  /** See `keepEngineCodeIn`. */
  engineCodeDirectory?: string;
  /** This worker's share of `keptTreeBytesPerProcess`. */
  treeBudgetBytes: number;
}

/**
 * Memory a process gives to syntax trees kept from summarising to analysing, shared by its threads; past that, a file
 * keeps its text and is parsed again. A budget in bytes, not trees: one large file weighs as much as hundreds of small
 * ones. A heap full of trees slows every collection (at 8,000 generated files, keeping every tree cost as much CPU as
 * parsing twice, at 2.4 GB instead of 0.65 GB), so the budget is a few hundred megabytes, not the heap.
 */
const keptTreeBytesPerProcess = 384 * 1024 * 1024;
/** Files per worker below which starting another worker costs more than it saves. */
const filesPerWorker = 150;
/** Idle cores up to which linting in this thread beats a worker pool (see `workerCountFor`). */
const smallestPaidPool = 2;
const summarizeBatchSize = 40;
/** Deep nesting recurses in the parser; workers get room for it (the main thread keeps Node's default and a notice). */
const workerStackSizeMb = 256;

/**
 * A file to lint: its text, or, when `text` is undefined, none yet: the cache vouched for it by its stamp
 * (`SummaryCache.isCurrent`), and it is read only if it must be analysed again. `stamp`: taken before the text was read.
 */
export interface LintInput {
  filePath: string;
  text?: string;
  stamp?: FileStamp;
}

export async function lintInParallel(inputs: readonly LintInput[], config: ResolvedConfig, options: ParallelLintOptions): Promise<LintResult> {
  const { cache } = options;
  const hashes = new Map(inputs.map((input) => [input.filePath, cache && input.text !== undefined ? hashText(input.text) : ""]));
  const cached = new Map<string, CachedEntry>();
  for (const input of inputs) {
    const entry = input.text === undefined ? cache?.entryOf(input.filePath) : cache?.entryOf(input.filePath, hashes.get(input.filePath)!);
    if (entry) cached.set(input.filePath, entry);
    if (entry && input.text !== undefined) cache?.restamp(input.filePath, input.stamp);
  }
  // Texts the cache vouched for are read only when their file must be analysed again.
  const unreadNotices: Notice[] = [];
  const textOf = (input: LintInput): SourceText | undefined => {
    if (input.text !== undefined) return { filePath: input.filePath, text: input.text };
    const read = readSourceFile(input.filePath);
    // Its summary is of the cached text: a text written since its stamp was taken is left to the next run.
    if ("text" in read && hashText(read.text) === cached.get(input.filePath)?.contentHash) return { filePath: input.filePath, text: read.text };
    unreadNotices.push({ filePath: input.filePath, message: "skipped" in read ? read.skipped : "skipped: changed while being checked; check again" });
    return undefined;
  };

  // Sized for the first batch of work; it keeps some of the trees it parsed for the analysis.
  let executor: Executor | undefined;
  const executorFor = (fileCount: number): Executor => (executor ??= createExecutor(config, workerCountFor(options.concurrency, fileCount)));
  try {
    const reportsOn = options.reportsOn ?? (() => true);
    const toSummarize = inputs.filter((input) => !cached.has(input.filePath)).map((input) => ({ filePath: input.filePath, text: input.text! }));
    // The trees kept for the rules are those of files the rules will see; the others' go as soon as they are summarised.
    const [toReport, factsOnly] = [toSummarize.filter((source) => reportsOn(source.filePath)), toSummarize.filter((source) => !reportsOn(source.filePath))];
    const fresh = new Map<string, SummarizedResult>();
    for (const [sources, keepTrees] of [[toReport, true], [factsOnly, false]] as const) {
      if (sources.length === 0) continue;
      for (const result of await executorFor(toSummarize.length).summarize(sources, keepTrees)) fresh.set(result.filePath, result);
    }
    const summarized = (filePath: string): CachedFile => {
      const { summary, notices } = fresh.get(filePath)!;
      return { contentHash: hashes.get(filePath)!, summary, parseNotices: notices };
    };
    const entries = inputs.map((input): CachedFile | CachedEntry => {
      const entry = cached.get(input.filePath) ?? summarized(input.filePath);
      // A fresh summary has no fingerprint yet, nor one another writer of the cache (the language server) stored bare.
      if (!cache || entry.linkFingerprint !== undefined) return entry;
      const summary = "summary" in entry ? entry.summary : "hasSummary" in entry && entry.hasSummary ? cache.summaryOf(input.filePath) : undefined;
      return summary ? { ...entry, linkFingerprint: linkFingerprintOf(summary) } : entry;
    });
    const hasSummary = (entry: CachedFile | CachedEntry): boolean => ("hasSummary" in entry ? entry.hasSummary : entry.summary !== undefined);
    const findingsKey = cache ? findingsKeyOf(entries.flatMap((entry) => (entry.linkFingerprint ? [entry.linkFingerprint] : [])), config) : "";

    const stale = inputs.filter((input, index) => reportsOn(input.filePath) && hasSummary(entries[index]!) && !(cache && entries[index]!.findingsKey === findingsKey && entries[index]!.analysis));
    const staleFiles = new Set(stale.map((input) => input.filePath));
    const analysed = new Map<string, AnalysisResult>();
    if (stale.length > 0) {
      // The whole project's summaries: the fresh ones, and the cached ones read from the summaries file.
      const summaries: FileSummary[] = [];
      for (const [index, entry] of entries.entries()) {
        if (!hasSummary(entry)) continue;
        const summary = "summary" in entry ? entry.summary : cache!.summaryOf(inputs[index]!.filePath);
        if (summary === undefined) {
          // The summaries file is gone or damaged (another writer replaced it): everything is summarised again.
          await executor?.close();
          executor = undefined;
          cache!.clear();
          const readInputs = inputs.flatMap((input) => {
            const source = textOf(input);
            return source ? [{ ...input, text: source.text }] : [];
          });
          const result = await lintInParallel(readInputs, config, options);
          return { ...result, notices: [...unreadNotices, ...result.notices] };
        }
        summaries.push(summary);
      }
      const toAnalyze = stale.flatMap((input) => textOf(input) ?? []);
      // Code roles rest on links alone: under the same findings key, last run's roles still hold, and working them
      // out again takes the whole project's import graph (most of the time of a run that analyses a few edited files).
      // An edited file's role holds too when its edit left the findings key as it was (its links did not change).
      const knownCodeRoles = entries.flatMap((entry, index): Array<[string, CodeRole]> => {
        const filePath = inputs[index]!.filePath;
        const known = entry.findingsKey === undefined ? cache?.entryOf(filePath) : entry;
        return known?.findingsKey === findingsKey && known.linkFingerprint === entry.linkFingerprint && known.codeRole !== undefined ? [[filePath, known.codeRole]] : [];
      });
      const results = toAnalyze.length === 0 ? [] : await executorFor(toAnalyze.length).analyze(summaries, toAnalyze, knownCodeRoles, options.onProgress);
      for (const result of results) analysed.set(result.filePath, result);
    }

    const notices: Notice[] = [...entries.flatMap((entry) => entry.parseNotices), ...unreadNotices];
    const files: FileAnalysis[] = [];
    inputs.forEach((input, index) => {
      const entry = entries[index]!;
      const unchanged = entry === cached.get(input.filePath);
      // A file read for its facts alone keeps whatever findings the cache held for it, under their own key.
      if (!hasSummary(entry) || !reportsOn(input.filePath)) {
        if (!unchanged) cache?.store(input.filePath, entry, input.stamp);
        return;
      }
      const result = analysed.get(input.filePath);
      const analysis = result?.analysis ?? (staleFiles.has(input.filePath) ? undefined : entry.analysis);
      // A stale file whose text could not be read again (it changed since its stamp was taken): its notice says why.
      if (analysis === undefined) return;
      if ("skipped" in analysis) notices.push(analysis.skipped);
      else files.push(analysis);
      const codeRole = result ? result.codeRole : entry.codeRole;
      if (result || !unchanged) cache?.store(input.filePath, { ...entry, findingsKey, analysis, ...(codeRole ? { codeRole } : {}) }, input.stamp);
    });
    cache?.save();
    return { files, notices };
  } finally {
    await executor?.close();
  }
}

/** What the default worker count rests on: the cores, and how many of them other processes keep busy (load average). */
export interface MachineLoad {
  cores: number;
  load: number;
}

/**
 * Threads that lint (1: this thread, no workers). A worker pool pays only with idle cores to spread over: each worker
 * loads the engine and links the whole project again, so on 2 cores a pool of two took 25–30% more CPU time and about
 * 210 MB more memory than this thread alone on real backends, and was no faster while other work shared the cores.
 * By default the pool takes the idle cores, and only when there are more than two of them.
 */
export function workerCountFor(requested: number | undefined, fileCount: number, machine: MachineLoad = { cores: os.availableParallelism(), load: os.loadavg()[0]! }): number {
  if (requested !== undefined) return Math.min(requested, Math.max(1, fileCount));
  const idleCores = Math.floor(machine.cores - machine.load);
  const workers = Math.min(idleCores, Math.floor(fileCount / filesPerWorker));
  return workers > smallestPaidPool ? workers : 1;
}

interface Executor {
  /** `keepTrees`: keep the trees (within the budget) for the rules to run on. */
  summarize(sources: readonly SourceText[], keepTrees: boolean): Promise<SummarizedResult[]>;
  /** `knownCodeRoles`: roles the project's links are known to give (see `LintSession.analyze`). */
  analyze(summaries: FileSummary[], sources: readonly SourceText[], knownCodeRoles: Array<[string, CodeRole]>, onProgress?: LintProgress): Promise<AnalysisResult[]>;
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
  const session = new (loadEngine().LintSession)(config, keptTreeBytesPerProcess);
  return {
    async summarize(sources, keepTrees) {
      return session.summarize(sources, keepTrees);
    },
    async analyze(summaries, sources, knownCodeRoles, onProgress) {
      return session.analyze(summaries, sources.map((source) => source.filePath), sources, knownCodeRoles, (done) => onProgress?.(done, sources.length));
    },
    async close() {},
  };
}

/** A pool of workers: summaries are handed out in batches as workers free up; each file is analysed where it was parsed. */
function createWorkerExecutor(workerPath: string, config: ResolvedConfig, workerCount: number): Executor {
  const input: WorkerInput = { config, engineCodeDirectory: engineCodeDirectory(), treeBudgetBytes: keptTreeBytesPerProcess / workerCount };
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
    async summarize(sources, keepTrees) {
      const results: SummarizedResult[] = [];
      let next = 0;
      const drain = async (index: number): Promise<void> => {
        while (next < sources.length) {
          const batch = sources.slice(next, (next += summarizeBatchSize));
          const reply = await request(index, { kind: "summarize", sources: batch, keepTrees });
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
    async analyze(summaries, sources, knownCodeRoles, onProgress) {
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
            {
              kind: "analyze",
              summaries,
              filePaths: share.map((source) => source.filePath),
              sources: share.filter((source) => owner.get(source.filePath) !== index),
              knownCodeRoles,
            },
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
