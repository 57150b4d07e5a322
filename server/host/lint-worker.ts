// A lint worker thread (bundled as dist/lint-worker.js; the engine it loads is dist/engine.js): parses and summarises
// the batches it is sent, keeping some of the trees (see lint-session.ts), then runs the rules on its files against the whole project's summaries.
// Data in, data out; no output, and no disk but the engine's compiled code.
import { parentPort, workerData } from "node:worker_threads";
import { keepEngineCodeIn, loadEngine } from "./load-engine.js";
import type { WorkerInput, WorkerReply, WorkerRequest } from "./parallel-lint.js";

const input = workerData as WorkerInput;
if (input.engineCodeDirectory !== undefined) keepEngineCodeIn(input.engineCodeDirectory);
const session = new (loadEngine().LintSession)(input.config, input.treeBudgetBytes);
const port = parentPort!;
const progressEvery = 25;

function answer(request: WorkerRequest): WorkerReply {
  if (request.kind === "summarize") return { kind: "summarized", results: session.summarize(request.sources, request.keepTrees) };
  const results = session.analyze(request.summaries, request.filePaths, request.sources, request.knownCodeRoles, (done) => {
    if (done % progressEvery === 0) port.postMessage({ kind: "progress", analysed: done } satisfies WorkerReply);
  });
  return { kind: "analyzed", results };
}

port.on("message", (request: WorkerRequest) => {
  try {
    port.postMessage(answer(request));
  } catch (error) {
    port.postMessage({ kind: "failed", reason: error instanceof Error ? error.message.split("\n")[0]! : String(error) } satisfies WorkerReply);
  }
});
