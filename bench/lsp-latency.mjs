// Language server latency: didChange → publishDiagnostics for a ~1,000-line handler file in a generated
// ~1,500-file project (p50/p95 over 200 edits; the 200 ms on-type debounce is included, the analysis alone is
// reported too), and the server's resident memory after a workspace scan. Needs `npm run build` first.
// Usage: node bench/lsp-latency.mjs [--files N] [--edits N]
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const fileCount = argument("--files", 1500);
const editCount = argument("--edits", 200);
const repository = path.dirname(path.dirname(new URL(import.meta.url).pathname));

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "harden-lsp-bench-"));
execFileSync(process.execPath, [path.join(repository, "bench/generate.mjs"), workspace, "--files", String(fileCount)], { stdio: "ignore" });
fs.mkdirSync(path.join(workspace, ".git"), { recursive: true });

// The handler under edit: the largest generated route file, grown to about 1,000 lines with more handlers like it.
const sources = listSources(workspace).filter((file) => /route|handler/i.test(file));
const seed = sources.map((file) => ({ file, text: fs.readFileSync(file, "utf8") })).sort((a, b) => b.text.length - a.text.length)[0];
let handlerText = seed.text;
for (let copy = 1; handlerText.split("\n").length < 1000; copy++) handlerText += "\n" + seed.text.replace(/^import .*$/gm, "").replace(/\b(export (?:async )?function |const )(\w+)/g, `$1$2_${copy}`);
const handlerPath = fs.realpathSync(seed.file);
fs.writeFileSync(handlerPath, handlerText);

const child = spawn(process.execPath, [path.join(repository, "dist/server.js"), "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification("textDocument/publishDiagnostics", (params) => waiting.get(`${params.uri}@${params.version}`)?.(params));
const analysisMs = [];
connection.onNotification("harden/status", (params) => analysisMs.push(params.durationMs));
connection.onRequest("workspace/configuration", () => [{}]);
connection.onRequest("window/workDoneProgress/create", () => null);
connection.listen();

const rootUri = pathToFileURL(fs.realpathSync(workspace)).href;
await connection.sendRequest("initialize", { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: "bench" }], capabilities: { workspace: { configuration: true } } });
await connection.sendNotification("initialized", {});

const uri = pathToFileURL(handlerPath).href;
const published = (version) => new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve));
const startedOpen = performance.now();
const opened = published(1);
await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "typescript", version: 1, text: handlerText } });
await opened;
const firstOpenMs = performance.now() - startedOpen;
analysisMs.length = 0;

const latencies = [];
const lines = handlerText.split("\n");
for (let version = 2; version < editCount + 2; version++) {
  const line = Math.floor(lines.length / 2) + (version % 40);
  const started = performance.now();
  const done = published(version);
  await connection.sendNotification("textDocument/didChange", {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: version % 2 ? "" : " " }],
  });
  await done;
  latencies.push(performance.now() - started);
}

const scanStarted = performance.now();
const scan = await connection.sendRequest("harden/workspaceScan", {});
const scanMs = performance.now() - scanStarted;
const rssMb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"))[1]) / 1024;
await connection.sendRequest("shutdown");
await connection.sendNotification("exit");
fs.rmSync(workspace, { recursive: true, force: true });

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (value) => `${value.toFixed(1)} ms`;
console.log(`project: ${fileCount} files; handler: ${handlerText.split("\n").length} lines; first open (loads the project): ${ms(firstOpenMs)}`);
console.log(`didChange → diagnostics over ${editCount} edits: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))} (200 ms debounce included)`);
console.log(`analysis alone: p50 ${ms(percentile(analysisMs, 50))}, p95 ${ms(percentile(analysisMs, 95))}`);
console.log(`workspace scan: ${scan.filesAnalysed} files, ${scan.findings} findings in ${ms(scanMs)}; server RSS after the scan: ${rssMb.toFixed(0)} MB`);

function listSources(directory) {
  return fs.readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}
