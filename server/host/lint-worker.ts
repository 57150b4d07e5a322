// A lint worker thread (bundled as dist/lint-worker.js): parses and summarises the batches it is sent, keeps the
// trees, then runs the rules on its files against the whole project's summaries. Data in, data out; no disk, no output.
import { parentPort, workerData } from "node:worker_threads";
import { parseAndSummarize, type ParsedFile, type SourceText } from "../../rules/engine/lint.js";
import { registry } from "../../rules/index.js";
import { analyzeWithTrees, type WorkerInput, type WorkerReply, type WorkerRequest } from "./parallel-lint.js";

const { config } = workerData as WorkerInput;
const parsedFiles = new Map<string, ParsedFile>();
const port = parentPort!;
const progressEvery = 25;

function answer(request: WorkerRequest): WorkerReply {
  if (request.kind === "summarize") {
    const results = request.sources.map((source) => {
      const { parsed, notices } = parseAndSummarize(source);
      if (parsed) parsedFiles.set(source.filePath, parsed);
      return { filePath: source.filePath, summary: parsed?.summary, notices };
    });
    return { kind: "summarized", results };
  }
  const sent = new Map(request.sources.map((source) => [source.filePath, source]));
  const sources: SourceText[] = request.filePaths.map((filePath) => sent.get(filePath) ?? { filePath, text: parsedFiles.get(filePath)!.sourceFile.text });
  const results = analyzeWithTrees(request.summaries, sources, parsedFiles, config, registry, (done) => {
    if (done % progressEvery === 0) port.postMessage({ kind: "progress", analysed: done } satisfies WorkerReply);
  });
  parsedFiles.clear();
  return { kind: "analyzed", results };
}

port.on("message", (request: WorkerRequest) => {
  try {
    port.postMessage(answer(request));
  } catch (error) {
    port.postMessage({ kind: "failed", reason: error instanceof Error ? error.message.split("\n")[0]! : String(error) } satisfies WorkerReply);
  }
});
